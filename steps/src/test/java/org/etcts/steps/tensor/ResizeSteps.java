package org.etcts.steps.tensor;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;

/** Resizing tensors, and the shapes of the tensors a method takes and returns. */
public final class ResizeSteps {

    private final TensorState state;

    /** Picocontainer injects the scenario's tensors. */
    public ResizeSteps(TensorState state) {
        this.state = state;
    }

    @When("I resize tensor {string} to {dims}")
    public void iResizeTensor(String name, long[] shape) throws ExecuTorchException {
        state.tensor(name).resize(shape);
    }

    @When("I try to resize tensor {string} to {dims}")
    public void iTryToResizeTensor(String name, long[] shape) {
        state.scenario().attempt(() -> state.tensor(name).resize(shape));
    }

    @Given("a second handle {string} on the underlying tensor of {string}")
    public void aSecondHandleOnTheUnderlyingTensor(String handle, String name) {
        // A Value of a tensor refers to that very tensor: its tensor accessor is a second handle on it.
        Tensor second = Value.of(state.tensor(name)).tensor().orElseThrow();
        stateAlias(handle, second);
    }

    private void stateAlias(String handle, Tensor tensor) {
        // The same object under another name; closing it twice at the end of the scenario is harmless.
        state.put(handle, tensor);
    }

    @When("I try to run forward of the fixture {string} with the float tensors {scalars} and {scalars}")
    public void iTryToRunForward(String fixture, String[] x, String[] y) {
        state.scenario().attempt(() -> runForward(fixture, floats(x), floats(y)));
    }

    @When("I run forward of the fixture {string} with the float tensors {scalars} and {scalars}")
    public void iRunForward(String fixture, String[] x, String[] y) throws ExecuTorchException {
        runForward(fixture, floats(x), floats(y));
    }

    @When("I run forward of the fixture {string} with a float tensor of shape {dims}")
    public void iRunForwardWithShape(String fixture, long[] shape) throws ExecuTorchException {
        runForward(fixture, state.put("input 0", Tensor.ones(shape, DataType.FLOAT)));
    }

    private Tensor floats(String[] values) {
        return state.put("input " + values.hashCode(), Tensor.fromBytes(Elements.encode(DataType.FLOAT, values),
                new long[] {values.length}, DataType.FLOAT));
    }

    private void runForward(String fixture, Tensor... inputs) throws ExecuTorchException {
        Module module = state.scenario().own(new Module(state.scenario().fixtures.modelFile(fixture)));
        List<Value> outputs = module.forward(inputs);
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).isTensor()) {
                Tensor output = state.put("output " + i, outputs.get(i).toTensor());
                state.scenario().attach(output.toString(), "text/plain", "output " + i + " of " + fixture);
            }
        }
    }
}
