package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.results.ResultClass;
import org.etcts.steps.Capabilities;
import org.etcts.steps.RuntimeNames;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.errors.Refusal;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;
import org.etcts.steps.isolation.SharedChildJvm;

/**
 * Steps that run misuse, damaged programs and restricted processes in child JVMs (docs/design.md §5),
 * so that a runtime abort is recorded as CRASH and the suite goes on.
 */
public final class IsolationSteps {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(120);
    /** The load of the damaged program, run once per JVM (LDM-11 and LDM-12 both read it) in a child of its own. */
    private static CaseOutcome damagedLoad;

    private final ScenarioState state;
    private final List<CaseOutcome> outcomes = new ArrayList<>();
    private List<String> mlockChild = List.of();

    /** Picocontainer injects the scenario's state. */
    public IsolationSteps(ScenarioState state) {
        this.state = state;
    }

    // ---------------------------------------------------------------- misuse the reference aborts on

    /** MOD-62: {@code call} is execute, setInput, setInputs or setOutput; the value is a string and then none. */
    @When("a child process passes a string and then a none value to {word} on {string}")
    public void aChildProcessPassesAStringAndThenANoneValue(String call, String fixture) {
        assertThat(fixture).as("the misuse cases use add.pte").isEqualTo("add.pte");
        run(ModuleAbortProbes.class, call + "-string", call + "-none");
    }

    @When("a child process executes the method {string} of the fixture {string}")
    public void aChildProcessExecutesTheMethodOfTheFixture(String method, String fixture) {
        run(ModuleAbortProbes.class, "outputs-" + fixture.replaceFirst("\\.pte$", "") + "-" + method);
    }

    @When("a child process asks for a module with the load mode number {int}")
    public void aChildProcessAsksForAModuleWithTheLoadModeNumber(int number) {
        run(ModuleAbortProbes.class, "load-mode-" + number);
    }

    @Then("the binding refused every call with {word}, and the runtime never reported success")
    public void theBindingRefusedEveryCall(String exception) {
        for (CaseOutcome outcome : completed()) {
            Refusal.assertRefusedWith(outcome, exception);
        }
    }

    @Then("the binding refused it with {word} before creating a module")
    public void theBindingRefusedItBeforeCreatingAModule(String exception) {
        for (CaseOutcome outcome : completed()) {
            Refusal.assertRefusedWith(outcome, exception);
        }
    }

    @Then("the child process received outputs tagged {string}")
    public void theChildProcessReceivedOutputsTagged(String tags) {
        List<String> expected = new ArrayList<>();
        for (String tag : tags.split("\\s*,\\s*")) {
            expected.add(RuntimeNames.parse(org.etcts.executorch.Value.Tag.class, tag).runtimeName());
        }
        for (CaseOutcome outcome : completed()) {
            assertThat(outcome.message()).as("case %s", outcome.caseId()).startsWith("tags: " + String.join(" ", expected) + " values:");
        }
    }

    // ---------------------------------------------------------------- program verification

    /** LDM-11 and LDM-12 need to know whether this build verifies programs: a damaged copy tells. */
    @When("a child process loads a copy of {string} with a damaged body with the verification internalConsistency")
    public void aChildProcessLoadsADamagedCopy(String fixture) {
        assertThat(fixture).as("the damaged program is a copy of add.pte").isEqualTo("add.pte");
        // A damaged program can take the runtime down: it runs in a child JVM of its own, not the shared one.
        synchronized (IsolationSteps.class) {
            if (damagedLoad == null) {
                damagedLoad = new ChildJvm(CHILD_TIMEOUT).runAll(VerificationProbes.class, List.of("corrupt")).get("corrupt");
            }
        }
        record(Map.of("corrupt", damagedLoad));
    }

    @When("a child process loads {string} with the verification internalConsistency")
    public void aChildProcessLoadsWithInternalConsistency(String fixture) {
        assertThat(fixture).as("the intact program is add.pte").isEqualTo("add.pte");
        run(VerificationProbes.class, "intact");
    }

    @Then("the damaged program was rejected with the error {errorCode}")
    public void theDamagedProgramWasRejected(org.etcts.executorch.ErrorCode code) {
        String result = completed().get(0).message();
        if (result.equals("accepted")) {
            throw Capabilities.notSupported("this build accepted a program with a damaged body under internalConsistency:"
                    + " program verification is not compiled in (ET_ENABLE_PROGRAM_VERIFICATION=0)");
        }
        assertThat(result).as("loading the damaged copy").isEqualTo("rejected " + code.runtimeName() + " (" + code.number() + ")");
    }

