package org.etcts.executorch;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Preconditions of the runtime's tensor functions that abort the process instead of returning an
 * error (the runtime's {@code ET_CHECK}), checked in Java and reported as
 * {@link IllegalArgumentException}. Native code repeats them (tensor_rules.h).
 */
final class TensorRules {

    /**
     * The element types the runtime's fill, random and cast loops handle ({@code REALHBBF16}); the
     * runtime aborts on any other type there.
     */
    static final Set<DataType> COMPUTABLE = EnumSet.of(DataType.BYTE, DataType.CHAR, DataType.SHORT, DataType.INT,
            DataType.LONG, DataType.HALF, DataType.FLOAT, DataType.DOUBLE, DataType.BOOL, DataType.BFLOAT16);

    private TensorRules() {
    }

    static void requireComputable(DataType type, String operation) {
        if (!COMPUTABLE.contains(type)) {
            throw new IllegalArgumentException(operation + " supports only " + COMPUTABLE + " elements, not " + type
                    + " (the runtime aborts on other types)");
        }
    }

    /**
     * Checks a copy from one element type to another, following the runtime's {@code canCast}:
     * no complex to real, no floating to integral, and nothing but bool to bool.
     */
    static void requireCast(DataType from, DataType to) {
        if (from == to) {
            return;
        }
        requireComputable(from, "copy to another element type");
        requireComputable(to, "copy to another element type");
        boolean fromFloating = from == DataType.HALF || from == DataType.FLOAT || from == DataType.DOUBLE
                || from == DataType.BFLOAT16;
        boolean toIntegral = to == DataType.BYTE || to == DataType.CHAR || to == DataType.SHORT || to == DataType.INT
                || to == DataType.LONG;
        if (fromFloating && toIntegral) {
            throw new IllegalArgumentException("cannot copy " + from + " elements to " + to
                    + ": the runtime does not cast floating to integral types (it aborts)");
        }
        if (to == DataType.BOOL) {
            throw new IllegalArgumentException("cannot copy " + from + " elements to BOOL: the runtime casts only BOOL"
                    + " to BOOL (it aborts)");
        }
    }

    /** Checks sizes for a new tensor or a resize: at most 16 dimensions, each fitting 32 bits. */
    static int[] sizes(long[] shape, boolean allowNegative) {
        if (shape == null) {
            throw new NullPointerException("shape");
        }
        if (shape.length > TensorLayout.MAX_RANK) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has " + shape.length
                    + " dimensions; the runtime allows at most " + TensorLayout.MAX_RANK);
        }
        int[] sizes = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > Integer.MAX_VALUE || shape[i] < Integer.MIN_VALUE || (!allowNegative && shape[i] < 0)) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has size " + shape[i]
                        + " at dimension " + i + (shape[i] < 0 ? ", a negative size" : ", more than 32 bits hold"));
            }
            sizes[i] = (int) shape[i];
        }
        return sizes;
    }

    /**
     * Checks a fill value for {@code full}: integral types need an integer within their range,
     * floating types a number within their finite range (infinities and NaN pass), BOOL an integer
     * or a boolean.
     *
     * @param value a Long, Double or Boolean
     */
    static void requireFill(Object value, DataType type) {
        requireComputable(type, "full");
        switch (type) {
            case BYTE:
                requireIntegral(value, type, 0, 255);
                break;
            case CHAR:
                requireIntegral(value, type, Byte.MIN_VALUE, Byte.MAX_VALUE);
                break;
            case SHORT:
                requireIntegral(value, type, Short.MIN_VALUE, Short.MAX_VALUE);
                break;
            case INT:
                requireIntegral(value, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
                break;
            case LONG:
                requireIntegral(value, type, Long.MIN_VALUE, Long.MAX_VALUE);
                break;
            case HALF:
                requireFloating(value, type, 65504.0);
                break;
            case BFLOAT16:
                requireFloating(value, type, 3.3895313892515355e38);
                break;
            case FLOAT:
                requireFloating(value, type, Float.MAX_VALUE);
                break;
            case DOUBLE:
                requireFloating(value, type, Double.MAX_VALUE);
                break;
            default: // BOOL
                if (value instanceof Double) {
                    throw new IllegalArgumentException("a BOOL tensor needs an integer or boolean fill value, not "
                            + value + " (the runtime aborts)");
                }
        }
    }

    private static void requireIntegral(Object value, DataType type, long lowest, long highest) {
        if (!(value instanceof Long)) {
            throw new IllegalArgumentException("a " + type + " tensor needs an integer fill value, not " + value
                    + " (the runtime aborts)");
        }
        long v = (Long) value;
        if (v < lowest || v > highest) {
            throw new IllegalArgumentException("fill value " + v + " is out of range for " + type
                    + " (the runtime aborts)");
        }
    }

    private static void requireFloating(Object value, DataType type, double highest) {
        if (value instanceof Boolean) {
            throw new IllegalArgumentException("a " + type + " tensor needs a number fill value, not " + value
                    + " (the runtime aborts)");
        }
        if (value instanceof Double) {
            double v = (Double) value;
            if (Double.isFinite(v) && (v < -highest || v > highest)) {
                throw new IllegalArgumentException("fill value " + v + " is out of range for " + type
                        + " (the runtime aborts)");
            }
        }
    }

    /**
     * Checks that the runtime's {@code *_like} factories can rebuild a tensor's layout: they pass only
     * sizes and strides, derive the dimension order by sorting the strides in descending order, and
     * abort unless the strides computed back from that order are the same. That fails for some
     * layouts with size-1 dimensions, e.g. sizes [1, 2] in dimension order [1, 0].
     */
    static void requireLikeLayout(long[] shape, long[] strides) {
        int rank = shape.length;
        Integer[] dims = new Integer[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = i;
        }
        Arrays.sort(dims, (a, b) -> Long.compare(strides[b], strides[a]));  // stable
        int[] order = new int[rank];
        int[] sizes = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = dims[i];
            sizes[i] = (int) shape[i];
        }
        if (!Arrays.equals(TensorLayout.denseStrides(sizes, order), strides)) {
            throw new IllegalArgumentException("the runtime cannot rebuild the layout of a tensor with shape "
                    + Arrays.toString(shape) + " and strides " + Arrays.toString(strides)
                    + " from its strides (it aborts); copy the tensor to a row-major layout first");
        }
    }
}
