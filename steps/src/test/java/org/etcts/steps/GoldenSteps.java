package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Platform;
import org.etcts.results.ResultClass;
import org.etcts.results.fixtures.AccuracyClass;
import org.etcts.results.fixtures.Comparison;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.fixtures.ReferenceCase;
import org.etcts.results.fixtures.ReferenceValue;
import org.etcts.results.fixtures.ValueComparison;
import org.etcts.results.golden.GoldenStore;
import org.etcts.steps.fixtures.FixtureCheck;
import org.etcts.steps.fixtures.FixtureRun;
import org.etcts.steps.fixtures.RunResult;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.SharedChildJvm;
import org.etcts.steps.run.ScenarioRun;
import org.opentest4j.TestAbortedException;

/**
 * Steps of the golden-output features: fixture methods run on the build under test (in the shared child JVM,
 * {@link SharedChildJvm}, each once), compared with the eager-PyTorch reference under
 * each output's accuracy class and with this platform's blessed golden outputs, and with each other
 * across backends, load modes and repeated calls.
 */
public final class GoldenSteps {

    /** Runs are shared by every scenario of the suite: each fixture method executes once. */
    private static final Map<String, CaseOutcome> RUNS = new ConcurrentHashMap<>();

    private final FixtureCatalog catalog = FixtureCatalog.fromSystemProperty();
    private final GoldenStore golden = new GoldenStore(catalog, Platform.current());
    private final Map<String, RunResult> results = new java.util.LinkedHashMap<>();
    private String current;
    private final ScenarioState state;

    /** Picocontainer injects the scenario's state (evidence is attached through it). */
    public GoldenSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the fixture method {string} run on the build under test")
    public void theFixtureMethodRun(String caseId) throws IOException {
        current = caseId;
        results.put(caseId, run(caseId));
    }

    @When("the fixture method {string} runs under the load mode {loadMode}")
    public void theFixtureMethodRunsUnderTheLoadMode(String caseId, LoadMode mode) throws IOException {
        String id = caseId + (mode == LoadMode.FILE ? "" : "@" + mode);
        current = id;
        results.put(id, run(id));
    }

    @When("the fixture method {string} runs {int} times on one loaded method")
    public void theFixtureMethodRunsTimes(String caseId, int times) throws IOException {
        String id = caseId + "*" + times;
        current = id;
        results.put(id, run(id));
    }

    @Then("its outputs are within their accuracy class of the eager-PyTorch reference")
    public void itsOutputsAreWithinTheirAccuracyClass() {
        FixtureRun.Case run = FixtureRun.Case.parse(current);
        RunResult result = results.get(current);
        String verdict;
        try {
            verdict = FixtureCheck.judge(catalog, run.model(), run.method(), result);
        } catch (AssertionError e) {
            state.attach(e.getMessage(), "text/plain", "comparison with the reference");
            throw e;
        }
        state.attach(verdict, "text/plain", "comparison with the reference");
    }

    @Then("its outputs are bit-identical to this platform's golden outputs")
    public void itsOutputsAreBitIdenticalToTheGolden() {
        FixtureRun.Case run = FixtureRun.Case.parse(current);
        Optional<List<ReferenceValue>> blessed = golden.outputs(run.model(), run.method());
        if (blessed.isEmpty()) {
            state.attach("No golden outputs for " + golden.platform() + " (" + golden.dir() + "): compared with the "
                    + "eager-PyTorch reference only. Record them with ./mvnw -B -Pbless verify.", "text/plain", "golden: none for this platform");
            return;
        }
        List<ReferenceValue> outputs = results.get(current).outputs();
        assertThat(outputs).as("outputs of %s against the golden", current).hasSameSizeAs(blessed.get());
        List<String> lines = new ArrayList<>();
        boolean identical = true;
        for (int i = 0; i < outputs.size(); i++) {
            Comparison c = ValueComparison.identical(blessed.get().get(i), outputs.get(i));
            identical &= c.passed();
            lines.add("output " + i + ": " + (c.passed() ? "bit-identical to the golden" : c.summary() + "; worst " + c.worst()));
        }
        String report = String.join("\n", lines) + "\nblessed build: " + golden.blessedBuild().map(Object::toString).orElse("?");
        state.attach(report, "text/plain", "comparison with the " + golden.platform() + " golden");
        if (!identical) {
            // Within the reference's class (the step before passed) but off the last blessed build.
            throw new TestAbortedException(ResultClass.QUALITY_WARNING_MARKER + current + " is within its accuracy class but differs from the "
                    + golden.platform() + " golden:\n" + String.join("\n", lines));
        }
    }