    @Then("this build does not verify programs")
    public void thisBuildDoesNotVerifyPrograms() {
        String result = completed().get(0).message();
        if (result.startsWith("rejected")) {
            throw Capabilities.notSupported("this build has program verification compiled in: internalConsistency " + result
                    + " a copy of add.pte with a damaged body, so the fallback of builds without verification cannot be observed");
        }
        assertThat(result).as("loading the damaged copy").isEqualTo("accepted");
    }

    @Then("the load succeeded and the runtime logged an Info message about verification")
    public void theLoadSucceededAndLoggedAnInfoMessage() {
        String result = completed().get(0).message();
        assertThat(result).as("loading add.pte with internalConsistency").startsWith("loaded");
        assertThat(result.lines().skip(1).filter(l -> l.startsWith("INFO") && l.toLowerCase().contains("verif")).toList())
                .as("Info messages about verification").isNotEmpty();
    }

    // ---------------------------------------------------------------- mlock

    @When("a child process that may not lock memory loads {string} in every load mode")
    public void aChildProcessThatMayNotLockMemoryLoads(String fixture) throws Exception {
        Path program = state.fixtures.modelFile(fixture);
        mlockChild = MlockProbe.runDeniedChild(program);
        state.attach(String.join("\n", mlockChild), "text/plain", "restricted child");
        String memlock = mlockChild.stream().filter(l -> l.startsWith("memlock ")).findFirst().orElse("memlock ?");
        String capeff = mlockChild.stream().filter(l -> l.startsWith("capeff ")).findFirst().orElse("capeff ?");
        if (!memlock.equals("memlock 0")) {
            throw Capabilities.notSupported("the child could not be restricted to RLIMIT_MEMLOCK 0: it reports " + memlock);
        }
        long effective = Long.parseUnsignedLong(capeff.substring("capeff ".length()), 16);
        if ((effective & (1L << MlockProbe.CAP_IPC_LOCK)) != 0) {
            throw Capabilities.notSupported("the child still holds CAP_IPC_LOCK (" + capeff + "), which overrides RLIMIT_MEMLOCK");
        }
        if (MlockProbe.modeResults(mlockChild).isEmpty()) {
            throw new AssertionError(ResultClass.CRASH_MARKER + "the restricted child printed no result:\n" + String.join("\n", mlockChild));
        }
    }

    @Then("in that process loading with the load mode {loadMode} succeeds")
    public void inThatProcessLoadingSucceeds(org.etcts.executorch.LoadMode mode) {
        assertThat(mlockResult(mode)).as("load() with %s in the restricted child", mode.runtimeName()).isEqualTo("Ok");
    }

    @Then("in that process loading with the load mode {loadMode} fails with the error {errorCode}")
    public void inThatProcessLoadingFails(org.etcts.executorch.LoadMode mode, org.etcts.executorch.ErrorCode code) {
        assertThat(mlockResult(mode)).as("load() with %s in the restricted child", mode.runtimeName()).isEqualTo(code.runtimeName());
    }

    private String mlockResult(org.etcts.executorch.LoadMode mode) {
        String result = MlockProbe.modeResults(mlockChild).get(mode.runtimeName());
        assertThat(result).as("result of the load mode %s in the restricted child", mode.runtimeName()).isNotNull();
        return result;
    }

    // ---------------------------------------------------------------- helpers

    /** Runs the cases in the shared child JVM, which isolates each case that crashes ({@link SharedChildJvm}). */
    private void run(Class<? extends org.etcts.steps.isolation.IsolatedTask> task, String... cases) {
        Map<String, CaseOutcome> results = new LinkedHashMap<>();
        for (String caseId : cases) {
            results.put(caseId, SharedChildJvm.ofDefaultLibrary().run(task, caseId, CHILD_TIMEOUT));
        }
        record(results);
    }

    private void record(Map<String, CaseOutcome> results) {
        outcomes.clear();
        outcomes.addAll(results.values());
        StringBuilder text = new StringBuilder();
        results.values().forEach(o -> text.append(o.caseId()).append(": ").append(o.status()).append("\n").append(o.message()).append("\n\n"));
        state.attach(text.toString(), "text/plain", "child process outcomes");
    }

    /** The outcomes, after turning a crash into CRASH and a failed case into a failure. */
    private List<CaseOutcome> completed() {
        assertThat(outcomes).as("a child-process step must come first").isNotEmpty();
        for (CaseOutcome outcome : outcomes) {
            if (outcome.status() == CaseOutcome.Status.CRASH) {
                throw new AssertionError(ResultClass.CRASH_MARKER + outcome.caseId() + ": " + outcome.message());
            }
            if (outcome.status() == CaseOutcome.Status.FAIL) {
                throw new AssertionError("case " + outcome.caseId() + " failed: " + outcome.message());
            }
        }
        return outcomes;
    }
}
