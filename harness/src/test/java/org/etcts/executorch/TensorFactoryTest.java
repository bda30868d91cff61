package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The runtime's tensor makers (TEN-43 to TEN-50). */
class TensorFactoryTest {

    @Test
    void emptyAndEmptyLike() {
        // TEN-43
        try (Tensor e = Tensor.empty(new long[] {3, 4}, DataType.FLOAT);
                Tensor source = Tensor.fromBytes(new byte[24], new long[] {2, 3}, DataType.FLOAT, null,
                        new int[] {1, 0}, ShapeDynamism.STATIC);
                Tensor like = Tensor.emptyLike(source);
                Tensor quantized = Tensor.empty(new long[] {2}, DataType.QINT8)) {
            assertThat(e.shape()).containsExactly(3, 4);
            assertThat(e.count()).isEqualTo(12);
            assertThat(e.shapeDynamism()).isEqualTo(ShapeDynamism.DYNAMIC_BOUND);
            assertThat(like.shape()).containsExactly(2, 3);
            assertThat(like.strides()).containsExactly(source.strides());
            assertThat(like.dimensionOrder()).containsExactly(1, 0);
            assertThat(like.dataType()).isEqualTo(DataType.FLOAT);
            assertThat(like.shapeDynamism()).isEqualTo(ShapeDynamism.DYNAMIC_BOUND);
            assertThat(quantized.byteCount()).isEqualTo(2);
        }
    }

    @Test
    void fullOnesAndZeros() {
        // TEN-44, TEN-45
        try (Tensor sevens = Tensor.full(new long[] {2, 2}, 7, DataType.INT);
                Tensor floats = Tensor.of(new float[4], 2, 2);
                Tensor fortyTwo = Tensor.fullLike(floats, 42);
                Tensor ones = Tensor.ones(new long[] {2, 3}, DataType.FLOAT);
                Tensor doubles = Tensor.of(new double[8], 2, 4);
                Tensor onesLike = Tensor.onesLike(doubles);
                Tensor zeros = Tensor.zeros(new long[] {2, 3}, DataType.LONG);
                Tensor nines = Tensor.full(new long[] {3, 2}, 9, DataType.INT);
                Tensor zerosLike = Tensor.zerosLike(nines);
                Tensor half = Tensor.full(new long[] {1}, 1.5, DataType.HALF);
                Tensor truth = Tensor.full(new long[] {2}, true, DataType.BOOL)) {
            assertThat(sevens.toIntArray()).containsExactly(7, 7, 7, 7);
            assertThat(fortyTwo.toFloatArray()).containsExactly(42, 42, 42, 42);
            assertThat(ones.toFloatArray()).containsOnly(1f).hasSize(6);
            assertThat(onesLike.toDoubleArray()).containsOnly(1.0).hasSize(8);
            assertThat(zeros.toLongArray()).containsOnly(0L).hasSize(6);
            assertThat(zerosLike.toIntArray()).containsOnly(0).hasSize(6);
            assertThat(zerosLike.shape()).containsExactly(3, 2);
            assertThat(half.bytes()).hasSize(2);
            assertThat(truth.toBooleanArray()).containsExactly(true, true);
        }
    }

    @Test
    void fillValuesTheRuntimeWouldAbortOnAreRejected() {
        long[] shape = {2};
        assertThatThrownBy(() -> Tensor.full(shape, 1.5, DataType.INT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.full(shape, 300, DataType.BYTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.full(shape, 1e6, DataType.HALF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.full(shape, 0.5, DataType.BOOL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.full(shape, true, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.ones(shape, DataType.QINT8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.rand(shape, DataType.COMPLEX_FLOAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.randint(5, 5, shape, DataType.INT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tensor.empty(new long[] {-1}, DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class);
        try (Tensor infinite = Tensor.full(shape, Double.POSITIVE_INFINITY, DataType.HALF)) {
            assertThat(infinite.count()).isEqualTo(2);
        }
    }

    @Test
    void likeFactoriesRefuseLayoutsTheRuntimeCannotRebuild() {
        // sizes [1, 2] in dimension order [1, 0]: the strides [1, 1] sort back to order [0, 1]
        try (Tensor odd = Tensor.fromBytes(new byte[8], new long[] {1, 2}, DataType.FLOAT, null, new int[] {1, 0},
                ShapeDynamism.DYNAMIC_BOUND)) {
            assertThat(odd.strides()).containsExactly(1, 1);
            assertThatThrownBy(() -> Tensor.zerosLike(odd)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void randomFactories() {
        // TEN-47 to TEN-50
        try (Tensor r = Tensor.rand(new long[] {3, 3}, DataType.FLOAT);
                Tensor ri = Tensor.rand(new long[] {4}, DataType.LONG);
                Tensor n = Tensor.randn(new long[] {100, 100}, DataType.DOUBLE);
                Tensor i = Tensor.randint(10, 20, new long[] {5}, DataType.INT);
                Tensor base = Tensor.ones(new long[] {5}, DataType.LONG);
                Tensor il = Tensor.randintLike(base, 100, 200);
                Tensor rl = Tensor.randLike(r);
                Tensor nl = Tensor.randnLike(n)) {
            float[] uniform = r.toFloatArray();
            for (float v : uniform) {
                assertThat(v).isGreaterThanOrEqualTo(0f).isLessThan(1f);
            }
            assertThat(uniform).doesNotHaveDuplicates();
            assertThat(ri.toLongArray()).containsOnly(0L);
            double mean = java.util.Arrays.stream(n.toDoubleArray()).average().orElseThrow();
            assertThat(mean).isBetween(-1.0, 1.0);
            assertThat(java.util.Arrays.stream(i.toIntArray()).boxed()).allSatisfy(v -> assertThat(v).isBetween(10, 19));
            assertThat(java.util.Arrays.stream(il.toLongArray()).boxed())
                    .allSatisfy(v -> assertThat(v).isBetween(100L, 199L));
            assertThat(rl.shape()).containsExactly(3, 3);
            assertThat(nl.count()).isEqualTo(10000);
        }
    }
}
