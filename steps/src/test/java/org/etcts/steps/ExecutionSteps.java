package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.Comparison;
import org.etcts.results.fixtures.ReferenceCase;
import org.etcts.steps.fixtures.HarnessValues;
import org.etcts.steps.module.ExecutionGuard;

/**
 * Steps that execute methods in every documented input form and check their outputs, literally or
 * against a fixture's reference.
 */
public final class ExecutionSteps {

    private final ScenarioState state;
    private ReferenceCase reference;
    private List<Value> previousOutputs = List.of();
    private final Map<String, List<Value>> keptOutputs = new HashMap<>();
    private final List<String> threadResults = new ArrayList<>();

    /** Picocontainer injects the scenario's state. */
    public ExecutionSteps(ScenarioState state) {
        this.state = state;
    }

    // ---------------------------------------------------------------- the documented input forms

    @When("I run forward with the float tensors {floats} and {floats}")
    public void iRunForwardWithTheFloatTensors(float[] x, float[] y) throws ExecuTorchException {
        guard("forward");
        record(state.module().forward(state.tensor(x), state.tensor(y)));
    }

    @When("I run forward with the values wrapping the float tensors {floats} and {floats}")
    public void iRunForwardWithTheValuesWrapping(float[] x, float[] y) throws ExecuTorchException {
        guard("forward");
        record(state.module().forward(List.of(Value.of(state.tensor(x)), Value.of(state.tensor(y)))));
    }

    @When("I execute the method {string} with the float tensors {floats} and {floats}")
    public void iExecuteTheMethodWithTheFloatTensors(String method, float[] x, float[] y) throws ExecuTorchException {
        guard(method);
        record(state.module().execute(method, state.tensor(x), state.tensor(y)));
    }

    @When("I run forward with the single tensor {string}")
    public void iRunForwardWithTheSingleTensor(String tensor) throws ExecuTorchException {
        guard("forward");
        record(state.module().forward(Literals.tensor(state, tensor)));
    }

    @When("I run forward with the single value {string}")
    public void iRunForwardWithTheSingleValue(String value) throws ExecuTorchException {
        guard("forward");
        record(state.module().forward(Literals.value(state, value)));
    }

    @When("I run forward with the inputs {string}")
    public void iRunForwardWithTheInputs(String inputs) throws ExecuTorchException {
        iExecuteTheMethodWithTheInputs("forward", inputs);
    }

    @When("I try to run forward with the inputs {string}")
    public void iTryToRunForwardWithTheInputs(String inputs) {
        iTryToExecuteTheMethodWithTheInputs("forward", inputs);
    }

    @When("I execute the method {string} with the inputs {string}")
    public void iExecuteTheMethodWithTheInputs(String method, String inputs) throws ExecuTorchException {
        guard(method);
        record(state.module().execute(method, Literals.values(state, inputs)));
    }

    @When("I try to execute the method {string} with the inputs {string}")
    public void iTryToExecuteTheMethodWithTheInputs(String method, String inputs) {
        guard(method);
        List<Value> values = Literals.values(state, inputs);
        state.attempt(() -> record(state.module().execute(method, values)));
    }

    @When("I run forward with no inputs")
    public void iRunForwardWithNoInputs() throws ExecuTorchException {
        guard("forward");
        record(state.module().forward());
    }

    @When("I try to run forward with no inputs")
    public void iTryToRunForwardWithNoInputs() {
        guard("forward");
        state.attempt(() -> record(state.module().forward()));
    }

    @When("I execute the method {string} with no inputs")
    public void iExecuteTheMethodWithNoInputs(String method) throws ExecuTorchException {
        guard(method);
        record(state.module().execute(method));
    }

    @When("I execute the method {string} with its reference inputs")
    public void iExecuteTheMethodWithItsReferenceInputs(String method) throws ExecuTorchException {
        guard(method);
        reference = state.fixtures.reference(state.modelName(), method);
        List<Value> inputs = HarnessValues.toValues(reference.inputs(), state::own);
        record(state.module().execute(method, inputs));
    }

    // ---------------------------------------------------------------- outputs

    @Then("the output is a single float tensor with shape {dims} and values {floats}")
    public void theOutputIsASingleFloatTensor(long[] shape, float[] values) {
        assertThat(state.outputs()).as("outputs").hasSize(1);
        outputIsAFloatTensor(0, shape, values);
    }

