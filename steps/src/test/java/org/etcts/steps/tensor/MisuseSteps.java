package org.etcts.steps.tensor;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.etcts.steps.errors.Refusal;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.IsolatedTask;
import org.etcts.steps.isolation.SharedChildJvm;
import org.etcts.steps.value.ValueAbortProbes;

/**
 * Misuse of tensors and values that the reference runtime answers by aborting the process, tried in a
 * child JVM (docs/design.md §5, {@link SharedChildJvm}); the scenario names the exception the binding must refuse it with.
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
        outcome = SharedChildJvm.ofDefaultLibrary().run(task, misuse, Duration.ofMinutes(2));
        state.scenario().attach(outcome.status() + ": " + outcome.message(), "text/plain", "child process: " + misuse);
        if (!outcome.childStderr().isBlank()) {
            state.scenario().attach(outcome.childStderr(), "text/plain", "runtime log of the child: " + misuse);
        }
    }

    @Then("the misuse is refused with {word}")
    public void theMisuseIsRefusedWith(String exception) {
        Refusal.assertRefusedWith(outcome, exception);
    }
}
