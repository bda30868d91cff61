package org.etcts.steps.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared child keeps verdicts per case: a crash is judged alone, a hang is a timeout, the next case goes on. */
class SharedChildJvmTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Test
    void aCaseThatDiesAfterOthersIsJudgedAloneAndEachCaseGetsItsOwnStderr() {
        SharedChildJvm child = SharedChildJvm.ofVariant(Map.of("etcts.test.shared", "poisoned"));
        CaseOutcome poison = child.run(PoisoningTask.class, "poison", LIMIT);
        assertThat(poison.status()).isEqualTo(CaseOutcome.Status.PASS);
        assertThat(poison.childStderr()).isEqualTo("stderr of poison\n");
        // It dies in the poisoned child; alone, in a fresh one, it passes: that is its verdict.
        CaseOutcome ok = child.run(PoisoningTask.class, "ok", LIMIT);
        assertThat(ok.status()).as(ok.message()).isEqualTo(CaseOutcome.Status.PASS);
        // A case that dies alone too is a crash, with the signal; the child after it serves the next case.
        CaseOutcome die = child.run(PoisoningTask.class, "die", LIMIT);
        assertThat(die.status()).isEqualTo(CaseOutcome.Status.CRASH);
        assertThat(die.message()).contains("SIGABRT");
        CaseOutcome after = child.run(PoisoningTask.class, "ok", LIMIT);
        assertThat(after.status()).isEqualTo(CaseOutcome.Status.PASS);
        assertThat(after.childStderr()).isEqualTo("stderr of ok\n");
    }

    @Test
    void aCaseThatRunsPastItsLimitTimesOutAndTheNextCaseGoesOn() {
        SharedChildJvm child = SharedChildJvm.ofVariant(Map.of("etcts.test.shared", "sleepy"));
        CaseOutcome sleep = child.run(PoisoningTask.class, "sleep", Duration.ofSeconds(1));
        assertThat(sleep.status()).isEqualTo(CaseOutcome.Status.CRASH);
        assertThat(sleep.message()).startsWith("timed out after " + ChildJvm.timeoutScale() + " s");
        assertThat(child.run(PoisoningTask.class, "ok", LIMIT).status()).isEqualTo(CaseOutcome.Status.PASS);
    }
}
