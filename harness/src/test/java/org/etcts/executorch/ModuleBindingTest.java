package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** setInput, setInputs and setOutput on the fixture models (MOD-24, MOD-38 to MOD-51, MOD-53). */
class ModuleBindingTest {

    private static final String ADD = Fixtures.model("add.pte");
    private static final String MULTI = Fixtures.model("multi_method.pte");
    private static final String ADD_ALPHA = Fixtures.model("add_alpha.pte");
    private static final String UNPLANNED = Fixtures.model("dynamic_cat_unplanned_io.pte");

    private static ErrorCode code(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        return ((ExecuTorchException) thrown).code();
    }

    private static float[] only(List<Value> outputs) {
        assertThat(outputs).hasSize(1);
        return outputs.get(0).toTensor().toFloatArray();
    }

    @Test
    void setInputThenForwardWithoutInputs() throws Exception {
        // MOD-38, MOD-43: setInput loads the method on demand
        try (Module module = new Module(ADD); Tensor one = Tensor.of(new float[] {1}); Tensor two = Tensor.of(
                new float[] {2})) {
            module.setInput(Value.of(two), 1);
            assertThat(module.isLoaded("forward")).isTrue();
            module.setInput(Value.of(one));
            assertThat(only(module.forward())).containsExactly(3f);
        }
    }

    @Test
    void setInputsThenForwardAndTheInputsPersist() throws Exception {
        // MOD-39, MOD-24, MOD-09
        try (Module module = new Module(ADD); Tensor a = Tensor.of(new float[] {3}); Tensor b = Tensor.of(
                new float[] {4})) {
            module.setInputs(Value.of(a), Value.of(b));
            assertThat(only(module.forward())).containsExactly(7f);
            module.load("forward");  // already loaded: keeps the bound inputs
            assertThat(only(module.forward())).containsExactly(7f);
        }
    }

    @Test
    void inputsBoundBySetInputsOutliveTheJavaTensors() throws Exception {
        try (Module module = new Module(ADD)) {
            Tensor a = Tensor.of(new float[] {13.25f});
            Tensor b = Tensor.of(new float[] {29.25f});
            module.setInputs(List.of(Value.of(a), Value.of(b)));
            a.close();
            b.close();
            System.gc();
            assertThat(only(module.forward())).containsExactly(42.5f);
        }
    }

