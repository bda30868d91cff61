package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Tensor;

/** Views that share a tensor's storage, deep copies (to the same or another data type), equality, typed access. */
public final class TensorViewSteps {

    private final TensorState state;

    /** Picocontainer injects the scenario's tensors. */
    public TensorViewSteps(TensorState state) {
        this.state = state;
    }

    @When("I make a view {string} of tensor {string}")
    public void iMakeAView(String view, String source) {
        state.put(view, state.tensor(source).view());
    }

    @When("I make a view {string} of tensor {string} with shape {dims}")
    public void iMakeAViewWithShape(String view, String source, long[] shape) {
        state.put(view, state.tensor(source).view(shape));
    }

    @When("I make a view {string} of tensor {string} with shape {dims}, strides {dims} and dimension order {dims}")
    public void iMakeAViewWithLayout(String view, String source, long[] shape, long[] strides, long[] order) {
        state.put(view, state.tensor(source).view(shape, strides, TensorSteps.ints(order)));
    }

    @When("I copy tensor {string} to {string}")
    public void iCopyTensor(String source, String copy) {
        state.put(copy, state.tensor(source).copy());
    }

    @When("I copy tensor {string} to {string} as {dataType}")
    public void iCopyTensorAs(String source, String copy, DataType type) {
        state.put(copy, state.tensor(source).copy(type));
    }

    @Then("tensor {string} equals tensor {string}")
    public void tensorEquals(String a, String b) {
        assertThat(state.tensor(a).contentEquals(state.tensor(b))).as("tensor %s equals tensor %s", a, b).isTrue();
    }

    @Then("tensor {string} does not equal tensor {string}")
    public void tensorDoesNotEqual(String a, String b) {
        assertThat(state.tensor(a).contentEquals(state.tensor(b))).as("tensor %s equals tensor %s", a, b).isFalse();
    }

    @Then("tensor {string} equals neither nothing nor a non-tensor object")
    public void tensorEqualsNeitherNothingNorANonTensor(String name) {
        Tensor t = state.tensor(name);
        assertThat(t.contentEquals(null)).as("tensor %s equals nothing (null)", name).isFalse();
        assertThat(t.equals("a string")).as("tensor %s equals a string object", name).isFalse();
    }

    @Then("reading tensor {string} as {word} scalars gives {scalars}")
    public void readingTensorAsScalarsGives(String name, String scalarType, String[] values) {
        Tensor t = state.tensor(name);
        String[] read = readTyped(t, ScalarKind.parse(scalarType));
        assertThat(read).as("tensor %s read as %s", name, scalarType).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(Elements.toDouble(read[i])).as("scalar %d", i).isEqualTo(Elements.toDouble(values[i]));
        }
    }

    @Then("reading tensor {string} as {word} scalars is refused")
    public void readingTensorAsScalarsIsRefused(String name, String scalarType) {
        Tensor t = state.tensor(name);
        // The Java counterpart of Tensor<T>(anyTensor) with another element type: a deterministic refusal.
        assertThatThrownBy(() -> readTyped(t, ScalarKind.parse(scalarType)))
                .as("reading a %s tensor as %s", t.dataType(), scalarType).isInstanceOf(IllegalStateException.class);
    }

    private static String[] readTyped(Tensor t, ScalarKind kind) {
        return switch (kind) {
            case FLOAT -> strings(t.toFloatArray());
            case DOUBLE -> java.util.Arrays.stream(t.toDoubleArray()).mapToObj(Double::toString).toArray(String[]::new);
            case INT32 -> java.util.Arrays.stream(t.toIntArray()).mapToObj(Integer::toString).toArray(String[]::new);
            case INT64, INT -> java.util.Arrays.stream(t.toLongArray()).mapToObj(Long::toString).toArray(String[]::new);
            default -> throw new IllegalArgumentException("no typed reader for " + kind + " in the binding");
        };
    }

    private static String[] strings(float[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Float.toString(values[i]);
        }
        return out;
    }
}
