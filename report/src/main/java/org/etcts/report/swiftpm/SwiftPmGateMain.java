package org.etcts.report.swiftpm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.etcts.report.Options;
import org.etcts.report.TextFiles;
import org.etcts.report.gate.GateCommand;

/**
 * The swiftpm release-branch gate as a command ({@code report/scripts/swiftpm-gate.sh}, or Maven's profile
 * {@code swiftpm-gate}):
 * <pre>
 *   --branch NAME      swiftpm-&lt;version&gt; or swiftpm-&lt;version&gt;.&lt;yyyymmdd&gt;
 *   --manifest FILE    the branch's Package.swift
 *   --batch DIR        instead of the two above: every DIR/&lt;branch&gt;.swift, one line per branch, then a count
 *   --artifacts DIR    the branch's downloaded zips (optional: without it the binaries are not tested)
 *   --summary FILE     conformance.json of the Linux build of the same version (default reports/conformance.json)
 *   --gate-dir DIR     the must-pass lists and expectations (default mustpass)
 *   --minimum N        the fewest scenarios the conformance run may have executed (default: the build's etcts.gate.minimum)
 * </pre>
 * Exit code 0 when every branch passed, 1 when one failed, 2 on wrong usage.
 */
public final class SwiftPmGateMain {

    /** The prefix of every line it prints for a single branch. */
    public static final String PREFIX = "[etcts swiftpm] ";

    private SwiftPmGateMain() {
    }

    /** Runs the gate and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the gate and returns its exit code. */
    public static int run(String[] args, PrintStream out) {
        SwiftPmCheck.Inputs inputs;
        Options options;
        try {
            options = Options.parse(args);
            if (options.has("--batch") == (options.has("--branch") || options.has("--manifest"))) {
                throw new IllegalArgumentException("give either --branch NAME --manifest FILE, or --batch DIR (a folder of <branch>.swift)");
            }
            inputs = new SwiftPmCheck.Inputs(Path.of(options.value("--summary", "reports/conformance.json")),
                    Path.of(options.value("--gate-dir", "mustpass")), GateCommand.minimum(options),
                    options.has("--artifacts") ? Path.of(options.value("--artifacts", null)) : null);
        } catch (IllegalArgumentException e) {
            out.println(PREFIX + "usage error: " + e.getMessage());
            return 2;
        }
        ReleaseLines lines = ReleaseLines.load();
        if (options.has("--batch")) {
            return batch(Path.of(options.value("--batch", null)), lines, inputs, out);
        }
        String branch;
        Path manifest;
        try {
            branch = options.required("--branch", "-Dswiftpm.branch=swiftpm-<version>");
            manifest = Path.of(options.required("--manifest", "-Dswiftpm.manifest=path/to/Package.swift"));
        } catch (IllegalArgumentException e) {
            out.println(PREFIX + "usage error: " + e.getMessage());
            return 2;
        }
        String text;
        try {
            text = TextFiles.readUtf8(manifest, "the swiftpm manifest (-Dswiftpm.manifest)");
        } catch (IOException e) {
            out.println(PREFIX + e.getMessage());
            out.println(PREFIX + "SWIFTPM GATE FAILED");
            return 1;
        }
        SwiftPmVerdict verdict = SwiftPmCheck.check(branch, text, lines, inputs);
        out.println(PREFIX + "branch " + branch + ", manifest " + manifest);
        verdict.findings().facts().forEach(f -> out.println(PREFIX + "  ok: " + f));
        verdict.findings().notTested().forEach(f -> out.println(PREFIX + "  not tested: " + f));
        verdict.failures().forEach(f -> out.println(PREFIX + "  FAIL: " + f));
        int notTested = verdict.findings().notTested().size();
        String untested = notTested == 0 ? "" : " (" + notTested + " parts not tested, listed above)";
        out.println(PREFIX + (verdict.passed() ? "SWIFTPM GATE PASSED" + untested
                : "SWIFTPM GATE FAILED (" + verdict.failures().size() + " reasons)" + untested));
        return verdict.passed() ? 0 : 1;
    }

    /** One line per {@code <branch>.swift} in the folder, in name order, then the count. */
    static int batch(Path folder, ReleaseLines lines, SwiftPmCheck.Inputs inputs, PrintStream out) {
        List<Path> manifests;
        try (Stream<Path> files = Files.list(folder)) {
            manifests = files.filter(f -> f.getFileName().toString().endsWith(".swift"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString().replaceFirst("\\.swift$", ""))).toList();
        } catch (IOException e) {
            out.println(PREFIX + "cannot list " + folder + ": " + e);
            return 2;
        }
        if (manifests.isEmpty()) {
            out.println(PREFIX + folder + " holds no <branch>.swift manifest");
            return 1;
        }
        int passed = 0;
        for (Path manifest : manifests) {
            String file = manifest.getFileName().toString();
            String branch = file.substring(0, file.length() - ".swift".length());
            SwiftPmVerdict verdict;
            try {
                verdict = SwiftPmCheck.check(branch, TextFiles.readUtf8(manifest, "the manifest of " + branch), lines, inputs);
            } catch (IOException e) {
                out.println(branch + " FAILED: cannot read " + manifest + ": " + e.getMessage());
                continue;
            }
            out.println(verdict.batchLine());
            passed += verdict.passed() ? 1 : 0;
        }
        out.println(manifests.size() + " branches: " + passed + " PASSED, " + (manifests.size() - passed) + " FAILED");
        return passed == manifests.size() ? 0 : 1;
    }
}