    @Then("output {int} is a float tensor with shape {dims} and values {floats}")
    public void outputIsAFloatTensor(int index, long[] shape, float[] values) {
        attachOutputs();
        assertThat(state.outputs()).as("outputs").hasSizeGreaterThan(index);
        Value output = state.outputs().get(index);
        assertThat(output.tag()).as("tag of output %d", index).isEqualTo(Value.Tag.TENSOR);
        Tensor tensor = output.toTensor();
        assertThat(tensor.dataType()).as("dataType").isEqualTo(DataType.FLOAT);
        assertThat(tensor.shape()).as("shape").containsExactly(shape);
        assertThat(tensor.toFloatArray()).as("values").containsExactly(values);
    }

    /**
     * MOD-67: the output follows the input. The expected values are derived from the reference input and
     * the model's definition (cat(k, ones(1, 4))), not copied from the reference output.
     */
    @Then("output {int} has the shape {dims} for the reference input of shape {dims}: that input's rows, then the row {floats}")
    public void outputFollowsTheReferenceInput(int index, long[] shape, long[] inputShape, float[] lastRow) {
        assertThat(reference).as("a reference execution step must come first").isNotNull();
        var input = reference.inputs().get(0);
        assertThat(input.shape()).as("shape of the reference input").containsExactly(inputShape);
        float[] inputValues = new float[input.elements().size()];
        for (int i = 0; i < inputValues.length; i++) {
            inputValues[i] = (float) input.elements().get(i).asDouble();
        }
        float[] expected = java.util.Arrays.copyOf(inputValues, inputValues.length + lastRow.length);
        System.arraycopy(lastRow, 0, expected, inputValues.length, lastRow.length);
        outputIsAFloatTensor(index, shape, expected);
    }

    @Then("the outputs are the same as those of the execution before")
    public void theOutputsAreTheSameAsThoseOfTheExecutionBefore() {
        attachOutputs();
        assertThat(previousOutputs).as("an execution before the last one").isNotEmpty();
        assertThat(state.outputs()).as("outputs").hasSameSizeAs(previousOutputs);
        for (int i = 0; i < previousOutputs.size(); i++) {
            assertThat(state.outputs().get(i).contentEquals(previousOutputs.get(i)))
                    .as("output %d: %s equals %s", i, state.outputs().get(i), previousOutputs.get(i)).isTrue();
        }
    }

    @Then("the outputs are {int} value(s) tagged {string}")
    public void theOutputsAreValuesTagged(int count, String commaSeparatedTags) {
        attachOutputs();
        List<Value.Tag> expected = new ArrayList<>();
        for (String tag : commaSeparatedTags.split("\\s*,\\s*")) {
            expected.add(RuntimeNames.parse(Value.Tag.class, tag));
        }
        assertThat(state.outputs()).as("outputs").hasSize(count);
        assertThat(state.outputs().stream().map(Value::tag).toList()).as("output tags").isEqualTo(expected);
    }

    @Then("the outputs match the method's reference outputs")
    public void theOutputsMatchTheMethodsReferenceOutputs() {
        assertThat(reference).as("a reference execution step must come first").isNotNull();
        compareWith(reference);
    }

    @Then("the outputs match the reference outputs of the method {string}")
    public void theOutputsMatchTheReferenceOutputsOfTheMethod(String method) {
        compareWith(state.fixtures.reference(state.modelName(), method));
    }

    @Then("output {int} reports the shape dynamism {word}")
    public void outputReportsTheShapeDynamism(int index, String dynamism) {
        assertThat(state.outputs().get(index).toTensor().shapeDynamism()).as("shapeDynamism of output %d", index)
                .isEqualTo(RuntimeNames.parse(ShapeDynamism.class, dynamism));
    }

    @When("I try to resize output {int} to {dims}")
    public void iTryToResizeOutputTo(int index, long[] shape) {
        Tensor tensor = state.outputs().get(index).toTensor();
        state.attempt(() -> tensor.resize(shape));
    }

    // ---------------------------------------------------------------- outputs over time (copies, unload, close)

    @When("I keep the outputs as {string}")
    public void iKeepTheOutputsAs(String name) {
        keptOutputs.put(name, state.outputs());
    }

    @When("I keep a copy of the outputs as {string}")
    public void iKeepACopyOfTheOutputsAs(String name) {
        List<Value> copies = new ArrayList<>();
        for (Value value : state.outputs()) {
            Value copy = value.copy();
            if (copy.isTensor()) {
                state.own(copy.toTensor());
            }
            copies.add(copy);
        }
        keptOutputs.put(name, copies);
    }

