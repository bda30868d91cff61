package org.etcts.report.swiftpm;

import java.nio.file.Path;
import org.etcts.report.gate.GateCommand;
import org.etcts.report.gate.GateVerdict;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.MalformedSummaryException;
import org.etcts.report.summary.SummaryFiles;

/**
 * Ties a branch to a conformance run of the Linux build of the same version, where such a run can exist:
 * the summary's ExecuTorch version is the branch's, it ran on Linux, and the conformance gate passes on it.
 * For a version whose Linux wheel carries no C++ SDK there is nothing to run: that is said, not failed.
 */
public final class ConformanceTie {

    private ConformanceTie() {
    }

    /**
     * Checks the tie.
     *
     * @param summaryFile the conformance summary ({@code reports/conformance.json})
     * @param gateDir the must-pass lists and expectations
     * @param minimum the fewest scenarios the run may have executed
     */
    public static void check(SwiftPmBranch branch, ReleaseLines lines, Path summaryFile, Path gateDir, int minimum, Findings findings) {
        if (!lines.hasConformanceRun(branch.version())) {
            findings.notTested("no conformance run: the executorch==" + branch.version() + " wheel carries no C++ SDK (from "
                    + lines.cppSdkFrom() + " on it does): no behaviour of this version was run, only its manifest"
                    + " (and its binaries, with --artifacts) was checked");
            return;
        }
        String rerun = "run ./mvnw -B -Pconformance verify -Dexecutorch.version=" + branch.version();
        ConformanceSummary summary;
        try {
            summary = SummaryFiles.read(summaryFile);
        } catch (MalformedSummaryException e) {
            findings.fail("no conformance run to tie the branch to: " + e.getMessage() + "; " + rerun);
            return;
        }
        boolean sameBuild = true;
        if (!summary.build().baseVersion().equals(branch.version())) {
            findings.fail("the conformance run tested ExecuTorch " + summary.build().executorchVersion() + " (" + summaryFile
                    + "), not the branch's " + branch.version() + ": " + rerun);
            sameBuild = false;
        }
        if (!summary.platform().startsWith("linux-")) {
            findings.fail("the conformance run ran on " + summary.platform() + ", not on Linux");
            sameBuild = false;
        }
        if (!sameBuild) {
            return;
        }
        GateVerdict verdict = GateCommand.verdict(summaryFile, gateDir, minimum, null, null);
        if (verdict.passed()) {
            findings.ok("conformance run of ExecuTorch " + summary.build().executorchVersion() + " on " + summary.platform() + " ("
                    + summary.generatedAt() + ") passed the gate: " + summary.closingLine());
            if (branch.isNightly()) {
                findings.ok("a nightly branch is tied to the conformance run of its version's Linux build (" + branch.version() + ")");
            }
        } else {
            findings.fail("the conformance run of ExecuTorch " + summary.build().executorchVersion() + " on " + summary.platform()
                    + " did not pass the gate: " + String.join("; ", verdict.failures().stream()
                            .map(f -> f.reason().label() + ": " + f.subject() + ": " + f.detail()).toList()));
        }
    }
}