    @Then("the outputs of {string} and {string} agree within the accuracy class of {string}")
    public void theOutputsAgree(String first, String second, String classOf) throws IOException {
        List<ReferenceValue> a = ranOutputs(first, run(first));
        List<ReferenceValue> b = ranOutputs(second, run(second));
        FixtureRun.Case owner = FixtureRun.Case.parse(classOf);
        ReferenceCase reference = catalog.reference(owner.model(), owner.method());
        assertThat(b).as("outputs of %s and %s", first, second).hasSameSizeAs(a);
        List<String> lines = new ArrayList<>();
        boolean agree = true;
        for (int i = 0; i < a.size(); i++) {
            AccuracyClass accuracy = reference.accuracyOf(i);
            Comparison c = ValueComparison.compare(a.get(i), b.get(i), accuracy);
            agree &= c.passed();
            lines.add("output " + i + ": " + c.summary());
        }
        state.attach(String.join("\n", lines), "text/plain", first + " vs " + second);
        assertThat(agree).as("%s and %s agree:%n%s", first, second, String.join("\n", lines)).isTrue();
    }

    @Then("its top-1 class is the top-1 class of the eager reference of {string}")
    public void itsTop1ClassIsTheTop1ClassOfTheEagerReference(String referenceCase) {
        FixtureRun.Case own = FixtureRun.Case.parse(current);
        FixtureRun.Case other = FixtureRun.Case.parse(referenceCase);
        ReferenceCase ownReference = catalog.reference(own.model(), own.method());
        ReferenceCase otherReference = catalog.reference(other.model(), other.method());
        // The comparison means something only on the same seeded input.
        Comparison sameInput = ValueComparison.identical(otherReference.inputs().get(0), ownReference.inputs().get(0));
        assertThat(sameInput.passed()).as("%s and %s share their input: %s", current, referenceCase, sameInput.summary()).isTrue();
        double[] logits = ValueComparison.doubles(results.get(current).outputs().get(0));
        double[] eager = ValueComparison.doubles(otherReference.outputs().get(0));
        int runtimeTop = argmax(logits);
        int eagerTop = argmax(eager);
        state.attach(String.format("runtime top-1 %d (logit %.4f), eager fp32 top-1 %d (logit %.4f)", runtimeTop, logits[runtimeTop],
                eagerTop, eager[eagerTop]), "text/plain", "top-1 agreement");
        assertThat(runtimeTop).as("top-1 class of %s against the eager reference of %s", current, referenceCase).isEqualTo(eagerTop);
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Then("every run gives bit-identical outputs")
    public void everyRunGivesBitIdenticalOutputs() {
        RunResult result = results.get(current);
        assertThat(result.failed()).as("%s ran: %s", current, result.errorMessage()).isFalse();
        List<ReferenceValue> first = result.runs().get(0);
        for (int run = 1; run < result.runs().size(); run++) {
            for (int i = 0; i < first.size(); i++) {
                Comparison c = ValueComparison.identical(first.get(i), result.runs().get(run).get(i));
                assertThat(c.passed()).as("run %d output %d of %s against run 0: %s", run, i, current, c.summary()).isTrue();
            }
        }
    }

    @Then("its outputs are bit-identical to those under the load mode {loadMode}")
    public void itsOutputsAreBitIdenticalToThoseUnder(LoadMode mode) throws IOException {
        String base = FixtureRun.Case.parse(current).model() + "." + FixtureRun.Case.parse(current).method();
        String baseId = base + (mode == LoadMode.FILE ? "" : "@" + mode);
        List<ReferenceValue> expected = ranOutputs(baseId, run(baseId));
        List<ReferenceValue> actual = ranOutputs(current, results.get(current));
        assertThat(actual).as("outputs of %s against %s", current, baseId).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Comparison c = ValueComparison.identical(expected.get(i), actual.get(i));
            assertThat(c.passed()).as("output %d of %s against %s: %s", i, current, mode, c.summary()).isTrue();
        }
    }

    /** The outputs of a run that must have happened: a failed or empty run cannot agree with anything. */
    private static List<ReferenceValue> ranOutputs(String caseId, RunResult result) {
        assertThat(result.failed()).as("%s ran: %s", caseId, result.errorMessage()).isFalse();
        assertThat(result.outputs()).as("outputs of %s", caseId).isNotEmpty();
        return result.outputs();
    }

    /**
     * The run of a case, in the shared child JVM the first time a scenario asks for it. Its limit is a scenario's
     * budget, so a fixture that hangs is the timeout of the scenario that asked for it, and of no other.
     */
    private RunResult run(String caseId) throws IOException {
        CaseOutcome outcome = RUNS.computeIfAbsent(caseId,
                id -> SharedChildJvm.ofDefaultLibrary().run(FixtureRun.class, id, ScenarioRun.budget()));
        if (outcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + outcome.message());
        }
        if (outcome.status() != CaseOutcome.Status.PASS) {
            throw new AssertionError("the fixture run of " + caseId + " failed: " + outcome.message());
        }
        return RunResult.parse(catalog, caseId, outcome.message());
    }
}
