package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.fixtures.Comparison;
import org.etcts.steps.fixtures.HarnessValues;
import org.etcts.steps.fixtures.ReferenceCase;

/** Steps that execute methods and check their outputs, literally or against a fixture's reference. */
public final class ExecutionSteps {

    private final ScenarioState state;
    private Scenario scenario;
    private ReferenceCase reference;

    /** Picocontainer injects the scenario's state. */
    public ExecutionSteps(ScenarioState state) {
        this.state = state;
    }

    /** Keeps the scenario so attachments are made on its own thread. */
    @Before
    public void remember(Scenario scenario) {
        this.scenario = scenario;
    }

    @When("I run forward with the float tensors {floats} and {floats}")
    public void iRunForwardWithTheFloatTensors(float[] x, float[] y) throws ExecuTorchException {
        state.outputs(state.module().forward(state.tensor(x), state.tensor(y)));
    }

    @When("I execute the method {string} with its reference inputs")
    public void iExecuteTheMethodWithItsReferenceInputs(String method) throws ExecuTorchException {
        reference = state.fixtures.reference(state.modelName(), method);
        List<Value> inputs = new ArrayList<>();
        for (var input : reference.inputs()) {
            Value value = HarnessValues.toValue(input);
            if (value.isTensor()) {
                state.own(value.toTensor());
            }
            inputs.add(value);
        }
        state.outputs(state.module().execute(method, inputs));
    }

    @Then("the output is a single float tensor with shape {shape} and values {floats}")
    public void theOutputIsASingleFloatTensor(long[] shape, float[] values) {
        assertThat(state.outputs()).as("outputs").hasSize(1);
        Value output = state.outputs().get(0);
        assertThat(output.tag()).as("tag of output 0").isEqualTo(Value.Tag.TENSOR);
        Tensor tensor = output.toTensor();
        assertThat(tensor.dataType()).as("dataType").isEqualTo(DataType.FLOAT);
        assertThat(tensor.shape()).as("shape").containsExactly(shape);
        assertThat(tensor.toFloatArray()).as("values").containsExactly(values);
    }

    @Then("the outputs match the method's reference outputs")
    public void theOutputsMatchTheMethodsReferenceOutputs() {
        assertThat(reference).as("a reference execution step must come first").isNotNull();
        assertThat(state.outputs()).as("number of outputs").hasSameSizeAs(reference.outputs());
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < reference.outputs().size(); i++) {
            Comparison comparison = HarnessValues.compare(reference.outputs().get(i), state.outputs().get(i), reference.accuracyOf(i));
            report.append("output ").append(i).append(": ").append(comparison.summary()).append('\n');
            comparison.worst().forEach(d -> report.append(String.format("  [%d] expected %s actual %s |error| %.3g%n",
                    d.index(), d.expected(), d.actual(), d.absError())));
            if (!comparison.passed()) {
                failures.add("output " + i + ": " + comparison.summary());
            }
        }
        scenario.attach(report.toString(), "text/plain", reference.model() + "." + reference.method() + " comparison");
        assertThat(failures).as("outputs of %s.%s against the eager-PyTorch reference", reference.model(), reference.method()).isEmpty();
    }
}
