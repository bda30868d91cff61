package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;
import org.etcts.executorch.Verification;

/** Steps of the Module feature: creating, loading, listing, executing and unloading. */
public final class ModuleSteps {

    private final ScenarioState state;
    private Path copy;

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

    @Given("a module for the fixture {string} with the load mode {loadMode}")
    public void aModuleForTheFixtureWithTheLoadMode(String fileName, LoadMode mode) {
        state.module(new Module(state.fixtures.modelFile(fileName).toString(), mode), fileName);
    }

    @Given("a module for the path {string} with the load mode {loadMode}")
    public void aModuleForThePathWithTheLoadMode(String path, LoadMode mode) {
        state.module(new Module(path, mode), null);
    }

    @Given("a module for the path {string} with the data files {string}")
    public void aModuleForThePathWithTheDataFiles(String path, String dataFiles) {
        state.module(new Module(path, dataFiles(dataFiles)), null);
    }

    /** The data files are fixture file names ({@code scale_shift_ptd.ptd}) or absolute paths; "" is none. */
    @Given("a module for the fixture {string} with the data files {string}")
    public void aModuleForTheFixtureWithTheDataFiles(String fileName, String dataFiles) {
        state.module(new Module(state.fixtures.modelFile(fileName).toString(), dataFiles(dataFiles)), fileName);
    }

    @Given("a module for the fixture {string} with the data files {string} and the load mode {loadMode}")
    public void aModuleForTheFixtureWithTheDataFilesAndTheLoadMode(String fileName, String dataFiles, LoadMode mode) {
        state.module(new Module(state.fixtures.modelFile(fileName).toString(), dataFiles(dataFiles), mode), fileName);
    }

    /** A private copy, so a scenario can delete the file under a module without touching the fixtures. */
    @Given("a module for a copy of the fixture {string}")
    public void aModuleForACopyOfTheFixture(String fileName) throws IOException {
        copy = Files.createTempFile("etcts-copy-", "-" + fileName);
        Files.copy(state.fixtures.modelFile(fileName), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
        state.module(new Module(copy.toString()), fileName);
    }

    @When("the copy is deleted")
    public void theCopyIsDeleted() throws IOException {
        assertThat(copy).as("a module for a copy must come first").isNotNull();
        Files.delete(copy);
    }

    /** MOD-02: every way to create a module names the program file. */
    @Then("a module cannot be created without a file path")
    public void aModuleCannotBeCreatedWithoutAFilePath() {
        for (var constructor : Module.class.getConstructors()) {
            assertThat(constructor.getParameterCount()).as("parameters of the public constructor %s", constructor).isPositive();
            assertThat(constructor.getParameterTypes()[0].getSimpleName()).as("first parameter of %s", constructor)
                    .isIn("String", "Path");
        }
    }

    @When("I load the program")
    public void iLoadTheProgram() throws ExecuTorchException {
        state.module().load();
    }

    @When("I try to load the program")
    public void iTryToLoadTheProgram() {
        state.attempt(() -> state.module().load());
    }

    @When("I load the program with the verification {verification}")
    public void iLoadTheProgramWithTheVerification(Verification verification) throws ExecuTorchException {
        state.module().load(verification);
    }

    @When("I try to load the program with the verification {verification}")
    public void iTryToLoadTheProgramWithTheVerification(Verification verification) {
        state.attempt(() -> state.module().load(verification));
    }

    @When("I load the method {string}")
    public void iLoadTheMethod(String method) throws ExecuTorchException {
        state.module().load(method);
    }

    @When("I try to load the method {string}")
    public void iTryToLoadTheMethod(String method) {
        state.attempt(() -> state.module().load(method));
    }

    @When("I list the method names")
    public void iListTheMethodNames() throws ExecuTorchException {
        state.module().methodNames();
    }

    @When("I try to list the method names")
    public void iTryToListTheMethodNames() {
        state.attempt(() -> state.module().methodNames());
    }

    @When("I unload the method {string}")
    public void iUnloadTheMethod(String method) {
        state.lastUnload(state.module().unload(method));
        state.outputsReleased(method);
    }

    @Then("it succeeds")
    public void itSucceeds() {
        assertThat(state.failure()).as("failure of the step before").isNull();
    }

    @Then("it fails with an error")
    public void itFailsWithAnError() {
        assertThat(state.error()).as("the step before was expected to fail, but it succeeded").isNotNull();
        assertThat(state.error().code()).as("error code of: %s", state.error().getMessage()).isNotEqualTo(ErrorCode.OK);
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

    /** The binding itself refused the call (an unchecked exception of the named class), with a message naming why. */
    @Then("the binding refused it with {word} naming {string}")
    public void theBindingRefusedItWithNaming(String exception, String text) {
        Exception failure = state.failure();
        assertThat(failure).as("the call was expected to be refused with %s, but it succeeded", exception).isNotNull();
        state.attach(failure.toString(), "text/plain", "refusal");
        assertThat(failure.getClass().getSimpleName()).as("refusal: %s", failure).isEqualTo(exception);
        assertThat(failure.getMessage()).as("message of the refusal").contains(text);
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

    private List<String> dataFiles(String commaSeparated) {
        List<String> paths = new ArrayList<>();
        for (String name : commaSeparated.split("\\s*,\\s*")) {
            if (name.isBlank()) {
                continue;
            }
            paths.add(name.startsWith("/") ? name : state.fixtures.verifiedFile("models/" + name).toString());
        }
        return paths;
    }
}
