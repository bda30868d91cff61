package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Tensor.resize through the runtime's resize_tensor (RSZ-01 to RSZ-13, MOD-35). */
class TensorResizeTest {

    private static ErrorCode code(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        return ((ExecuTorchException) thrown).code();
    }

    private static Tensor longs(ShapeDynamism dynamism, long... shape) {
        int count = (int) Tensor.elementCount(shape);
        byte[] bytes = new byte[count * 8];
        for (int i = 0; i < count; i++) {
            bytes[i * 8] = (byte) (i + 1);  // little-endian longs 1..count
        }
        return Tensor.fromBytes(bytes, shape, DataType.LONG, null, null, dynamism);
    }

    @Test
    void dynamicBoundResizesWithinItsCapacity() throws Exception {
        // RSZ-01, RSZ-02, RSZ-08, RSZ-09
        try (Tensor t = longs(ShapeDynamism.DYNAMIC_BOUND, 4, 1)) {
            t.resize(2, 2);
            assertThat(t.shape()).containsExactly(2, 2);
            assertThat(t.strides()).containsExactly(2, 1);
            assertThat(t.dimensionOrder()).containsExactly(0, 1);
            assertThat(t.count()).isEqualTo(4);
            assertThat(t.toLongArray()).containsExactly(1, 2, 3, 4);
            assertThat(code(() -> t.resize(2, 3))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(t.shape()).containsExactly(2, 2);
            assertThat(t.strides()).containsExactly(2, 1);
        }
    }

    @Test
    void capacityIsTheCountAtCreation() throws Exception {
        // RSZ-03
        try (Tensor t = longs(ShapeDynamism.DYNAMIC_BOUND, 4)) {
            t.resize(2);
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.toLongArray()).containsExactly(1, 2);
            t.resize(4);
            assertThat(t.toLongArray()).containsExactly(1, 2, 3, 4);
            assertThat(code(() -> t.resize(5))).isEqualTo(ErrorCode.NOT_SUPPORTED);
        }
    }

    @Test
    void staticTensorsAcceptOnlyTheirShape() throws Exception {
        // RSZ-04
        try (Tensor t = longs(ShapeDynamism.STATIC, 2, 2)) {
            t.resize(2, 2);
            assertThat(code(() -> t.resize(4, 1))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(t.shape()).containsExactly(2, 2);
        }
    }

    @Test
    void dynamicUnboundCannotGrow() throws Exception {
        // RSZ-05
        try (Tensor t = longs(ShapeDynamism.DYNAMIC_UNBOUND, 4, 5)) {
            t.resize(5, 4);
            assertThat(code(() -> t.resize(5, 5))).isEqualTo(ErrorCode.NOT_SUPPORTED);
        }
    }

    @Test
    void rankChangesAreNotSupported() throws Exception {
        // RSZ-06, RSZ-07
        try (Tensor t = longs(ShapeDynamism.DYNAMIC_BOUND, 4); Tensor scalar = Tensor.scalar(1L)) {
            assertThat(code(() -> t.resize(2, 2))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(code(() -> scalar.resize(1))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            scalar.resize();
            assertThat(scalar.shape()).isEmpty();
        }
    }

    @Test
    void resizeKeepsTheDimensionOrder() throws Exception {
        // RSZ-10
        try (Tensor t = Tensor.fromBytes(new byte[24], new long[] {2, 3}, DataType.FLOAT, null, new int[] {1, 0},
                ShapeDynamism.DYNAMIC_BOUND)) {
            t.resize(3, 2);
            assertThat(t.strides()).containsExactly(1, 3);
        }
    }

    @Test
    void negativeSizesAreRefusedByTheRuntime() throws Exception {
        // RSZ-13
        try (Tensor bound = longs(ShapeDynamism.DYNAMIC_BOUND, 2, 2);
                Tensor fixed = longs(ShapeDynamism.STATIC, 2, 2)) {
            assertThat(code(() -> bound.resize(-1, 2))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(code(() -> fixed.resize(-1, 2))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(bound.shape()).containsExactly(2, 2);
        }
    }

    @Test
    void oversizedRequestsAreRejectedInJava() {
        try (Tensor t = longs(ShapeDynamism.DYNAMIC_BOUND, 2)) {
            assertThatThrownBy(() -> t.resize(1L << 32)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> t.resize(new long[17])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void resizingAViewLeavesTheSourceShape() throws Exception {
        // RSZ-11
        try (Tensor source = longs(ShapeDynamism.DYNAMIC_BOUND, 2, 2); Tensor view = source.view()) {
            view.resize(4, 1);
            assertThat(view.strides()).containsExactly(1, 1);
            assertThat(source.shape()).containsExactly(2, 2);
            assertThat(source.strides()).containsExactly(2, 1);
        }
    }

    @Test
    void staticModelOutputsCannotBeResized() throws Exception {
        // MOD-35, RSZ-15
        try (Module module = new Module(Fixtures.model("add.pte")); Tensor one = Tensor.of(new float[] {1})) {
            Tensor out = module.forward(one, one).get(0).toTensor();
            assertThat(out.shapeDynamism()).isEqualTo(ShapeDynamism.STATIC);
            assertThat(code(() -> out.resize(2))).isEqualTo(ErrorCode.NOT_SUPPORTED);
            out.close();
        }
    }
}
