package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Copies, casts, views, equality and direct data access (TEN-11, TEN-15 to TEN-30). */
class TensorCopyAndViewTest {

    private static ByteBuffer direct(float... values) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(values);
        return buffer;
    }

    /** Calls the private native view directly, as if the Java checks had a gap. */
    private static long nativeViewWithLayout(Tensor source, int[] sizes, int[] order, int[] strides) throws Throwable {
        java.lang.reflect.Method view = Tensor.class.getDeclaredMethod("nativeViewWithLayout", long.class, int[].class,
                int[].class, int[].class);
        view.setAccessible(true);
        long handle = source.acquire();
        try {
            return (long) view.invoke(null, handle, sizes, order, strides);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        } finally {
            source.release();
        }
    }

    @Test
    void nativeCodeRejectsALayoutTheRuntimeWouldAbortOn() {
        try (Tensor source = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3)) {
            for (int[][] layout : new int[][][] {
                    {{2, 3}, {0, 0}, {}},        // not a permutation
                    {{2, 3}, {0}, {}},           // order shorter than the rank
                    {{2, 3}, {0, 1}, {1, 2}},    // strides of another order
                    {{2, 3}, {0, 1}, {3}},       // strides shorter than the rank
            }) {
                assertThatThrownBy(() -> nativeViewWithLayout(source, layout[0], layout[1], layout[2]))
                        .isInstanceOf(ExecuTorchException.class)
                        .satisfies(e -> assertThat(((ExecuTorchException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
            }
        }
    }

    @Test
    void copyIsDeepAndKeepsTheMetadata() {
        // TEN-23
        ByteBuffer data = direct(1, 2, 3, 4);
        try (Tensor source = Tensor.fromBytesNoCopy(data, new long[] {2, 2}, DataType.FLOAT);
                Tensor copy = source.copy()) {
            assertThat(copy.dataType()).isEqualTo(DataType.FLOAT);
            assertThat(copy.shape()).containsExactly(2, 2);
            assertThat(copy.strides()).containsExactly(2, 1);
            assertThat(copy.shapeDynamism()).isEqualTo(source.shapeDynamism());
            data.putFloat(0, 99);
            assertThat(copy.toFloatArray()).containsExactly(1, 2, 3, 4);
            assertThat(source.toFloatArray()).containsExactly(99, 2, 3, 4);
        }
    }

    @Test
    void copyToAnotherTypeCastsElements() {
        // TEN-24, TEN-25, TEN-26
        try (Tensor ints = Tensor.of(new int[] {1, 2, 3, 4, 5, 6}, 2, 3); Tensor doubles = ints.copy(DataType.DOUBLE);
                Tensor same = ints.copy(DataType.INT)) {
            assertThat(doubles.dataType()).isEqualTo(DataType.DOUBLE);
            assertThat(doubles.shape()).containsExactly(2, 3);
            assertThat(doubles.strides()).containsExactly(3, 1);
            assertThat(doubles.toDoubleArray()).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(same.toIntArray()).containsExactly(1, 2, 3, 4, 5, 6);
        }
        ByteBuffer data = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder());
        data.asDoubleBuffer().put(new double[] {10, 20, 30, 40});
        try (Tensor source = Tensor.fromBytesNoCopy(data, new long[] {4}, DataType.DOUBLE);
                Tensor floats = source.copy(DataType.FLOAT)) {
            data.putDouble(0, -1);
            assertThat(floats.toFloatArray()).containsExactly(10, 20, 30, 40);
        }
    }

    @Test
    void castsTheRuntimeWouldAbortOnAreRejected() {
        // TEN-27
        try (Tensor floats = Tensor.of(new float[] {1.5f}); Tensor ints = Tensor.of(new int[] {1});
                Tensor bools = Tensor.of(new boolean[] {true})) {
            assertThatThrownBy(() -> floats.copy(DataType.INT)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ints.copy(DataType.BOOL)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ints.copy(DataType.QINT8)).isInstanceOf(IllegalArgumentException.class);
            try (Tensor half = floats.copy(DataType.BFLOAT16); Tensor fromBool = bools.copy(DataType.FLOAT)) {
                assertThat(half.dataType()).isEqualTo(DataType.BFLOAT16);
                assertThat(fromBool.toFloatArray()).containsExactly(1f);
            }
        }
    }

    @Test
    void copyOfAnEmptyTensorKeepsItsShape() {
        // TEN-28
        try (Tensor empty = Tensor.of(new float[0], 0, 5); Tensor copy = empty.copy()) {
            assertThat(copy.shape()).containsExactly(0, 5);
            assertThat(copy.count()).isZero();
        }
    }

    @Test
    void viewsShareStorageAndOutliveTheSource() {
        // TEN-11, TEN-18, TEN-19, TEN-22
        Tensor source = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor view = source.view();
        Tensor reshaped = source.view(3, 2);
        Tensor flat = source.view(6);
        assertThat(view.shape()).containsExactly(2, 3);
        assertThat(reshaped.strides()).containsExactly(2, 1);
        assertThat(flat.shape()).containsExactly(6);
        source.mutableBytes(buffer -> buffer.putFloat(0, 42));
        assertThat(view.toFloatArray()[0]).isEqualTo(42);
        assertThat(reshaped.toFloatArray()[0]).isEqualTo(42);
        assertThat(view.shapeDynamism()).isEqualTo(source.shapeDynamism());
        source.close();
        System.gc();
        assertThat(view.toFloatArray()).containsExactly(42, 2, 3, 4, 5, 6);
        view.close();
        reshaped.close();
        flat.close();
    }

    @Test
    void viewsLargerThanTheSourceAreRejected() {
        // TEN-21: the runtime aborts
        try (Tensor source = Tensor.of(new float[] {1, 2})) {
            assertThatThrownBy(() -> source.view(3)).isInstanceOf(IllegalArgumentException.class);
            try (Tensor scalarView = source.view()) {
                assertThat(scalarView.count()).isEqualTo(2);
            }
        }
    }

    @Test
    void mutableBytesWritesThroughToTheCallersBuffer() {
        // TEN-15, TEN-16
        ByteBuffer data = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
        data.asIntBuffer().put(new int[] {1, 2, 3, 4});
        try (Tensor t = Tensor.fromBytesNoCopy(data, new long[] {4}, DataType.INT)) {
            int[] calls = {0};
            t.mutableBytes(buffer -> {
                calls[0]++;
                assertThat(buffer.capacity()).isEqualTo(16);
                for (int i = 0; i < 4; i++) {
                    buffer.putInt(4 * i, buffer.getInt(4 * i) * 2);
                }
            });
            assertThat(calls[0]).isEqualTo(1);
            assertThat(t.toIntArray()).containsExactly(2, 4, 6, 8);
            assertThat(data.getInt(12)).isEqualTo(8);
            t.bytes(buffer -> {
                assertThat(buffer.isReadOnly()).isTrue();
                assertThat(buffer.getInt(0)).isEqualTo(2);
            });
        }
    }

    @Test
    void bytesOfAnEmptyTensorIsAnEmptyBuffer() {
        // TEN-17
        try (Tensor t = Tensor.of(new float[0], 0, 5)) {
            assertThat(t.strides()).containsExactly(5, 1);
            t.bytes(buffer -> assertThat(buffer.capacity()).isZero());
        }
    }

    @Test
    void contentEqualityComparesMetadataAndBytes() {
        // TEN-29, TEN-30
        try (Tensor a = Tensor.of(new float[] {1, 2, 3});
                Tensor b = Tensor.fromBytes(Tensor.of(new float[] {1, 2, 3}).bytes(), new long[] {3}, DataType.FLOAT,
                        null, null, ShapeDynamism.STATIC);
                Tensor c = Tensor.of(new float[] {3, 2, 1});
                Tensor reshaped = Tensor.of(new float[] {1, 2, 3}, 3, 1);
                Tensor zero = Tensor.of(new float[] {0f});
                Tensor negativeZero = Tensor.of(new float[] {-0f});
                Tensor nan = Tensor.of(new float[] {Float.NaN});
                Tensor sameNan = Tensor.of(new float[] {Float.NaN})) {
            assertThat(a.contentEquals(a)).isTrue();
            assertThat(a.contentEquals(b)).isTrue();
            assertThat(b.contentEquals(a)).isTrue();
            assertThat(a.contentEquals(c)).isFalse();
            assertThat(a.contentEquals(reshaped)).isFalse();
            assertThat(a.contentEquals(null)).isFalse();
            assertThat(zero.contentEquals(negativeZero)).isFalse();
            assertThat(nan.contentEquals(sameNan)).isTrue();
            assertThat(a.equals(b)).isFalse();  // equals is identity
        }
    }

    @Test
    void viewWithExplicitLayoutAppliesItAndSharesData() {
        // TEN-20: dimension order and strides overrides on a view
        try (Tensor t = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
                Tensor v = t.view(new long[] {2, 2}, new long[] {1, 2}, new int[] {1, 0})) {
            assertThat(v.strides()).containsExactly(1, 2);
            assertThat(v.dimensionOrder()).containsExactly(1, 0);
            assertThat(v.shapeDynamism()).isEqualTo(t.shapeDynamism());
            t.mutableBytes(buffer -> buffer.putFloat(0, 9));
            assertThat(v.toFloatArray()).containsExactly(9, 2, 3, 4);
            try (Tensor strideOnly = t.view(new long[] {4, 1}, new long[] {1, 4}, null)) {
                assertThat(strideOnly.dimensionOrder()).containsExactly(1, 0);
            }
            assertThatThrownBy(() -> t.view(new long[] {2, 2}, new long[] {1, 1}, new int[] {1, 0}))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> t.view(new long[] {3, 2}, null, new int[] {1, 0}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 4");
        }
    }

    @Test
    void noCopyBuffersMayBeLongerButNotShorter() {
        // TEN-10: longer data is accepted (its first bytes are used); shorter data is refused
        ByteBuffer five = ByteBuffer.allocateDirect(5 * 4).order(ByteOrder.nativeOrder());
        for (int i = 0; i < 5; i++) {
            five.putFloat(i * 4, i + 1);
        }
        try (Tensor t = Tensor.fromBytesNoCopy(five, new long[] {4}, DataType.FLOAT)) {
            assertThat(t.toFloatArray()).containsExactly(1, 2, 3, 4);
            assertThat(t.byteCount()).isEqualTo(16);
        }
        assertThatThrownBy(() -> Tensor.fromBytesNoCopy(five, new long[] {6}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
    }

    @Test
    void descriptionNamesTheMetadataAndAtMostAHundredScalars() {
        // TEN-51
        try (Tensor t = Tensor.ofInt8(new byte[] {-1, 2, -3, 4}, 2, 2);
                Tensor big = Tensor.zeros(new long[] {150}, DataType.FLOAT);
                Tensor complex = Tensor.empty(new long[] {1}, DataType.COMPLEX_FLOAT)) {
            assertThat(t.toString()).startsWith("Tensor {").contains("dataType: char", "shape: [2, 2]",
                    "strides: [2, 1]", "dimensionOrder: [0, 1]", "shapeDynamism: dynamicBound", "count: 4",
                    "scalars: [-1, 2, -3, 4]");
            assertThat(big.toString()).contains("count: 150").contains(",...]");
            assertThat(complex.toString()).contains("complexFloat scalars are not printable");
        }
    }
}
