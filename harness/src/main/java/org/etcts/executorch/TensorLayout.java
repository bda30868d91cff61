package org.etcts.executorch;

import java.util.Arrays;
import java.util.Objects;

/**
 * The checked description of a tensor about to be created: element type, shape, dimension order,
 * strides and dynamism, plus the byte size its data must have.
 *
 * <p>The runtime's tensor factories abort the process on inconsistent input (a negative dimension,
 * a data size that does not match the shape, strides that contradict the dimension order, a
 * dimension order that is not a permutation, more than {@value #MAX_RANK} dimensions). Everything is
 * therefore checked here, in Java, and reported as {@link IllegalArgumentException} before any
 * native code runs.
 *
 * <p>The stride rule is the runtime's: strides are always the dense strides implied by the dimension
 * order (a size-0 dimension does not multiply the strides of the dimensions before it), except that
 * any stride is accepted for a dimension of size 1. When only strides are given, the dimension order
 * is derived by sorting the strides in descending order; ties keep the lower dimension first.
 */
final class TensorLayout {

    /** The most dimensions a runtime tensor may have ({@code kTensorDimensionLimit}). */
    static final int MAX_RANK = 16;

    final DataType dataType;
    final int[] sizes;
    final int[] dimOrder;
    /** The strides the caller gave, or an empty array to let the runtime compute them. */
    final int[] strides;
    final ShapeDynamism dynamism;
    final long elementCount;
    final int byteLength;

    private TensorLayout(DataType dataType, int[] sizes, int[] dimOrder, int[] strides,
            ShapeDynamism dynamism, long elementCount, int byteLength) {
        this.dataType = dataType;
        this.sizes = sizes;
        this.dimOrder = dimOrder;
        this.strides = strides;
        this.dynamism = dynamism;
        this.elementCount = elementCount;
        this.byteLength = byteLength;
    }

