package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class TensorTest {

    private static ByteBuffer directFloats(float... values) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(values);
        return buffer;
    }

    @Test
    void copyToFillsTheCallersArrayAndRefusesAnotherLengthOrType() {
        try (Tensor tensor = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
                Tensor ints = Tensor.of(new int[] {1, 2}, 2)) {
            float[] destination = new float[6];
            tensor.copyTo(destination);
            assertThat(destination).containsExactly(1, 2, 3, 4, 5, 6);
            assertThatThrownBy(() -> tensor.copyTo(new float[5])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the tensor has 6");
            assertThatThrownBy(() -> ints.copyTo(new float[2])).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void noCopyTensorHasTheDefaultLayoutAndSeesLaterWrites() {
        // TEN-05
        ByteBuffer buffer = directFloats(1, 2, 3, 4, 5, 6);
        try (Tensor tensor = Tensor.fromBytesNoCopy(buffer, new long[] {2, 3}, DataType.FLOAT)) {
            assertThat(tensor.dataType()).isEqualTo(DataType.FLOAT);
            assertThat(tensor.shape()).containsExactly(2, 3);
            assertThat(tensor.strides()).containsExactly(3, 1);
            assertThat(tensor.dimensionOrder()).containsExactly(0, 1);
            assertThat(tensor.shapeDynamism()).isEqualTo(ShapeDynamism.DYNAMIC_BOUND);
            assertThat(tensor.count()).isEqualTo(6);
            assertThat(tensor.byteCount()).isEqualTo(24);
            assertThat(tensor.toFloatArray()).containsExactly(1, 2, 3, 4, 5, 6);

            FloatBuffer floats = buffer.asFloatBuffer();
            floats.put(0, 100f);
            floats.put(5, -6f);
            assertThat(tensor.toFloatArray()).containsExactly(100, 2, 3, 4, 5, -6);
        }
    }

    @Test
    void noCopyTensorKeepsItsBufferReachable() throws Exception {
        float[] pattern = new float[4096];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = i;
        }
        Tensor tensor = Tensor.fromBytesNoCopy(directFloats(pattern), new long[] {pattern.length}, DataType.FLOAT);
        // Nothing in Java refers to the buffer any more; collect garbage and reuse direct memory.
        for (int round = 0; round < 20; round++) {
            System.gc();
            ByteBuffer other = ByteBuffer.allocateDirect(pattern.length * 4).order(ByteOrder.nativeOrder());
            while (other.hasRemaining()) {
                other.putFloat(-1f);
            }
            Thread.sleep(5);
        }
        assertThat(tensor.toFloatArray()).containsExactly(pattern);
        tensor.close();
    }

    @Test
    void noCopyStartsAtTheBufferPosition() {
        ByteBuffer buffer = directFloats(9, 1, 2);
        buffer.position(4);
        try (Tensor tensor = Tensor.fromBytesNoCopy(buffer, new long[] {2}, DataType.FLOAT)) {
            assertThat(tensor.toFloatArray()).containsExactly(1, 2);
        }
    }

    @Test
    void noCopyRejectsHeapAndReadOnlyBuffers() {
        assertThatThrownBy(() -> Tensor.fromBytesNoCopy(ByteBuffer.allocate(4), new long[] {1}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("direct");
        assertThatThrownBy(() -> Tensor.fromBytesNoCopy(directFloats(1).asReadOnlyBuffer(), new long[] {1},
                DataType.FLOAT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writable");
    }

    @Test
    void copiedTensorsDoNotSeeLaterWrites() {
        // TEN-07
        ByteBuffer direct = ByteBuffer.allocateDirect(6 * 8).order(ByteOrder.nativeOrder());
        direct.asDoubleBuffer().put(new double[] {1, 2, 3, 4, 5, 6});
        byte[] heap = new byte[6 * 8];
        direct.duplicate().get(heap);
        try (Tensor fromDirect = Tensor.fromBytes(direct, new long[] {2, 3}, DataType.DOUBLE);
                Tensor fromArray = Tensor.fromBytes(heap, new long[] {2, 3}, DataType.DOUBLE);
                Tensor fromHeapBuffer = Tensor.fromBytes(ByteBuffer.wrap(heap), new long[] {2, 3}, DataType.DOUBLE)) {
            direct.asDoubleBuffer().put(0, 100.0);
            heap[0] = 42;
            for (Tensor tensor : new Tensor[] {fromDirect, fromArray, fromHeapBuffer}) {
                assertThat(tensor.toDoubleArray()).containsExactly(1, 2, 3, 4, 5, 6);
                assertThat(tensor.strides()).containsExactly(3, 1);
                assertThat(tensor.shapeDynamism()).isEqualTo(ShapeDynamism.DYNAMIC_BOUND);
            }
        }
    }

    @Test
    void arrayConveniencesCopyWithTheMatchingType() {
        try (Tensor f = Tensor.of(new float[] {1.5f, -2f});
                Tensor d = Tensor.of(new double[] {1, 2, 3, 4}, 2, 2);
                Tensor i = Tensor.of(new int[] {1, -2, 3});
                Tensor l = Tensor.of(new long[] {10_000_000_000L});
                Tensor s = Tensor.of(new short[] {7, -7});
                Tensor b = Tensor.of(new boolean[] {true, false, true});
                Tensor u8 = Tensor.ofUInt8(new byte[] {(byte) 255, 1});
                Tensor i8 = Tensor.ofInt8(new byte[] {-1, 1})) {
            assertThat(f.dataType()).isEqualTo(DataType.FLOAT);
            assertThat(f.shape()).containsExactly(2);
            assertThat(f.toFloatArray()).containsExactly(1.5f, -2f);
            assertThat(d.shape()).containsExactly(2, 2);
            assertThat(d.toDoubleArray()).containsExactly(1, 2, 3, 4);
            assertThat(i.dataType()).isEqualTo(DataType.INT);
            assertThat(i.toIntArray()).containsExactly(1, -2, 3);
            assertThat(l.dataType()).isEqualTo(DataType.LONG);
            assertThat(l.toLongArray()).containsExactly(10_000_000_000L);
            assertThat(s.toShortArray()).containsExactly((short) 7, (short) -7);
            assertThat(b.dataType()).isEqualTo(DataType.BOOL);
            assertThat(b.toBooleanArray()).containsExactly(true, false, true);
            assertThat(u8.dataType()).isEqualTo(DataType.BYTE);
            assertThat(u8.bytes()).containsExactly((byte) 255, (byte) 1);
            assertThat(i8.dataType()).isEqualTo(DataType.CHAR);
        }
    }

    @Test
    void zeroDimensionalTensorsAreAlwaysStatic() {
        // TEN-38, TEN-40
        try (Tensor scalar = Tensor.scalar(3.5f);
                Tensor requested = Tensor.fromBytes(new byte[8], new long[0], DataType.LONG, null, null,
                        ShapeDynamism.DYNAMIC_UNBOUND)) {
            assertThat(scalar.shape()).isEmpty();
            assertThat(scalar.strides()).isEmpty();
            assertThat(scalar.dimensionOrder()).isEmpty();
            assertThat(scalar.count()).isEqualTo(1);
            assertThat(scalar.toFloatArray()).containsExactly(3.5f);
            assertThat(scalar.shapeDynamism()).isEqualTo(ShapeDynamism.STATIC);
            assertThat(requested.shapeDynamism()).isEqualTo(ShapeDynamism.STATIC);
        }
    }

    @Test
    void customStridesAndDimensionOrderAreKept() {
        // TEN-12: strides [1,2] with order [1,0] on [2,2]; data is read in memory order.
        byte[] data = floatBytes(1, 2, 3, 4);
        try (Tensor tensor = Tensor.fromBytes(data, new long[] {2, 2}, DataType.FLOAT, new long[] {1, 2},
                new int[] {1, 0}, ShapeDynamism.STATIC)) {
            assertThat(tensor.strides()).containsExactly(1, 2);
            assertThat(tensor.dimensionOrder()).containsExactly(1, 0);
            assertThat(tensor.shapeDynamism()).isEqualTo(ShapeDynamism.STATIC);
            assertThat(tensor.toFloatArray()).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void dimensionOrderIsDerivedFromStridesAlone() {
        // TEN-13: shape [3,4], strides [1,3] gives order [1,0].
        try (Tensor tensor = Tensor.fromBytes(new byte[48], new long[] {3, 4}, DataType.FLOAT, new long[] {1, 3},
                null, ShapeDynamism.DYNAMIC_BOUND)) {
            assertThat(tensor.dimensionOrder()).containsExactly(1, 0);
            assertThat(tensor.strides()).containsExactly(1, 3);
        }
        try (Tensor tensor = Tensor.fromBytes(new byte[48], new long[] {3, 4}, DataType.FLOAT, null,
                new int[] {1, 0}, ShapeDynamism.DYNAMIC_BOUND)) {
            assertThat(tensor.strides()).containsExactly(1, 3);
        }
    }

    @Test
    void aStrideOnASizeOneDimensionIsNormalised() {
        // TEN-14: {10,2,1} for [1,2,2] becomes {4,2,1}.
        try (Tensor tensor = Tensor.fromBytes(new byte[16], new long[] {1, 2, 2}, DataType.FLOAT,
                new long[] {10, 2, 1}, null, ShapeDynamism.DYNAMIC_BOUND)) {
            assertThat(tensor.strides()).containsExactly(4, 2, 1);
        }
    }

    @Test
    void emptyTensorsAreFine() {
        try (Tensor tensor = Tensor.of(new float[0], 0, 3)) {
            assertThat(tensor.shape()).containsExactly(0, 3);
            assertThat(tensor.count()).isZero();
            assertThat(tensor.toFloatArray()).isEmpty();
        }
        try (Tensor tensor = Tensor.fromBytesNoCopy(ByteBuffer.allocateDirect(0), new long[] {2, 0}, DataType.INT)) {
            assertThat(tensor.bytes()).isEmpty();
        }
    }

    @Test
    void typedReadersCheckTheElementType() {
        try (Tensor tensor = Tensor.of(new int[] {1, 2})) {
            assertThatThrownBy(tensor::toFloatArray).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the tensor holds INT elements, not FLOAT");
            assertThatThrownBy(tensor::toLongArray).isInstanceOf(IllegalStateException.class);
            assertThat(tensor.byteBuffer().order(ByteOrder.nativeOrder()).getInt(4)).isEqualTo(2);
            assertThat(tensor.byteBuffer().isReadOnly()).isTrue();
        }
    }

    @Test
    void closeTwiceIsFineAndUseAfterCloseIsIllegalState() {
        Tensor tensor = Tensor.of(new float[] {1});
        tensor.close();
        tensor.close();
        assertThat(tensor.isClosed()).isTrue();
        assertThatThrownBy(tensor::shape).isInstanceOf(IllegalStateException.class).hasMessage("Tensor is closed");
        assertThatThrownBy(tensor::toFloatArray).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(tensor::bytes).isInstanceOf(IllegalStateException.class);
        assertThat(tensor.toString()).isEqualTo("Tensor{closed}");
    }

    @Test
    void validationErrorsAreIllegalArgumentsAndNeverReachTheRuntime() {
        // Each of these would abort the process inside the runtime (verified with a forked probe).
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[7], new long[] {2}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 bytes").hasMessageContaining("needs exactly 2 x 4 = 8 bytes");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[9], new long[] {2}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[4], new long[] {-1}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative size -1");
        assertThatThrownBy(() -> Tensor.fromBytesNoCopy(directFloats(1, 2), new long[] {-2}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Tensor.of(new float[] {1, 2, 3}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[4], new long[] {1L << 32}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32-bit");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[4], new long[17], DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 16");
        // Strides that contradict the dimension order; a non-permutation; wrong lengths; non-dense strides.
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[16], new long[] {2, 2}, DataType.FLOAT, new long[] {1, 2},
                new int[] {0, 1}, ShapeDynamism.STATIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have stride 2");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[16], new long[] {2, 2}, DataType.FLOAT, null,
                new int[] {0, 0}, ShapeDynamism.STATIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a permutation");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[16], new long[] {2, 2}, DataType.FLOAT, new long[] {2},
                null, ShapeDynamism.STATIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strides has 1 entries");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[32], new long[] {2, 2, 2}, DataType.FLOAT,
                new long[] {10, 2, 1}, null, ShapeDynamism.STATIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dense");
        assertThatThrownBy(() -> Tensor.fromBytes(new byte[4], null, DataType.FLOAT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void elementCountOfShapes() {
        // TEN-01
        assertThat(Tensor.elementCount(new long[] {2, 3, 4})).isEqualTo(24);
        assertThat(Tensor.elementCount(new long[] {5})).isEqualTo(5);
        assertThat(Tensor.elementCount(new long[0])).isEqualTo(1);
        assertThatThrownBy(() -> Tensor.elementCount(new long[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] floatBytes(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }
}
