package org.etcts.steps.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.SharedChildJvm;

/**
 * Steps of the errors feature: the error domain, codes and descriptions, the files and inputs the
 * runtime rejects, and the programming errors the reference aborts on (made in child JVMs). Failing
 * runtime calls keep their error in the shared scenario state, so the module feature's
 * "it fails with the error ..." step reads it.
 */
public final class ErrorSteps {

    private final ScenarioState state;
    private ExecuTorchException created;
    private CaseOutcome misuse;

    private java.util.Set<String> listed;

    /** Picocontainer injects the scenario's state. */
    public ErrorSteps(ScenarioState state) {
        this.state = state;
    }

    // ------------------------------------------------------------------ domain, codes, descriptions

    @Then("the error's domain is {string}")
    public void theErrorsDomainIs(String domain) {
        assertThat(failure().domain()).as("domain of: %s", failure().getMessage()).isEqualTo(domain);
    }

    @Then("the error code {errorCode} has the number {int}")
    public void theErrorCodeHasTheNumber(ErrorCode code, int number) {
        assertThat(code.number()).as("number of %s", code.runtimeName()).isEqualTo(number);
        assertThat(ErrorCode.fromNumber(number)).as("code with the number %d", number).isEqualTo(code);
    }

    @Then("the description of the error code {errorCode} is {string}")
    public void theDescriptionOfTheErrorCodeIs(ErrorCode code, String description) {
        assertThat(code.description()).as("ErrorDescription(%s)", code.runtimeName()).isEqualTo(description);
        assertThat(new ExecuTorchException(code, "a call").localizedDescription()).as("description of an error with the code %s", code.runtimeName())
                .isEqualTo(description);
    }

    @When("an error is created with the number {int}")
    public void anErrorIsCreatedWithTheNumber(int number) {
        created = new ExecuTorchException(number, "a call");
    }

    @When("an error is created with the code {errorCode} and the description {string}")
    public void anErrorIsCreatedWithTheCodeAndTheDescription(ErrorCode code, String description) {
        created = ExecuTorchException.withDescription(code.number(), description);
    }

    @When("an error is created with the code {errorCode} and no description")
    public void anErrorIsCreatedWithTheCodeAndNoDescription(ErrorCode code) {
        created = ExecuTorchException.withDescription(code.number(), null);
    }

    @Then("the error keeps the number {int} and is described as {string}")
    public void theErrorKeepsTheNumberAndIsDescribedAs(int number, String description) {
        assertThat(created.number()).as("number of the created error").isEqualTo(number);
        assertThat(created.localizedDescription()).as("description of the created error").isEqualTo(description);
    }

    @Then("the error's description reads {string}")
    public void theErrorsDescriptionReads(String description) {
        ExecuTorchException error = created != null ? created : failure();
        assertThat(error.localizedDescription()).as("description of: %s", error.getMessage()).isEqualTo(description);
    }

    @Then("the error carries the raw number {int} and the bare description {string}")
    public void theErrorCarriesTheRawNumberAndTheBareDescription(int number, String description) {
        ExecuTorchException error = failure();
        state.attach(error.getMessage(), "text/plain", "error");
        assertThat(error.number()).as("number of: %s", error.getMessage()).isEqualTo(number);
        assertThat(error.code().number()).as("code of: %s", error.getMessage()).isEqualTo(number);
        assertThat(error.localizedDescription()).as("description of: %s (no extra detail)", error.getMessage()).isEqualTo(description);
    }

    @Then("the call reported a typed error carrying the code {errorCode}")
    public void theCallReportedATypedError(ErrorCode code) {
        ExecuTorchException error = failure();
        assertThat(error.code()).as("code of: %s", error.getMessage()).isEqualTo(code);
        assertThat(error.number()).as("number of: %s", error.getMessage()).isEqualTo(code.number());
    }

    /** ERR-07 for a call that has a result: methodNames() of a missing program. */
    @When("I try to list the method names of the program {string}")
    public void iTryToListTheMethodNamesOf(String path) {
        listed = null;
        try (Module module = new Module(path)) {
            state.attempt(() -> listed = module.methodNames());
        }
    }

    @Then("the call returned no result and reported a typed error carrying the code {errorCode}")
    public void theCallReturnedNoResult(ErrorCode code) {
        theCallReportedATypedError(code);
        assertThat(listed).as("the result of the failing call").isNull();
    }

    // ------------------------------------------------------------------ files the runtime rejects

    @Given("a module for the empty file {string} with the load mode {loadMode}")
    public void aModuleForTheEmptyFile(String path, LoadMode mode) throws IOException {
        assertThat(Files.size(Path.of(path))).as("size of %s", path).isZero();
        state.module(new Module(path, mode), null);
    }

