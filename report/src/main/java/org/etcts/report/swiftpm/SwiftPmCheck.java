package org.etcts.report.swiftpm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gates a swiftpm release branch: its manifest against the branch name and the branch's release line
 * ({@link ManifestChecks}), the products the suite cannot test on Linux named with the reason, the tie to a
 * conformance run of the same version where one can exist ({@link ConformanceTie}), and the binaries when
 * a folder of them is given ({@link ArtifactChecks}).
 */
public final class SwiftPmCheck {

    private SwiftPmCheck() {
    }

    /**
     * Where the gate looks beyond the manifest.
     *
     * @param summary the conformance summary ({@code reports/conformance.json})
     * @param gateDir the must-pass lists and expectations ({@code mustpass/})
     * @param minimum the fewest scenarios the conformance run may have executed
     * @param artifacts the folder of the branch's downloaded zips, or null when none is given
     */
    public record Inputs(Path summary, Path gateDir, int minimum, Path artifacts) {
    }

    /** Checks a branch's manifest (its text) and everything else the inputs make possible. */
    public static SwiftPmVerdict check(String branchName, String manifestText, ReleaseLines lines, Inputs inputs) {
        Findings findings = new Findings();
        SwiftPmBranch branch;
        try {
            branch = SwiftPmBranch.parse(branchName);
        } catch (IllegalArgumentException e) {
            findings.fail(e.getMessage());
            return new SwiftPmVerdict(branchName, null, findings);
        }
        ReleaseLines.ReleaseLine line = null;
        try {
            line = lines.lineOf(branch.version());
            findings.ok("branch " + branch.name() + ": " + branch.describe() + ", release line " + line.name() + " (from " + line.from() + ")");
        } catch (IllegalArgumentException e) {
            findings.fail(e.getMessage());
        }
        SwiftManifest manifest = SwiftManifestReader.read(manifestText);
        manifest.problems().forEach(findings::fail);
        ManifestChecks.toolsAndPlatforms(manifest, findings);
        ManifestChecks.version(branch, manifest, findings);
        if (line != null) {
            ManifestChecks.products(lines, line, manifest, findings);
            notTestableOnLinux(lines, line, lines.hasConformanceRun(branch.version()), findings);
        }
        ManifestChecks.duplicates(manifest, findings);
        ManifestChecks.targetsDeclared(manifest, findings);
        ManifestChecks.binaryTargets(manifest, lines.debugSuffix(), findings);
        ConformanceTie.check(branch, lines, inputs.summary(), inputs.gateDir(), inputs.minimum(), findings);
        if (inputs.artifacts() == null) {
            findings.notTested("binaries: no artifacts folder given (--artifacts DIR, -Dswiftpm.artifacts=DIR): the zips' checksums,"
                    + " slices, registration objects and API classes were not checked");
        } else {
            ArtifactChecks.check(manifest, inputs.artifacts(), lines.debugSuffix(), findings);
        }
        return new SwiftPmVerdict(branch.name(), line == null ? null : line.name(), findings);
    }

    /** Names the line's products the suite cannot test on Linux, grouped by reason. */
    private static void notTestableOnLinux(ReleaseLines lines, ReleaseLines.ReleaseLine line, boolean conformanceRun, Findings findings) {
        Map<String, StringBuilder> byReason = new TreeMap<>();
        for (String product : line.products()) {
            String reason = lines.notTestedOnLinux().get(product);
            if (reason != null) {
                StringBuilder names = byReason.computeIfAbsent(reason, r -> new StringBuilder());
                names.append(names.isEmpty() ? "" : ", ").append(product).append(", ").append(product).append(lines.debugSuffix());
            }
        }
        byReason.forEach((reason, names) -> findings.notTested(names + ": " + reason));
        List<String> tested = line.products().stream().filter(lines.linuxComponents()::containsKey)
                .map(p -> p + " (" + lines.linuxComponents().get(p) + ")").toList();
        if (conformanceRun && !tested.isEmpty()) {
            findings.ok("products a Linux conformance run speaks for: " + String.join(", ", tested));
        }
    }
}
