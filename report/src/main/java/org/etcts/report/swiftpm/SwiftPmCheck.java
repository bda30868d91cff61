package org.etcts.report.swiftpm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.etcts.report.gate.GateCommand;
import org.etcts.report.gate.GateVerdict;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.MalformedSummaryException;
import org.etcts.report.summary.SummaryFiles;

/**
 * Gates a swiftpm release branch: the manifest's version matches the branch, it declares every documented
 * product and its {@code _debug} variant and nothing the spec does not know (the drift is listed both ways),
 * every binary target downloads with a 64-hex-digit checksum, and a conformance run of the Linux build of
 * the same version passed the gate.
 */
public final class SwiftPmCheck {

    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-fA-F]{64}");

    private SwiftPmCheck() {
    }

    /**
     * The verdict.
     *
     * @param failures why the branch may not ship (empty: it may)
     * @param facts what was checked, for the log
     */
    public record Verdict(List<String> failures, List<String> facts) {

        /** Whether the branch passes. */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** Checks a manifest against its branch name only (no conformance tie). */
    public static List<String> checkManifest(String branchName, SwiftManifest manifest, List<String> facts) {
        List<String> failures = new ArrayList<>(manifest.problems());
        SwiftPmBranch branch = null;
        try {
            branch = SwiftPmBranch.parse(branchName);
            facts.add("branch " + branch.name() + ": " + branch.describe());
        } catch (IllegalArgumentException e) {
            failures.add(e.getMessage());
        }
        if (branch != null && manifest.version() != null) {
            try {
                SwiftPmBranch declared = SwiftPmBranch.fromManifestVersion(manifest.version());
                if (!declared.version().equals(branch.version()) || !java.util.Objects.equals(declared.nightly(), branch.nightly())) {
                    failures.add("version mismatch: the manifest declares version \"" + manifest.version() + "\" (" + declared.describe()
                            + ") but branch " + branch.name() + " is the " + branch.describe());
                } else {
                    facts.add("manifest version \"" + manifest.version() + "\" matches the branch");
                }
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
        failures.addAll(productDrift(manifest.products(), facts));
        failures.addAll(checksums(manifest, facts));
        return failures;
    }

    /** The product drift against the spec: documented products missing, debug variants missing, new products. */
    static List<String> productDrift(Set<String> declared, List<String> facts) {
        List<String> failures = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> debugMissing = new ArrayList<>();
        for (String base : DocumentedProducts.BASE) {
            String debug = base + DocumentedProducts.DEBUG_SUFFIX;
            if (!declared.contains(base) && !declared.contains(debug)) {
                gone.add(base);
            } else if (!declared.contains(base)) {
                gone.add(base + " (only " + debug + " is declared)");
            } else if (!declared.contains(debug)) {
                debugMissing.add(base);
            }
        }
        if (!gone.isEmpty()) {
            failures.add("documented products gone: " + String.join(", ", gone));
        }
        for (String base : debugMissing) {
            failures.add(base + " is declared without its " + base + DocumentedProducts.DEBUG_SUFFIX + " variant");
        }
        Set<String> appeared = new TreeSet<>(declared);
        appeared.removeAll(DocumentedProducts.all());
        if (!appeared.isEmpty()) {
            failures.add("new products the spec does not document: " + String.join(", ", appeared)
                    + " (add them to the spec and the suite, or drop them from the branch)");
        }
        if (failures.isEmpty()) {
            facts.add("declares the " + DocumentedProducts.all().size() + " documented products (" + DocumentedProducts.BASE.size()
                    + " and their _debug variants), no others");
        }
        return failures;
    }

    /** Every binary target downloads with a checksum of 64 hex digits. */
    static List<String> checksums(SwiftManifest manifest, List<String> facts) {
        List<String> failures = new ArrayList<>();
        for (SwiftManifest.BinaryTarget target : manifest.binaryTargets()) {
            String where = "binary target " + target.name() + " (" + target.declaredAt() + ")";
            if (target.local()) {
                failures.add(where + " points at a local path: a release branch downloads its binaries by url with a checksum");
            } else if (target.checksum() == null) {
                failures.add(where + " has no checksum that can be read from the manifest");
            } else if (!CHECKSUM.matcher(target.checksum()).matches()) {
                failures.add(where + " has the checksum \"" + target.checksum() + "\": not 64 hex digits ("
                        + target.checksum().length() + " characters)");
            }
        }
        if (manifest.binaryTargets().isEmpty()) {
            failures.add("the manifest declares no binary target: the products have no prebuilt binaries");
        } else if (failures.isEmpty()) {
            facts.add(manifest.binaryTargets().size() + " binary targets, each with a 64-hex-digit checksum");
        }
        return failures;
    }

    /**
     * Ties the branch to a conformance run of the Linux build of the same version: the summary's ExecuTorch
     * version equals the branch's, it ran on Linux, and the conformance gate passes on it.
     */
    public static List<String> checkConformance(String branchName, Path summaryFile, Path gateDir, int minimum, List<String> facts) {
        List<String> failures = new ArrayList<>();
        SwiftPmBranch branch;
        try {
            branch = SwiftPmBranch.parse(branchName);
        } catch (IllegalArgumentException e) {
            return failures;
        }
        ConformanceSummary summary;
        try {
            summary = SummaryFiles.read(summaryFile);
        } catch (MalformedSummaryException e) {
            failures.add("no conformance run to tie the branch to: " + e.getMessage() + "; run ./mvnw -B -Pconformance verify -Dexecutorch.version="
                    + branch.version());
            return failures;
        }
        String tested = summary.build().baseVersion();
        if (!tested.equals(branch.version())) {
            failures.add("the conformance run tested ExecuTorch " + summary.build().executorchVersion() + " (" + summaryFile
                    + "), not the branch's " + branch.version() + ": run ./mvnw -B -Pconformance verify -Dexecutorch.version=" + branch.version());
        }
        if (!summary.platform().startsWith("linux-")) {
            failures.add("the conformance run ran on " + summary.platform() + ", not on Linux");
        }
        boolean sameBuild = failures.isEmpty();
        GateVerdict verdict = GateCommand.verdict(summaryFile, gateDir, minimum, null, null);
        if (verdict.passed() && !sameBuild) {
            return failures;
        }
        if (verdict.passed()) {
            facts.add("conformance run of ExecuTorch " + summary.build().executorchVersion() + " on " + summary.platform() + " ("
                    + summary.generatedAt() + ") passed the gate: " + summary.closingLine());
        } else {
            failures.add("the conformance run of ExecuTorch " + summary.build().executorchVersion() + " on " + summary.platform()
                    + " did not pass the gate: " + String.join("; ", verdict.failures().stream()
                            .map(f -> f.reason().label() + ": " + f.subject() + ": " + f.detail()).toList()));
        }
        if (branch.isNightly() && sameBuild) {
            facts.add("a nightly branch is tied to the conformance run of its version's Linux build (" + branch.version() + ")");
        }
        return failures;
    }
}