    @Test
    void setInputsWithTheWrongCountIsInvalidArgument() throws Exception {
        // MOD-40
        try (Module module = new Module(ADD); Tensor a = Tensor.of(new float[] {1})) {
            assertThat(code(() -> module.setInputs(Value.of(a)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
    }

    @Test
    void setInputPastTheLastInputIsInvalidArgument() throws Exception {
        // MOD-41
        try (Module module = new Module(ADD); Tensor a = Tensor.of(new float[] {1})) {
            assertThat(code(() -> module.setInput(Value.of(a), 2))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThatThrownBy(() -> module.setInput(Value.of(a), -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void setInputForAMethodBindsThatMethodOnly() throws Exception {
        // MOD-42
        try (Module module = new Module(MULTI);
                Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
                Tensor y = Tensor.of(new float[] {10, 20, 30, 40}, 2, 2)) {
            module.setInput("another_method", Value.of(x), 0);
            assertThat(only(module.execute("another_method"))).containsExactly(3, 5, 7, 9);
            assertThat(code(module::forward)).isEqualTo(ErrorCode.INVALID_ARGUMENT);  // forward's inputs unset
            module.setInputs("forward", List.of(Value.of(x), Value.of(y)));
            assertThat(only(module.forward())).containsExactly(11, 22, 33, 44);
        }
    }

    @Test
    void unloadDiscardsBoundInputsAndTheFailingCallReloads() throws Exception {
        // MOD-53
        try (Module module = new Module(ADD); Tensor a = Tensor.of(new float[] {2}); Tensor b = Tensor.of(
                new float[] {3})) {
            module.setInputs(Value.of(a), Value.of(b));
            assertThat(module.unload("forward")).isTrue();
            assertThat(code(module::forward)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(module.isLoaded("forward")).isTrue();
            module.setInputs(Value.of(a), Value.of(b));
            assertThat(only(module.forward())).containsExactly(5f);
        }
    }

    @Test
    void scalarInputsMustMatchTheTracedValue() throws Exception {
        // MOD-39, MOD-59, MOD-60 on add_alpha.pte (alpha traced as 1.0)
        try (Module module = new Module(ADD_ALPHA);
                Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
                Tensor y = Tensor.of(new float[] {2, 3, 4, 5}, 2, 2)) {
            module.setInputs(Value.of(x), Value.of(y), Value.of(1.0));
            assertThat(only(module.forward())).containsExactly(3, 5, 7, 9);
            assertThat(code(() -> module.setInput(Value.of(2.0), 2))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(code(() -> module.setInput(Value.of(1L), 2))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
    }

    @Test
    void stringAndNoneValuesAreRejectedBeforeTheRuntime() throws Exception {
        // MOD-62: the reference aborts; here nothing reaches the runtime
        try (Module module = new Module(ADD)) {
            for (Value bad : List.of(Value.of("x"), Value.none())) {
                assertThatThrownBy(() -> module.setInput(bad, 0)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> module.setInputs(bad, bad)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> module.setOutput("forward", bad, 0))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(module.isLoaded()).isFalse();
        }
    }

    @Test
    void setOutputOnAPlannedOutputIsInvalidState() throws Exception {
        // MOD-48
        try (Module module = new Module(ADD); Tensor out = Tensor.of(new float[] {0})) {
            assertThat(code(() -> module.setOutput(out))).isEqualTo(ErrorCode.INVALID_STATE);
        }
    }

    @Test
    void setOutputPastTheLastOutputIsInvalidArgument() throws Exception {
        // MOD-49
        try (Module module = new Module(ADD); Tensor out = Tensor.of(new float[] {0})) {
            assertThat(code(() -> module.setOutput(out, 1))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
    }

    @Test
    void setOutputWithAScalarIsInvalidArgument() throws Exception {
        // MOD-50: passed to the runtime, which checks the tag before anything else
        try (Module module = new Module(ADD)) {
            for (Value scalar : List.of(Value.of(1L), Value.of(1.0), Value.of(true))) {
                assertThat(code(() -> module.setOutput(scalar, 0))).as(scalar.toString())
                        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
            }
        }
    }

    @Test
    void setOutputOnAnUnplannedOutputReceivesTheResult() throws Exception {
        // MOD-47, MOD-51, MOD-67: the output buffer is bound before any execution (executing this
        // model without one would crash the process)
        try (Module module = new Module(UNPLANNED);
                Tensor small = Tensor.zeros(new long[] {2}, DataType.FLOAT);
                Tensor buffer = Tensor.zeros(new long[] {4, 4}, DataType.FLOAT);
                Tensor k = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 4)) {
            assertThat(code(() -> module.setOutput(small))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            module.setOutput(buffer);
            List<Value> outputs = module.forward(k);
            Tensor result = outputs.get(0).toTensor();
            assertThat(result.shape()).containsExactly(3, 4);
            assertThat(result.toFloatArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 1, 1, 1, 1);
            float[] written = buffer.toFloatArray();
            assertThat(java.util.Arrays.copyOf(written, 12)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 1, 1, 1, 1);
            result.close();
        }
    }

    @Test
    void theBoundOutputBufferOutlivesTheJavaTensor() throws Exception {
        try (Module module = new Module(UNPLANNED); Tensor k = Tensor.of(new float[] {9, 9, 9, 9}, 1, 4)) {
            Tensor buffer = Tensor.zeros(new long[] {4, 4}, DataType.FLOAT);
            module.setOutput("forward", Value.of(buffer), 0);
            buffer.close();
            System.gc();
            Tensor result = module.forward(k).get(0).toTensor();
            assertThat(result.toFloatArray()).containsExactly(9, 9, 9, 9, 1, 1, 1, 1);
            result.close();
        }
    }

    @Test
    void anInputAboveTheDynamicBoundIsNotSupported() throws Exception {
        // MOD-67
        try (Module module = new Module(UNPLANNED);
                Tensor buffer = Tensor.zeros(new long[] {4, 4}, DataType.FLOAT);
                Tensor k = Tensor.zeros(new long[] {4, 4}, DataType.FLOAT)) {
            module.setOutput(buffer);
            assertThat(code(() -> module.forward(k))).isEqualTo(ErrorCode.NOT_SUPPORTED);
        }
    }
}
