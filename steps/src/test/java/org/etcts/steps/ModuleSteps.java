package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.Set;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;

/** Steps of the Module feature: creating, loading, listing, executing and unloading. */
public final class ModuleSteps {

    private final ScenarioState state;

    /** Picocontainer injects the scenario's state. */
    public ModuleSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("a module for the fixture {string}")
    public void aModuleForTheFixture(String fileName) {
        state.module(new Module(state.fixtures.modelFile(fileName).toString()), fileName);
    }

    @Given("a module for the path {string}")
    public void aModuleForThePath(String path) {
        state.module(new Module(path), null);
    }

    @When("I load the program")
    public void iLoadTheProgram() throws ExecuTorchException {
        state.module().load();
    }

    @When("I try to load the program")
    public void iTryToLoadTheProgram() {
        attempt(() -> state.module().load());
    }

    @When("I load the method {string}")
    public void iLoadTheMethod(String method) throws ExecuTorchException {
        state.module().load(method);
    }

    @When("I try to load the method {string}")
    public void iTryToLoadTheMethod(String method) {
        attempt(() -> state.module().load(method));
    }

    @When("I list the method names")
    public void iListTheMethodNames() throws ExecuTorchException {
        state.module().methodNames();
    }

    @When("I unload the method {string}")
    public void iUnloadTheMethod(String method) {
        state.lastUnload(state.module().unload(method));
    }

    @Then("it fails with the error {errorCode}")
    public void itFailsWithTheError(ErrorCode expected) {
        assertThat(state.error())
                .as("the step before was expected to fail with %s (%d), but it succeeded", expected, expected.number())
                .isNotNull();
        assertThat(state.error().code())
                .as("error code of: %s", state.error().getMessage())
                .isEqualTo(expected);
    }

    @Then("the program is loaded")
    public void theProgramIsLoaded() {
        assertThat(state.module().isLoaded()).as("isLoaded()").isTrue();
    }

    @Then("the program is not loaded")
    public void theProgramIsNotLoaded() {
        assertThat(state.module().isLoaded()).as("isLoaded()").isFalse();
    }

    @Then("the method {string} is loaded")
    public void theMethodIsLoaded(String method) {
        assertThat(state.module().isLoaded(method)).as("isLoaded(\"%s\")", method).isTrue();
    }

    @Then("the method {string} is not loaded")
    public void theMethodIsNotLoaded(String method) {
        assertThat(state.module().isLoaded(method)).as("isLoaded(\"%s\")", method).isFalse();
    }

    @Then("the method names are exactly {string}")
    public void theMethodNamesAreExactly(String commaSeparated) throws ExecuTorchException {
        Set<String> expected = Set.copyOf(Arrays.asList(commaSeparated.split("\\s*,\\s*")));
        assertThat(state.module().methodNames()).as("methodNames()").isEqualTo(expected);
    }

    @Then("the unload reports that the method was loaded")
    public void theUnloadReportsThatTheMethodWasLoaded() {
        assertThat(state.lastUnload()).as("unload(...) result").isTrue();
    }

    @Then("the unload reports that the method was not loaded")
    public void theUnloadReportsThatTheMethodWasNotLoaded() {
        assertThat(state.lastUnload()).as("unload(...) result").isFalse();
    }

    /** A call the scenario allows to fail: its error is kept for the next Then. */
    private void attempt(RuntimeCall call) {
        try {
            call.run();
            state.error(null);
        } catch (ExecuTorchException e) {
            state.error(e);
        }
    }

    @FunctionalInterface
    private interface RuntimeCall {
        void run() throws ExecuTorchException;
    }
}
