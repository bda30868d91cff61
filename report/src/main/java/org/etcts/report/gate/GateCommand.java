package org.etcts.report.gate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.report.Options;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.MalformedSummaryException;
import org.etcts.report.summary.SummaryFiles;

/**
 * The gate as a command: reads the summary, the platform's must-pass list and expectations, prints a
 * short explanation of every reason it fails and the verdict, and returns the exit code (0 passed,
 * 1 failed, 2 wrong usage).
 *
 * <pre>
 *   --summary FILE     the run's conformance.json
 *   --gate-dir DIR     where the must-pass lists and expectations live (mustpass/)
 *   --minimum N        the fewest scenarios a run may execute, when higher than the number of must-pass
 *                      entries (which is the minimum otherwise)
 *   --previous FILE    an earlier conformance.json: regressions are listed first (optional)
 *   --platform NAME    gate as this platform (default: the summary's)
 * </pre>
 */
public final class GateCommand {

    /** What {@code --minimum} is, for the message when it is not a positive integer. */
    public static final String MINIMUM_MEANING = "the fewest scenarios a run must execute; Maven: -Detcts.gate.minimum=N";

    /**
     * The {@code --minimum} option: empty or absent means no floor beyond the must-pass list's own count (0);
     * given, it must be a positive number, which raises that floor.
     *
     * @param options the command's options
     * @return the minimum
     * @throws IllegalArgumentException when it is given and not a positive integer
     */
    public static int minimum(Options options) {
        return options.value("--minimum", "").isBlank() ? 0 : options.positiveInt("--minimum", 0, MINIMUM_MEANING);
    }

    /** The prefix of every line the gate prints. */
    public static final String PREFIX = "[etcts gate] ";

    private GateCommand() {
    }

    /** Runs the gate and returns its exit code. */
    public static int run(String[] args, PrintStream out) {
        Options options;
        Path summaryFile;
        Path gateDir;
        int minimum;
        try {
            options = Options.parse(args);
            summaryFile = options.path("--summary");
            gateDir = options.path("--gate-dir");
            minimum = minimum(options);
        } catch (IllegalArgumentException e) {
            out.println(PREFIX + "usage error: " + e.getMessage());
            out.println(PREFIX + "usage: GateCommand --summary FILE --gate-dir DIR [--minimum N] [--previous FILE] [--platform NAME]");
            return 2;
        }
        GateVerdict verdict = verdict(summaryFile, gateDir, minimum, options.value("--previous", null), options.value("--platform", null));
        verdict.lines().forEach(line -> out.println(PREFIX + line));
        return verdict.exitCode();
    }

    /** Reads everything the gate needs and gates; never throws for a bad input, it becomes a reason. */
    public static GateVerdict verdict(Path summaryFile, Path gateDir, int minimum, String previousFile, String platformOverride) {
        ConformanceSummary summary;
        try {
            summary = SummaryFiles.read(summaryFile);
        } catch (MalformedSummaryException e) {
            return Gate.malformed(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        ConformanceSummary previous = null;
        if (previousFile != null) {
            try {
                previous = SummaryFiles.read(Path.of(previousFile));
            } catch (MalformedSummaryException e) {
                problems.add("the previous summary to compare with is unusable: " + e.getMessage());
            }
        }
        String platform = platformOverride == null ? summary.platform() : platformOverride;
        Gate gate = load(gateDir, platform, minimum, problems);
        return gate.evaluate(summary, previous);
    }

    /**
     * Loads the gate of a platform.
     *
     * @param problems problems found so far; those of the files are added, and each fails the gate
     */
    public static Gate load(Path gateDir, String platform, int minimum, List<String> problems) {
        List<GateFiles.MustPass> mustPass = List.of();
        List<GateFiles.Expectation> expectations = List.of();
        List<String> all = new ArrayList<>(problems);
        Path mustPassFile = GateFiles.mustPassFile(gateDir, platform);
        Path expectationsFile = GateFiles.expectationsFile(gateDir, platform);
        try {
            if (Files.exists(mustPassFile)) {
                GateFiles.Parsed<GateFiles.MustPass> parsed = GateFiles.readMustPass(mustPassFile);
                mustPass = parsed.entries();
                all.addAll(parsed.problems());
                if (mustPass.isEmpty()) {
                    all.add(mustPassFile + " lists no scenario: a gate without must-pass scenarios gates nothing");
                }
            } else {
                all.add("no must-pass list for " + platform + " at " + mustPassFile
                        + ": write one (the ids that must pass on this platform) before gating it");
            }
            if (Files.exists(expectationsFile)) {
                GateFiles.Parsed<GateFiles.Expectation> parsed = GateFiles.readExpectations(expectationsFile);
                expectations = parsed.entries();
                all.addAll(parsed.problems());
            }
        } catch (IOException e) {
            all.add(e.getMessage());
        }
        return new Gate(mustPass, expectations, all, minimum);
    }
}
