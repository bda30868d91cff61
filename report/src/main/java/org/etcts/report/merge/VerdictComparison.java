package org.etcts.report.merge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.etcts.report.Options;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.MalformedSummaryException;
import org.etcts.report.summary.ScenarioResult;
import org.etcts.report.summary.SummaryFiles;

/**
 * Checks a merge against unsharded runs, scenario by scenario: for each unsharded run's
 * {@code conformance.json}, the merged summary of its platform must hold the same scenario ids, each with the
 * same result class and number of executions, and the same totals.
 *
 * <pre>
 *   java org.etcts.report.merge.VerdictComparison --merged MERGED/conformance.json --unsharded A/conformance.json,B/conformance.json
 * </pre>
 * Prints one line per platform and one per difference; exit code 0 when every verdict is equal, 1 when one
 * differs, 2 on wrong usage or an unreadable file.
 */
public final class VerdictComparison {

    private static final String PREFIX = "[etcts compare] ";

    private VerdictComparison() {
    }

    /** Runs the comparison and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the comparison and returns its exit code. */
    public static int run(String[] args, PrintStream out) {
        MergedConformance merged;
        List<ConformanceSummary> unsharded = new ArrayList<>();
        try {
            Options options = Options.parse(args);
            merged = MergedConformance.read(options.path("--merged"));
            for (String file : options.required("--unsharded", "the unsharded runs' conformance.json, comma-separated").split(",")) {
                unsharded.add(SummaryFiles.read(Path.of(file.strip())));
            }
        } catch (IllegalArgumentException | IOException | MalformedSummaryException e) {
            out.println(PREFIX + e.getMessage());
            return 2;
        }
        int differing = 0;
        for (ConformanceSummary run : unsharded) {
            List<String> differences = differences(run, merged.platforms().get(run.platform()));
            out.printf(PREFIX + "%s: %d scenario ids in the unsharded run (%s), %d differ in the merge%n", run.platform(), run.scenarios().size(),
                    run.closingLine(), differences.size());
            differences.forEach(d -> out.println(PREFIX + "  " + d));
            differing += differences.size();
        }
        out.println(PREFIX + (differing == 0 ? "EQUAL: every scenario's verdict in the merge is the unsharded run's"
                : "DIFFERENT: " + differing + " differences"));
        return differing == 0 ? 0 : 1;
    }

    /**
     * The differences between an unsharded run and the merged summary of its platform.
     *
     * @param run the unsharded run
     * @param merged the merged summary of its platform, or null when the merge has no such platform
     * @return one line per difference
     */
    public static List<String> differences(ConformanceSummary run, ConformanceSummary merged) {
        List<String> differences = new ArrayList<>();
        if (merged == null) {
            differences.add("the merge has no platform " + run.platform());
            return differences;
        }
        TreeSet<String> ids = new TreeSet<>(run.scenarios().keySet());
        ids.addAll(merged.scenarios().keySet());
        for (String id : ids) {
            ScenarioResult before = run.scenarios().get(id);
            ScenarioResult after = merged.scenarios().get(id);
            if (before == null || after == null) {
                differences.add(id + ": " + (before == null ? "only in the merge (" + after.result() + ")" : "missing from the merge (was "
                        + before.result() + ")"));
            } else if (before.result() != after.result() || before.executions() != after.executions()) {
                differences.add(id + ": " + before.result() + " x" + before.executions() + " unsharded, " + after.result() + " x"
                        + after.executions() + " merged (" + after.reason() + ")");
            }
        }
        if (!Objects.equals(run.totals(), merged.totals())) {
            differences.add("totals: " + run.closingLine() + " unsharded, " + merged.closingLine() + " merged");
        }
        return differences;
    }
}
