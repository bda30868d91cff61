package org.etcts.steps.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.ErrorCode;
import org.etcts.results.ResultClass;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.fixtures.FixtureCheck;
import org.etcts.steps.fixtures.FixtureRun;
import org.etcts.steps.fixtures.RunResult;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.SharedChildJvm;
import org.etcts.steps.run.ScenarioRun;

/**
 * Steps of features/compatibility.feature: the programs earlier exporters made (fixtures/compat/<version>/)
 * run on the build under test against their own eager-PyTorch references, and a program whose header
 * claims a format newer than the runtime's is refused. Everything that loads a program runs in child JVMs
 * (design decision 5).
 */
public final class CompatibilitySteps {

    /** Bytes 4..8 of a serialized program: the flatbuffer file identifier, which names the format version. */
    static final int IDENTIFIER_OFFSET = 4;
    static final int IDENTIFIER_LENGTH = 4;

    private final ScenarioState state;
    private FixtureCatalog catalog;
    private String exporter;
    private String program;
    private final Map<String, CaseOutcome> runs = new java.util.LinkedHashMap<>();
    private Path copy;
    private CaseOutcome load;

    /** Picocontainer injects the scenario's state. */
    public CompatibilitySteps(ScenarioState state) {
        this.state = state;
    }

    // ---------------------------------------------------------------- programs of earlier exporters

    @Given("the program {string} exported by executorch {word}")
    public void theProgramExportedBy(String model, String version) {
        catalog = state.fixtures.compatibility(version);
        catalog.model(model); // fails naming the model when the set lacks it
        exporter = version;
        program = model;
        JsonNode generator = catalog.generator();
        state.attach("exported by executorch " + generator.path("executorch").asText() + " with torch "
                + generator.path("torchBuild").asText() + " (seed " + generator.path("seed").asText() + "); "
                + catalog.root().relativize(catalog.modelFile(model)) + " sha256 " + FixtureCatalog.sha256(catalog.modelFile(model)),
                "text/plain", "provenance");
    }

    @When("each of its methods runs on the build under test with its reference inputs")
    public void eachOfItsMethodsRuns() {
        assertThat(catalog).as("a 'Given the program ... exported by executorch ...' step must come first").isNotNull();
        // The program's methods run in the shared child JVM, on the exporter's catalogue, each within a scenario's budget.
        for (String caseId : FixtureCheck.caseIds(catalog)) {
            if (FixtureRun.Case.parse(caseId).model().equals(program)) {
                runs.put(caseId, SharedChildJvm.ofDefaultLibrary().run(FixtureRun.class, caseId, ScenarioRun.budget(),
                        Map.of("etcts.fixtures.dir", catalog.root().toString())));
            }
        }
        assertThat(runs).as("methods of %s in the executorch %s set", program, exporter).isNotEmpty();
        runs.values().stream().filter(o -> o.status() == CaseOutcome.Status.CRASH).findFirst().ifPresent(o -> {
            throw new AssertionError(ResultClass.CRASH_MARKER + o.caseId() + ": " + o.message());
        });
    }

    @Then("each method's outputs are within their accuracy class of the eager-PyTorch reference")
    public void eachMethodsOutputsAreWithinTheirAccuracyClass() throws IOException {
        assertThat(runs).as("a 'When each of its methods runs ...' step must come first").isNotEmpty();
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (CaseOutcome outcome : runs.values()) {
            String caseId = outcome.caseId();
            FixtureRun.Case run = FixtureRun.Case.parse(caseId);
            String verdict;
            if (outcome.status() != CaseOutcome.Status.PASS) {
                verdict = caseId + ": the run failed: " + outcome.message();
                failures.add(verdict);
            } else {
                try {
                    verdict = caseId + ":\n" + FixtureCheck.judge(catalog, run.model(), run.method(), RunResult.parse(catalog, caseId, outcome.message()));
                } catch (AssertionError e) {
                    verdict = caseId + ":\n" + e.getMessage();
                    failures.add(e.getMessage());
                }
            }
            report.add(verdict);
        }
        state.attach(String.join("\n", report), "text/plain", "comparison with the reference");
        assertThat(failures).as("methods of %s (exported by executorch %s) outside their reference", program, exporter).isEmpty();
    }

    // ---------------------------------------------------------------- a format newer than the runtime's

    @Given("a copy of the fixture {string} whose file identifier {string} is changed to {string}")
    public void aCopyWhoseFileIdentifierIsChanged(String fixture, String from, String to) throws IOException {
        assertThat(to.getBytes(StandardCharsets.US_ASCII)).as("the new identifier").hasSize(IDENTIFIER_LENGTH);
        byte[] bytes = Files.readAllBytes(state.fixtures.modelFile(fixture));
        String found = new String(Arrays.copyOfRange(bytes, IDENTIFIER_OFFSET, IDENTIFIER_OFFSET + IDENTIFIER_LENGTH),
                StandardCharsets.US_ASCII);
        assertThat(found).as("the file identifier of %s (bytes %d..%d)", fixture, IDENTIFIER_OFFSET,
                IDENTIFIER_OFFSET + IDENTIFIER_LENGTH).isEqualTo(from);
        System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, bytes, IDENTIFIER_OFFSET, IDENTIFIER_LENGTH);
        copy = Files.createTempFile("etcts-identifier-" + to + "-", ".pte");
        Files.write(copy, bytes);
    }

    @When("a child process loads that copy")
    public void aChildProcessLoadsThatCopy() {
        assertThat(copy).as("a 'Given a copy of the fixture ...' step must come first").isNotNull();
        load = SharedChildJvm.ofDefaultLibrary().run(ProgramLoadProbe.class, copy.toString(), Duration.ofSeconds(120));
        state.attach(load.status() + "\n" + load.message(), "text/plain", "child process outcome");
        if (load.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + load.message());
        }
        assertThat(load.status()).as("the child's load of the copy: %s", load.message()).isEqualTo(CaseOutcome.Status.PASS);
    }

    @Then("loading it failed with the error {errorCode}")
    public void loadingItFailedWithTheError(ErrorCode code) {
        assertThat(answer()).as("loading the copy").isEqualTo(ProgramLoadProbe.REFUSED + code.runtimeName() + " (" + code.number() + ")");
    }

    @Then("the runtime logged an error naming the identifier {string} and the expected {string}")
    public void theRuntimeLoggedAnErrorNaming(String found, String expected) {
        List<String> errors = load.message().lines().skip(1).filter(line -> line.startsWith("ERROR")).toList();
        assertThat(errors).as("error messages the runtime logged while loading the copy").isNotEmpty();
        assertThat(errors).as("an error message naming '%s' and '%s'", found, expected)
                .anyMatch(line -> line.contains(found) && line.contains(expected));
    }

    private String answer() {
        assertThat(load).as("a 'When a child process loads that copy' step must come first").isNotNull();
        return load.message().lines().findFirst().orElse("");
    }

    /** The copy is the scenario's own: it goes when the scenario ends. */
    @After
    public void deleteTheCopy() throws IOException {
        if (copy != null) {
            Files.deleteIfExists(copy);
        }
    }
}
