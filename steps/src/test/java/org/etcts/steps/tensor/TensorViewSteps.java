package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;

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
    public void tensorEqualsNeitherNothingNorANonTensor(String name) throws NoSuchMethodException {
        Tensor t = state.tensor(name);
        assertThat(t.contentEquals(null)).as("tensor %s equals nothing (null)", name).isFalse();
        // The documented isEqual takes any object; the Java binding's content equality takes a Tensor only,
        // so a non-tensor object is refused by its signature: there must be no overload that accepts one.
        assertThat(Arrays.stream(Tensor.class.getMethods()).filter(m -> m.getName().equals("contentEquals"))
                        .map(m -> List.of(m.getParameterTypes())).toList())
                .as("parameter types of Tensor.contentEquals").containsExactly(List.of(Tensor.class));
        // And the general equality (identity for a native resource) is false for a non-tensor object, even one
        // that wraps this very tensor.
        assertThat(t.equals(Value.of(t))).as("tensor %s equals a value wrapping it", name).isFalse();
        assertThat(t.equals(t.toString())).as("tensor %s equals its own description", name).isFalse();
    }

    @Then("reading tensor {string} as {word} scalars gives {scalars}")
    public void readingTensorAsScalarsGives(String name, String scalarType, String[] values) {
        Tensor t = state.tensor(name);
        ScalarKind kind = ScalarKind.parse(scalarType);
        String[] read = readTyped(t, kind);
        state.scenario().attach(Arrays.toString(read), "text/plain", "tensor " + name + " read as " + scalarType);
        assertThat(read).as("tensor %s read as %s", name, scalarType).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            // Exactly, in the type read: integers as integers (no rounding through double), floats bit for bit.
            assertThat(Elements.same(kind.dataType, number(kind, read[i]), values[i]))
                    .as("scalar %d of tensor %s read as %s: expected %s, got %s", i, name, scalarType, values[i], read[i])
                    .isTrue();
        }
    }

    @Then("reading tensor {string} as {word} scalars is refused")
    public void readingTensorAsScalarsIsRefused(String name, String scalarType) {
        Tensor t = state.tensor(name);
        // The Java counterpart of Tensor<T>(anyTensor) with another element type: a deterministic refusal.
        // Refused for its element type: the message names the type it holds, so a closed tensor (also an
        // IllegalStateException) does not pass for a refusal.
        assertThatThrownBy(() -> readTyped(t, ScalarKind.parse(scalarType)))
                .as("reading a %s tensor as %s", t.dataType(), scalarType).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds " + t.dataType());
    }

    /** A scalar read in a typed form, as the number {@link Elements#same} compares. */
    private static Number number(ScalarKind kind, String read) {
        return switch (kind) {
            case INT32, INT64, INT -> Long.parseLong(read);
            default -> Double.parseDouble(read);
        };
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
