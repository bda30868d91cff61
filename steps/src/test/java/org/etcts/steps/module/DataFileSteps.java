package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.Comparison;
import org.etcts.results.fixtures.ReferenceCase;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.fixtures.HarnessValues;

/** Steps of the data-file feature that need more than one module, or the caller's own list of files. */
public final class DataFileSteps {

    private final ScenarioState state;
    private final List<String> callersList = new ArrayList<>();
    private List<String> callersListBefore = List.of();
    private final List<Module> modules = new ArrayList<>();
    private final List<String> models = new ArrayList<>();

    /** Picocontainer injects the scenario's state. */
    public DataFileSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("modules for the fixtures {string} each given the same list of data files {string}")
    public void modulesEachGivenTheSameListOfDataFiles(String fixtures, String dataFiles) {
        for (String name : dataFiles.split("\\s*,\\s*")) {
            callersList.add(state.fixtures.verifiedFile("models/" + name).toString());
        }
        callersListBefore = List.copyOf(callersList);
        for (String fixture : fixtures.split("\\s*,\\s*")) {
            modules.add(state.own(new Module(state.fixtures.modelFile(fixture).toString(), callersList)));
            models.add(fixture);
        }
    }

    @When("each module loads its method {string} and runs it with its reference inputs")
    public void eachModuleLoadsAndRuns(String method) throws ExecuTorchException {
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            module.load(method);
            ReferenceCase reference = state.fixtures.reference(models.get(m), method);
            List<Value> inputs = HarnessValues.toValues(reference.inputs(), state::own);
            List<Value> outputs = module.execute(method, inputs);
            outputs.stream().filter(Value::isTensor).forEach(v -> state.own(v.toTensor()));
            for (int i = 0; i < reference.outputs().size(); i++) {
                Comparison comparison = HarnessValues.compare(reference.outputs().get(i), outputs.get(i), reference.accuracyOf(i));
                if (!comparison.passed()) {
                    failures.add(models.get(m) + " output " + i + ": " + comparison.summary());
                }
            }
        }
        assertThat(failures).as("outputs against the eager-PyTorch references").isEmpty();
    }

    @Then("the caller's list of data files is unchanged")
    public void theCallersListOfDataFilesIsUnchanged() {
        assertThat(callersList).as("the list passed to the modules").isEqualTo(callersListBefore);
        for (Module module : modules) {
            assertThat(module.dataFilePaths()).as("dataFilePaths of %s", module).isEqualTo(callersListBefore);
        }
    }
}
