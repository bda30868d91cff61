package org.etcts.steps.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.BackendOption;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.Comparison;
import org.etcts.results.fixtures.ReferenceCase;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.fixtures.HarnessValues;

/**
 * Loading a module with backend options: load(options:) and load(method, options:), what the module
 * stores (read back through its backend options), and the lifetime of the caller's map.
 */
public final class LoadWithOptionsSteps {

    private final OptionsState options;
    private final ScenarioState state;
    private Module second;
    private String secondModel;

    /** Picocontainer injects the scenario's options and state. */
    public LoadWithOptionsSteps(OptionsState options, ScenarioState state) {
        this.options = options;
        this.state = state;
    }

    @When("I load the program with the backend options map {string}")
    public void iLoadWithTheMap(String name) throws ExecuTorchException {
        state.module().load(options.map(name));
    }

    @When("I try to load the program with the backend options map {string}")
    public void iTryToLoadWithTheMap(String name) {
        state.attempt(() -> state.module().load(options.map(name)));
    }

    @When("I load the method {string} with the backend options map {string}")
    public void iLoadTheMethodWithTheMap(String method, String name) throws ExecuTorchException {
        state.module().load(method, options.map(name));
    }

    @When("I try to load the method {string} with the backend options map {string}")
    public void iTryToLoadTheMethodWithTheMap(String method, String name) {
        state.attempt(() -> state.module().load(method, options.map(name)));
    }

    @When("I release the backend options map {string}")
    public void iReleaseTheMap(String name) {
        options.release(name);
    }

    @Then("nothing retains the released backend options map {string}")
    public void nothingRetains(String name) throws InterruptedException {
        var reference = options.releasedReference(name);
        // Collection is not on demand: ask a few times, as a weak-reference test must.
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(reference.get()).as("the released map is still reachable from somewhere").isNull();
    }

    @Then("the module's stored backend options are empty")
    public void theStoredOptionsAreEmpty() {
        Map<String, List<BackendOption>> stored = state.module().backendOptions();
        state.attach(stored.toString(), "text/plain", "stored backend options");
        assertThat(stored).isEmpty();
    }

    @Then("the module's stored backend options are those of the backend options map {string}")
    public void theStoredOptionsAreThoseOf(String name) {
        Map<String, List<BackendOption>> stored = state.module().backendOptions();
        state.attach(stored.toString(), "text/plain", "stored backend options");
        assertThat(stored).isEqualTo(options.contentsOf(name));
    }

    @Then("the module's stored backend options are exactly:")
    public void theStoredOptionsAreExactly(DataTable table) {
        Map<String, List<BackendOption>> stored = state.module().backendOptions();
        state.attach(stored.toString(), "text/plain", "stored backend options");
        assertThat(stored).isEqualTo(BackendOptionsMapSteps.fromTable(table));
    }

    @Then("the method {string} is delegated to {string}")
    public void theMethodIsDelegatedTo(String method, String backend) throws ExecuTorchException {
        var backends = state.module().methodMetadata(method).backendNames();
        state.attach(backends.toString(), "text/plain", "backends of " + method);
        assertThat(backends).contains(backend);
    }

    // ------------------------------------------------------------------ a second module

    @When("a second module for the fixture {string} loads with the backend options map {string}")
    public void aSecondModuleLoads(String fileName, String name) throws ExecuTorchException {
        second = state.own(new Module(state.fixtures.modelFile(fileName).toString()));
        secondModel = fileName;
        second.load(options.map(name));
    }

    @Then("the second module's method {string} gives its reference outputs")
    public void theSecondModuleGivesItsReferenceOutputs(String method) throws ExecuTorchException {
        ReferenceCase reference = state.fixtures.reference(secondModel, method);
        List<Value> inputs = HarnessValues.toValues(reference.inputs(), state::own);
        List<Value> outputs = second.execute(method, inputs);
        outputs.stream().filter(Value::isTensor).forEach(v -> state.own(v.toTensor()));
        assertThat(outputs).hasSameSizeAs(reference.outputs());
        for (int i = 0; i < outputs.size(); i++) {
            Comparison comparison = HarnessValues.compare(reference.outputs().get(i), outputs.get(i), reference.accuracyOf(i));
            assertThat(comparison.passed()).as("output %d: %s", i, comparison.summary()).isTrue();
        }
    }

    @Then("the second module's method {string} fails to load with the error {errorCode}")
    public void theSecondModulesMethodFailsToLoad(String method, ErrorCode expected) {
        assertThat(second).as("a second module must be made first").isNotNull();
        ExecuTorchException error = catchThrowableOfType(() -> second.load(method), ExecuTorchException.class);
        assertThat(error).as("loading %s of the second module was expected to fail with %s", method, expected).isNotNull();
        state.attach(error.getMessage(), "text/plain", "second module's load of " + method);
        assertThat(error.code()).as("error code of: %s", error.getMessage()).isEqualTo(expected);
    }

    @Then("the second module's stored backend options are those of the backend options map {string}")
    public void theSecondModulesStoredOptions(String name) {
        assertThat(second.backendOptions()).isEqualTo(options.contentsOf(name));
    }
}
