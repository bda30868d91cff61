package org.etcts.steps.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.etcts.results.JvmLauncher;
import org.junit.jupiter.api.Test;

/** The per-case time limit and the memory cap of {@link ChildJvm}. */
class ChildJvmLimitsTest {

    @Test
    void aCasePastItsTimeLimitIsAHangAndTheNextCaseRunsInANewChild() {
        Map<String, CaseOutcome> outcomes = new ChildJvm(Duration.ofMinutes(2)).withCaseTimeout(Duration.ofSeconds(3))
                .runAll(SleepingTask.class, List.of("before", "sleep", "after"));
        assertThat(outcomes.get("before").status()).isEqualTo(CaseOutcome.Status.PASS);
        assertThat(outcomes.get("sleep").status()).isEqualTo(CaseOutcome.Status.HANG);
        // The limit given, times the timeout scale of emulated platforms.
        assertThat(outcomes.get("sleep").message()).startsWith("the case ran longer than " + 3000 * ChildJvm.timeoutScale() + " ms");
        assertThat(outcomes.get("after").status()).isEqualTo(CaseOutcome.Status.PASS);
    }

    @Test
    void aChildUnderADataLimitCannotAllocateBeyondIt() {
        // ulimit -d limits the process it wraps; under qemu-user that is the emulator, whose own mappings then
        // leave the emulated JVM no room to start (measured on linux-aarch64 under qemu: the child never
        // answered and was killed at its budget, 20 minutes later).
        String launcher = Path.of(JvmLauncher.command().get(0)).getFileName().toString();
        assumeFalse(launcher.startsWith("qemu-"), "child JVMs run through an emulator (" + String.join(" ", JvmLauncher.command())
                + "), which the data limit would cap instead of the JVM");
        Map<String, CaseOutcome> outcomes = new ChildJvm(Duration.ofMinutes(2)).withDataLimit(512L << 20)
                .runAll(SleepingTask.class, List.of("allocate-16", "allocate-1024"));
        assertThat(outcomes.get("allocate-16").status()).isEqualTo(CaseOutcome.Status.PASS);
        assertThat(outcomes.get("allocate-1024").status()).isEqualTo(CaseOutcome.Status.FAIL);
        assertThat(outcomes.get("allocate-1024").message()).contains("OutOfMemoryError");
        // Without the limit the same allocation succeeds: the limit is what refused it.
        assertThat(new ChildJvm(Duration.ofMinutes(2)).runAll(SleepingTask.class, List.of("allocate-1024")).get("allocate-1024").status())
                .isEqualTo(CaseOutcome.Status.PASS);
    }
}
