package org.etcts.executorch;

import java.util.Objects;

/**
 * Creates tensors with the runtime's own makers ({@code extension/tensor/tensor_ptr_maker.h}):
 * the implementation of {@link Tensor#empty}, {@link Tensor#full}, {@link Tensor#ones},
 * {@link Tensor#zeros}, {@link Tensor#rand}, {@link Tensor#randn}, {@link Tensor#randint} and their
 * {@code ...Like} forms. Arguments the runtime would abort on are rejected first.
 */
final class TensorFactory {

    /** The factory numbers of {@link #nativeMake}. */
    enum Op {
        EMPTY, FULL, ONES, ZEROS, RAND, RANDN, RANDINT
    }

    private static final int NO_TYPE = -1;

    private TensorFactory() {
    }

    static Tensor make(Op op, long[] shape, Object fill, long low, long high, DataType type,
            ShapeDynamism dynamism) {
        int[] sizes = TensorRules.sizes(shape, false);
        // The same size limits as tensors made from Java data (element count and byte size).
        TensorLayout.of(shape, null, null, Objects.requireNonNull(type, "dataType"),
                Objects.requireNonNull(dynamism, "dynamism"));
        check(op, fill, low, high, type);
        NativeLibrary.load();
        try {
            return Tensor.fromHandle(call(op, 0, sizes, fill, low, high, type.number(), dynamism));
        } finally {
            Log.deliverPending();
        }
    }

    static Tensor makeLike(Op op, Tensor like, Object fill, long low, long high, DataType type,
            ShapeDynamism dynamism) {
        Objects.requireNonNull(like, "like");
        Objects.requireNonNull(dynamism, "dynamism");
        DataType actual = type == null ? like.dataType() : type;
        TensorRules.requireLikeLayout(like.shape(), like.strides());
        check(op, fill, low, high, actual);
        return Tensor.fromHandle(like.call(likeHandle -> call(op, likeHandle, null, fill, low, high,
                type == null ? NO_TYPE : type.number(), dynamism)));
    }

    private static void check(Op op, Object fill, long low, long high, DataType type) {
        if (op == Op.EMPTY) {
            return;
        }
        TensorRules.requireComputable(type, op.name().toLowerCase(java.util.Locale.ROOT));
        if (op == Op.FULL) {
            TensorRules.requireFill(Objects.requireNonNull(fill, "fill value"), type);
        }
        if (op == Op.RANDINT && low >= high) {
            throw new IllegalArgumentException("randint needs low < high, got [" + low + ", " + high + ")");
        }
    }

    private static long call(Op op, long likeHandle, int[] sizes, Object fill, long low, long high, int type,
            ShapeDynamism dynamism) {
        int kind = 0;
        long bits = 0;
        if (fill instanceof Double) {
            kind = 1;
            bits = Double.doubleToRawLongBits((Double) fill);
        } else if (fill instanceof Boolean) {
            kind = 2;
            bits = ((Boolean) fill) ? 1 : 0;
        } else if (fill instanceof Long) {
            bits = (Long) fill;
        }
        return nativeMake(op.ordinal(), likeHandle, sizes, kind, bits, low, high, type, dynamism.number());
    }

    /** Layout of the arguments in tensor_factory_jni.cpp. Returns a new tensor handle. */
    private static native long nativeMake(int op, long likeHandle, int[] sizes, int scalarKind, long scalarBits,
            long low, long high, int dataType, int dynamism);
}
