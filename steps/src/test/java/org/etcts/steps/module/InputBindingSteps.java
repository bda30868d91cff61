package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.Literals;
import org.etcts.steps.ScenarioState;

/**
 * Steps that bind inputs and outputs without running (setInput, setInputs, setOutput), and the
 * caller's tensors they bind: created by name, changed in place through mutable byte access, read back.
 * Values are written as {@link Literals} describes.
 */
public final class InputBindingSteps {

    private final ScenarioState state;

    /** Picocontainer injects the scenario's state. */
    public InputBindingSteps(ScenarioState state) {
        this.state = state;
    }

    // ---------------------------------------------------------------- the caller's tensors

    @Given("the float tensor {string} holding {string}")
    public void theFloatTensorHolding(String name, String tensor) {
        state.nameTensor(name, copyOf(Literals.tensor(state, tensor)));
    }

    @Given("the float tensor {string} of shape {dims} filled with zeros")
    public void theFloatTensorFilledWithZeros(String name, long[] shape) {
        state.nameTensor(name, Tensor.zeros(shape, DataType.FLOAT));
    }

    /** Writes through mutable byte access, as the documented {@code mutableBytes} does. */
    @When("I change the tensor {string} in place to {floats}")
    public void iChangeTheTensorInPlaceTo(String name, float[] values) {
        Tensor tensor = state.namedTensor(name);
        tensor.mutableBytes(buffer -> {
            assertThat(buffer.capacity()).as("bytes of tensor \"%s\"", name).isGreaterThanOrEqualTo(values.length * Float.BYTES);
            buffer.asFloatBuffer().put(values);
        });
    }

    /** Closes the scenario's Java handle; a module the tensor was bound to must keep its data alive. */
    @When("I close my handle on the tensor {string}")
    public void iCloseMyHandleOnTheTensor(String name) {
        Tensor tensor = state.namedTensor(name);
        tensor.close();
        assertThatThrownBy(tensor::shape).as("tensor \"%s\" after close", name).isInstanceOf(IllegalStateException.class);
    }

    @Then("the tensor {string} holds {floats} in its first elements")
    public void theTensorHoldsInItsFirstElements(String name, float[] values) {
        float[] held = readFloats(state.namedTensor(name));
        assertThat(Arrays.copyOf(held, Math.min(held.length, values.length))).as("first %d elements of tensor \"%s\" (all: %s)",
                values.length, name, Arrays.toString(held)).containsExactly(values);
    }

    // ---------------------------------------------------------------- setInput / setInputs

    @When("I set input {int} to {string}")
    public void iSetInputTo(int index, String value) throws ExecuTorchException {
        state.module().setInput(Literals.value(state, value), index);
    }

    @When("I try to set input {int} to {string}")
    public void iTryToSetInputTo(int index, String value) {
        Value parsed = Literals.value(state, value);
        state.attempt(() -> state.module().setInput(parsed, index));
    }

    @When("I set input {int} of the method {string} to {string}")
    public void iSetInputOfTheMethodTo(int index, String method, String value) throws ExecuTorchException {
        state.module().setInput(method, Literals.value(state, value), index);
    }

    /** The single-argument form: binds input 0. */
    @When("I set the input to {string}")
    public void iSetTheInputTo(String value) throws ExecuTorchException {
        state.module().setInput(Literals.value(state, value));
    }

    @When("I set the inputs to {string}")
    public void iSetTheInputsTo(String values) throws ExecuTorchException {
        state.module().setInputs(Literals.values(state, values));
    }

    @When("I try to set the inputs to {string}")
    public void iTryToSetTheInputsTo(String values) {
        List<Value> parsed = Literals.values(state, values);
        state.attempt(() -> state.module().setInputs(parsed));
    }

    // ---------------------------------------------------------------- setOutput

    @When("I set output {int} to {string}")
    public void iSetOutputTo(int index, String value) throws ExecuTorchException {
        state.module().setOutput(Literals.value(state, value), index);
        state.outputBound("forward");
    }

    @When("I try to set output {int} to {string}")
    public void iTryToSetOutputTo(int index, String value) {
        Value parsed = Literals.value(state, value);
        state.attempt(() -> {
            state.module().setOutput(parsed, index);
            state.outputBound("forward");
        });
    }

    private static Tensor copyOf(Tensor tensor) {
        // A tensor Literals makes is owned by the scenario already; naming it must not close it twice.
        return tensor.copy();
    }

    private static float[] readFloats(Tensor tensor) {
        float[][] result = new float[1][];
        tensor.bytes((ByteBuffer buffer) -> {
            float[] values = new float[buffer.capacity() / Float.BYTES];
            buffer.asFloatBuffer().get(values);
            result[0] = values;
        });
        return result[0];
    }
}
