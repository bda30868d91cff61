package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;
import org.etcts.steps.isolation.IsolatedTask;
import org.etcts.steps.report.ResultClass;
import org.etcts.steps.value.ValueAbortProbes;

/**
 * Misuse that the reference runtime answers by aborting the process, tried in a child JVM (docs/design.md
 * §5), and the outcome of operations a scenario was allowed to see fail.
 */
public final class MisuseSteps {

    private final TensorState state;
    private CaseOutcome outcome;

    /** Picocontainer injects the scenario's tensors. */
    public MisuseSteps(TensorState state) {
        this.state = state;
    }

    @When("the misuse {string} is tried in a child process")
    public void theMisuseIsTriedInAChildProcess(String misuse) {
        Class<? extends IsolatedTask> task = TensorAbortProbes.CASES.contains(misuse) ? TensorAbortProbes.class
                : ValueAbortProbes.CASES.contains(misuse) ? ValueAbortProbes.class : null;
        if (task == null) {
            throw new IllegalArgumentException("no probe for the misuse '" + misuse + "'; tensor probes: "
                    + TensorAbortProbes.CASES + ", value probes: " + ValueAbortProbes.CASES);
        }
        outcome = new ChildJvm(Duration.ofMinutes(2)).runAll(task, List.of(misuse)).get(misuse);
        state.scenario().attach(outcome.status() + ": " + outcome.message(), "text/plain", "child process: " + misuse);
        if (!outcome.childStderr().isBlank()) {
            state.scenario().attach(outcome.childStderr(), "text/plain", "runtime log of the child: " + misuse);
        }
    }

    @Then("the misuse is refused deterministically")
    public void theMisuseIsRefusedDeterministically() {
        if (outcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + outcome.message());
        }
        assertThat(outcome.status()).as("misuse %s: %s", outcome.caseId(), outcome.message())
                .isEqualTo(CaseOutcome.Status.PASS);
    }

    @Then("the tensor operation succeeded")
    public void theTensorOperationSucceeded() {
        assertThat(state.failure()).as("failure of the attempted tensor operation").isNull();
    }

    @Then("the tensor operation fails with the error {errorCode}")
    public void theTensorOperationFailsWith(ErrorCode code) {
        Throwable failure = state.failure();
        assertThat(failure).as("failure of the attempted tensor operation").isInstanceOf(ExecuTorchException.class);
        ExecuTorchException error = (ExecuTorchException) failure;
        state.scenario().attach(error.getMessage(), "text/plain", "error");
        assertThat(error.code()).as("error code (number %d)", error.number()).isEqualTo(code);
    }
}
