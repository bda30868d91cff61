package org.etcts.report.swiftpm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.report.Options;
import org.etcts.report.TextFiles;
import org.etcts.report.gate.GateCommand;

/**
 * The swiftpm release-branch gate as a command (Maven: profile {@code swiftpm-gate}):
 * <pre>
 *   --branch NAME      swiftpm-&lt;version&gt; or swiftpm-&lt;version&gt;.&lt;yyyymmdd&gt;
 *   --manifest FILE    the branch's Package.swift
 *   --summary FILE     conformance.json of the Linux build of the same version
 *   --gate-dir DIR     the must-pass lists and expectations (mustpass/)
 *   --minimum N        the fewest scenarios the conformance run may have executed
 * </pre>
 * Prints every reason the branch may not ship and the verdict; exit code 0 passed, 1 failed, 2 wrong usage.
 */
public final class SwiftPmGateMain {

    /** The prefix of every line it prints. */
    public static final String PREFIX = "[etcts swiftpm] ";

    private SwiftPmGateMain() {
    }

    /** Runs the check and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the check and returns its exit code. */
    public static int run(String[] args, PrintStream out) {
        String branch;
        Path manifestFile;
        Path summary;
        Path gateDir;
        int minimum;
        try {
            Options options = Options.parse(args);
            branch = options.required("--branch", "-Dswiftpm.branch=swiftpm-<version>");
            manifestFile = Path.of(options.required("--manifest", "-Dswiftpm.manifest=path/to/Package.swift"));
            summary = Path.of(options.required("--summary", "-Dswiftpm.summary=reports/conformance.json"));
            gateDir = Path.of(options.required("--gate-dir", ""));
            minimum = options.positiveInt("--minimum", 1, GateCommand.MINIMUM_MEANING);
        } catch (IllegalArgumentException e) {
            out.println(PREFIX + "usage error: " + e.getMessage());
            return 2;
        }
        String source;
        try {
            source = TextFiles.readUtf8(manifestFile, "the swiftpm manifest (-Dswiftpm.manifest)");
        } catch (IOException e) {
            out.println(PREFIX + e.getMessage());
            out.println(PREFIX + "SWIFTPM GATE FAILED");
            return 1;
        }
        List<String> facts = new ArrayList<>();
        List<String> failures = new ArrayList<>(SwiftPmCheck.checkManifest(branch, SwiftManifestReader.read(source), facts));
        failures.addAll(SwiftPmCheck.checkConformance(branch, summary, gateDir, minimum, facts));
        out.println(PREFIX + "branch " + branch + ", manifest " + manifestFile);
        facts.forEach(f -> out.println(PREFIX + "  ok: " + f));
        failures.forEach(f -> out.println(PREFIX + "  FAIL: " + f));
        out.println(PREFIX + (failures.isEmpty() ? "SWIFTPM GATE PASSED" : "SWIFTPM GATE FAILED (" + failures.size() + " reasons)"));
        return failures.isEmpty() ? 0 : 1;
    }
}
