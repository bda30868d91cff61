package org.etcts.steps.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report counts per row and reads back what it wrote. */
class RobustnessReportTest {

    private static final List<CaseResult> RESULTS = List.of(
            result(0, Verification.MINIMAL, Outcome.REFUSED, "REFUSED load: InvalidProgram (35): bad"),
            result(1, Verification.MINIMAL, Outcome.CRASH, "the child JVM died running this case: SIGSEGV (exit code 1)\n"
                    + "# C  [libexecutorch.so+0x1]  f()\n--- stderr of this case ---\nF 00:00 x] assert failed"),
            result(0, Verification.INTERNAL_CONSISTENCY, Outcome.RAN, "RAN forward"),
            result(1, Verification.INTERNAL_CONSISTENCY, Outcome.REFUSED, "REFUSED execute forward: no error code: OutOfMemoryError: x"));

    private static CaseResult result(int copy, Verification verification, Outcome outcome, String detail) {
        return new CaseResult(new RobustnessCase("add", "add.pte", copy, verification, LoadMode.FILE), Mutation.Family.BIT_FLIP,
                "flipped bit 1 of byte 2", outcome, detail);
    }

    @Test
    void rowsAreDamagedFileByVerificationAndCountEveryOutcome() {
        RobustnessReport report = new RobustnessReport("test", 1, 2, 0.5, RESULTS);
        assertThat(report.rows()).containsOnlyKeys("add.pte / Minimal", "add.pte / InternalConsistency");
        assertThat(RobustnessReport.countsLine(report.totals())).isEqualTo("2 refused, 1 ran, 1 crashed, 0 hung");
        assertThat(report.refusalCodes()).containsEntry("InvalidProgram (35)", 1).containsEntry("no error code: OutOfMemoryError", 1);
        assertThat(RESULTS.get(3).refusedWithoutErrorCode()).isTrue();
        assertThat(RobustnessReport.signalLine(RESULTS.get(1))).contains("SIGSEGV", "f()", "assert failed");
    }

    @Test
    void theJsonReadsBackAsTheSameResults(@TempDir Path folder) throws Exception {
        new RobustnessReport("test", 1, 2, 0.5, RESULTS).write(folder, "r", folder.resolve("robustness"));
        assertThat(Files.readString(folder.resolve("r.md"))).contains("| add.pte | Minimal | 2 | 1 | 0 | 1 | 0 |");
        RobustnessReport read = RobustnessReport.read(folder.resolve("r.json"));
        assertThat(read.results()).isEqualTo(RESULTS);
        assertThat(read.seed()).isEqualTo(1);
        assertThat(read.copiesPerFile()).isEqualTo(2);
    }
}