    @Given("a module for a file of {int} random bytes")
    public void aModuleForAFileOfRandomBytes(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(20260822L).nextBytes(bytes);  // seeded: the same garbage every run
        Path file = temporary("garbage-", bytes);
        state.module(new Module(file.toString()), null);
    }

    @Given("a module for the fixture {string} cut to half its length")
    public void aModuleForTheFixtureCutToHalf(String fixture) throws IOException {
        byte[] full = Files.readAllBytes(state.fixtures.modelFile(fixture));
        // The extended header ("eh00" at offset 8) states the program and segment sizes the file must hold.
        assertThat(new String(full, 8, 4, StandardCharsets.US_ASCII)).as("extended header magic of %s", fixture).isEqualTo("eh00");
        Path file = temporary("truncated-", Arrays.copyOf(full, full.length / 2));
        state.module(new Module(file.toString()), fixture);
    }

    @Given("a module for the fixture {string} with its file identifier changed to {string}")
    public void aModuleForTheFixtureWithItsFileIdentifierChanged(String fixture, String identifier) throws IOException {
        byte[] bytes = Files.readAllBytes(state.fixtures.modelFile(fixture));
        // The flatbuffer file identifier sits at bytes 4..7 ("ET12" for the programs of this runtime).
        byte[] replacement = identifier.getBytes(StandardCharsets.US_ASCII);
        assertThat(replacement).as("a file identifier is 4 ASCII bytes").hasSize(4);
        System.arraycopy(replacement, 0, bytes, 4, 4);
        state.module(new Module(temporary("identifier-", bytes).toString()), fixture);
    }

    @Then("the error names the operation {string} and the module's file")
    public void theErrorNamesTheOperationAndTheFile(String operation) {
        ExecuTorchException error = failure();
        assertThat(error.operation()).as("operation of: %s", error.getMessage())
                .startsWith(operation).contains(state.module().filePath());
    }

    @Then("the error carries the runtime's log line containing {string}")
    public void theErrorCarriesTheRuntimesLogLine(String text) {
        ExecuTorchException error = failure();
        assertThat(error.runtimeLog()).as("runtime log of: %s", error.getMessage()).anyMatch(line -> line.contains(text));
        assertThat(error.getMessage()).contains(text);
    }

    @Then("the error says the file is truncated, with the size its header declares and the size it has")
    public void theErrorSaysTheFileIsTruncated() throws IOException {
        ExecuTorchException error = failure();
        Path cut = Path.of(state.module().filePath());
        byte[] original = Files.readAllBytes(state.fixtures.modelFile(state.modelName()));
        // The whole fixture is what its header declares: the program and its segments, nothing after them.
        assertThat(error.getMessage()).as("message").contains(cut + " is truncated: its header says " + original.length
                + " bytes, the file has " + Files.size(cut));
    }

    private Path temporary(String prefix, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("etcts-" + prefix, ".pte");
        Files.write(file, bytes);
        state.own(() -> Files.deleteIfExists(file));
        return file;
    }

    // ------------------------------------------------------------------ inputs the runtime rejects

    @When("I try forward with a double tensor {floats} as the first input")
    public void iTryForwardWithADoubleTensor(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        Tensor first = state.own(Tensor.of(doubles));
        Tensor second = state.tensor(1f);
        attemptForward(Value.of(first), Value.of(second));
    }

    @When("I try forward with the double value {double} as the first input")
    public void iTryForwardWithTheDoubleValue(double value) {
        attemptForward(Value.of(value), Value.of(state.tensor(1f)));
    }

    private void attemptForward(Value... inputs) {
        state.attempt(() -> state.outputs(state.module().forward(inputs)));
    }

    // ------------------------------------------------------------------ programming errors (child JVMs)

    @When("the programming error {string} is made in a child process")
    public void theProgrammingErrorIsMade(String caseId) {
        assertThat(MisuseTask.CASES).as("known misuse cases").contains(caseId);
        misuse = SharedChildJvm.ofDefaultLibrary().run(MisuseTask.class, caseId, Duration.ofMinutes(2));
        state.attach(misuse.status() + ": " + misuse.message(), "text/plain", "outcome in the child JVM");
    }

    @Then("the binding answers it with {word}, not an abort")
    public void theBindingAnswersItWith(String exception) {
        Refusal.assertRefusedWith(misuse, exception);
    }

    private ExecuTorchException failure() {
        assertThat(state.error()).as("the step before was expected to fail, but it succeeded").isNotNull();
        return state.error();
    }
}