    /**
     * Checks a tensor description.
     *
     * @param shape the size of each dimension; empty for a 0-D (scalar) tensor
     * @param strides the stride of each dimension in elements, or null for the default
     * @param dimensionOrder the dimensions from outermost to innermost in memory, or null for the
     *     default (derived from the strides if given, else {@code 0..rank-1})
     * @param dataType the element type
     * @param dynamism the shape dynamism
     * @throws IllegalArgumentException naming the first inconsistency found
     * @throws NullPointerException if shape, dataType or dynamism is null
     */
    static TensorLayout of(long[] shape, long[] strides, int[] dimensionOrder, DataType dataType,
            ShapeDynamism dynamism) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(dynamism, "dynamism");
        int rank = shape.length;
        if (rank > MAX_RANK) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has " + rank
                    + " dimensions; the runtime allows at most " + MAX_RANK);
        }
        int[] sizes = new int[rank];
        for (int i = 0; i < rank; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative size "
                        + shape[i] + " at dimension " + i);
            }
            if (shape[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has size " + shape[i]
                        + " at dimension " + i + ", more than the runtime's 32-bit sizes hold");
            }
            sizes[i] = (int) shape[i];
        }
        long count = elementCount(shape);
        long bytes;
        try {
            bytes = Math.multiplyExact(count, (long) dataType.elementSize());
        } catch (ArithmeticException e) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " of " + dataType
                    + " needs " + (bytes == Long.MAX_VALUE ? "more than 2^63" : Long.toString(bytes))
                    + " bytes; tensors created from Java are limited to 2 GiB");
        }

        int[] order;
        if (dimensionOrder != null) {
            order = checkDimensionOrder(dimensionOrder, rank);
        } else if (strides != null) {
            checkLength("strides", strides.length, rank);
            order = orderFromStrides(strides);
        } else {
            order = identity(rank);
        }

        // The runtime computes these in 32-bit arithmetic whether or not strides are given.
        long[] dense = denseStrides(sizes, order);
        for (int i = 0; i < rank; i++) {
            if (dense[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs stride "
                        + (dense[i] == Long.MAX_VALUE ? "above 2^63" : Long.toString(dense[i]))
                        + " at dimension " + i + ", more than the runtime's 32-bit strides hold");
            }
        }
        int[] givenStrides = new int[0];
        if (strides != null) {
            checkLength("strides", strides.length, rank);
            givenStrides = new int[rank];
            for (int i = 0; i < rank; i++) {
                if (strides[i] != dense[i] && sizes[i] != 1) {
                    throw new IllegalArgumentException("strides " + Arrays.toString(strides)
                            + " do not match dimension order " + Arrays.toString(order) + " for shape "
                            + Arrays.toString(shape) + ": dimension " + i + " must have stride " + dense[i]
                            + " (only dense layouts are supported; a size-1 dimension may have any stride)");
                }
                if (strides[i] < Integer.MIN_VALUE || strides[i] > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("stride " + strides[i] + " at dimension " + i
                            + " does not fit the runtime's 32-bit strides");
                }
                givenStrides[i] = (int) strides[i];
            }
        }
        return new TensorLayout(dataType, sizes, order, givenStrides, dynamism, count, (int) bytes);
    }

    /** Throws unless {@code actual} is exactly the number of data bytes this layout needs. */
    void requireByteLength(long actual, String source) {
        if (actual != byteLength) {
            throw new IllegalArgumentException(source + " holds " + actual + " bytes, but shape "
                    + Arrays.toString(sizes) + " of " + dataType + " needs exactly " + elementCount + " x "
                    + dataType.elementSize() + " = " + byteLength + " bytes");
        }
    }

    /**
     * Throws unless {@code actual} is at least the number of data bytes this layout needs (the
     * documented Data initialiser accepts longer data and uses its first bytes).
     */
    void requireAtLeastByteLength(long actual, String source) {
        if (actual < byteLength) {
            throw new IllegalArgumentException(source + " holds " + actual + " bytes, but shape "
                    + Arrays.toString(sizes) + " of " + dataType + " needs " + elementCount + " x "
                    + dataType.elementSize() + " = " + byteLength + " bytes (data length is too small)");
        }
    }

    /**
     * The number of elements of a shape: the product of its sizes, 1 for the empty (0-D) shape.
     *
     * @throws IllegalArgumentException if a size is negative or the product overflows a long
     */
    static long elementCount(long[] shape) {
        Objects.requireNonNull(shape, "shape");
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative size "
                        + shape[i] + " at dimension " + i);
            }
        }
        for (long size : shape) {
            try {
                count = Math.multiplyExact(count, size);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the element count of shape " + Arrays.toString(shape)
                        + " overflows a long", e);
            }
        }
        return count;
    }

    private static void checkLength(String what, int length, int rank) {
        if (length != rank) {
            throw new IllegalArgumentException(what + " has " + length + " entries but the shape has " + rank
                    + " dimensions");
        }
    }

    private static int[] checkDimensionOrder(int[] order, int rank) {
        checkLength("dimension order", order.length, rank);
        boolean[] seen = new boolean[rank];
        for (int d : order) {
            if (d < 0 || d >= rank || seen[d]) {
                throw new IllegalArgumentException("dimension order " + Arrays.toString(order)
                        + " is not a permutation of 0.." + (rank - 1));
            }
            seen[d] = true;
        }
        return order.clone();
    }

    private static int[] identity(int rank) {
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Dimensions sorted by descending stride; a stable sort, so ties keep the lower dimension first. */
    private static int[] orderFromStrides(long[] strides) {
        Integer[] dims = new Integer[strides.length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = i;
        }
        Arrays.sort(dims, (a, b) -> Long.compare(strides[b], strides[a]));
        int[] order = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            order[i] = dims[i];
        }
        return order;
    }

    /** {@return the runtime's dense strides for a dimension order; a size-0 dimension counts as size 1} */
    static long[] denseStrides(int[] sizes, int[] order) {
        int rank = sizes.length;
        long[] strides = new long[rank];
        if (rank == 0) {
            return strides;
        }
        strides[order[rank - 1]] = 1;
        for (int i = rank - 2; i >= 0; i--) {
            int inner = order[i + 1];
            long factor = sizes[inner] == 0 ? 1 : sizes[inner];
            long next;
            try {
                next = Math.multiplyExact(strides[inner], factor);
            } catch (ArithmeticException e) {
                // Saturate; the caller rejects anything above Integer.MAX_VALUE anyway.
                next = Long.MAX_VALUE;
            }
            strides[order[i]] = next;
        }
        return strides;
    }
}