    @When("I close the module")
    public void iCloseTheModule() {
        state.module().close();
    }

    @Then("output {int} kept as {string} is still a float tensor with values {floats}")
    public void outputKeptAsIsStillAFloatTensorWithValues(int index, String name, float[] values) {
        List<Value> kept = keptOutputs.get(name);
        assertThat(kept).as("outputs kept as \"%s\"", name).isNotNull();
        Tensor tensor = kept.get(index).toTensor();
        state.attach(tensor + " " + java.util.Arrays.toString(tensor.toFloatArray()), "text/plain", "kept output " + name);
        assertThat(tensor.toFloatArray()).as("values of output %d kept as \"%s\"", index, name).containsExactly(values);
    }

    @Then("the module refuses further use as closed")
    public void theModuleRefusesFurtherUseAsClosed() {
        assertThatThrownBy(() -> state.module().forward()).as("forward() on a closed module")
                .isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------- concurrency

    /**
     * Each thread owns one module and runs forward with both tensors holding its own value and alpha
     * 1.0 (the add_alpha fixture's traced value), so every output should be twice the thread's value.
     */
    @When("{int} modules for the fixture {string} each run forward {int} times on their own thread")
    public void modulesEachRunForwardOnTheirOwnThread(int threads, String fileName, int runs) throws Exception {
        String path = state.fixtures.modelFile(fileName).toString();
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            float value = 1.5f * (t + 1);
            futures.add(CompletableFuture.supplyAsync(() -> runOnThread(path, value, runs)));
        }
        threadResults.clear();
        for (CompletableFuture<String> future : futures) {
            threadResults.add(future.get(120, TimeUnit.SECONDS));
        }
        state.attach(String.join("\n", threadResults), "text/plain", "per-thread results");
    }

    @Then("every thread got twice its own input on every run")
    public void everyThreadGotTwiceItsOwnInput() {
        assertThat(threadResults).as("per-thread results").isNotEmpty().allMatch(r -> r.startsWith("ok"));
    }

    private static String runOnThread(String path, float value, int runs) {
        try (Module module = new Module(path);
                Tensor x = Tensor.of(new float[] {value, value, value, value}, 2, 2)) {
            for (int run = 0; run < runs; run++) {
                List<Value> outputs = module.forward(Value.of(x), Value.of(x), Value.of(1.0));
                try (Tensor out = outputs.get(0).toTensor()) {
                    for (float element : out.toFloatArray()) {
                        if (element != 2 * value) {
                            return "wrong: thread value " + value + " run " + run + " got " + element;
                        }
                    }
                }
            }
            return "ok: thread value " + value + ", " + runs + " runs, every output " + (2 * value);
        } catch (ExecuTorchException | RuntimeException e) {
            return "error: thread value " + value + ": " + e;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void guard(String method) {
        ExecutionGuard.requireBoundOutputs(state, method);
    }

    private void record(List<Value> outputs) {
        previousOutputs = state.outputs();
        state.outputs(outputs);
    }

    private void attachOutputs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < state.outputs().size(); i++) {
            Value value = state.outputs().get(i);
            text.append("output ").append(i).append(": ").append(value);
            if (value.isTensor() && value.toTensor().dataType() == DataType.FLOAT) {
                text.append(' ').append(java.util.Arrays.toString(value.toTensor().toFloatArray()));
            }
            text.append('\n');
        }
        state.attach(text.toString(), "text/plain", "outputs");
    }

    private void compareWith(ReferenceCase expected) {
        assertThat(state.outputs()).as("number of outputs").hasSameSizeAs(expected.outputs());
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < expected.outputs().size(); i++) {
            Comparison comparison = HarnessValues.compare(expected.outputs().get(i), state.outputs().get(i), expected.accuracyOf(i));
            report.append("output ").append(i).append(": ").append(comparison.summary()).append('\n');
            comparison.worst().forEach(d -> report.append(String.format("  [%d] expected %s actual %s |error| %.3g%n",
                    d.index(), d.expected(), d.actual(), d.absError())));
            if (!comparison.passed()) {
                failures.add("output " + i + ": " + comparison.summary());
            }
        }
        state.attach(report.toString(), "text/plain", expected.model() + "." + expected.method() + " comparison");
        assertThat(failures).as("outputs of %s.%s against the eager-PyTorch reference", expected.model(), expected.method()).isEmpty();
    }
}
