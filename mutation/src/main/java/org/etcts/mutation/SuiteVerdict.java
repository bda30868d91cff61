package org.etcts.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What one conformance run under a mutant said: the scenarios whose result got worse than on the
 * unmutated build (by id, with their new result), the scenarios whose result changed otherwise, the
 * run's totals and the gate's line.
 *
 * @param summaryWritten whether this run wrote {@code conformance.json}
 * @param executed the scenarios it executed
 * @param totals its counts by result
 * @param failed the scenarios that failed, crashed or timed out here but not on the unmutated build, with their result
 *     (not counting those whose result varies between runs of the unmutated build: see {@link #read})
 * @param changed the other scenarios whose result differs from the unmutated build's, with theirs
 * @param gate the gate's line ({@code GATE PASSED} or {@code GATE FAILED: ...}), or what stood in for it
 * @param seconds how long the run took
 */
public record SuiteVerdict(boolean summaryWritten, int executed, Map<String, Integer> totals, Map<String, String> failed,
        Map<String, String> changed, String gate, double seconds) {

    private static final List<String> FAILING = List.of("FAIL", "CRASH", "TIMEOUT");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether at least one named scenario failed because of the mutant. */
    public boolean killed() {
        return !failed.isEmpty();
    }

    /** Whether the gate said FAILED. */
    public boolean gateFailed() {
        return gate.contains("GATE FAILED");
    }

    /**
     * Reads a finished run.
     *
     * @param summary the run's {@code conformance.json}, or a file that does not exist when the run wrote none
     * @param baseline the unmutated run's results by scenario id (empty when this is that run)
     * @param varies which scenario ids the platform's expectations allow to pass or not from run to run on the
     *     unmutated build (robustness cases whose crash depends on the process): their failure under a mutant
     *     is a change, not a kill, since the mutant need not have caused it
     * @param run the Maven run
     * @return the verdict
     * @throws IOException when a file cannot be read
     */
    public static SuiteVerdict read(Path summary, Map<String, String> baseline, Predicate<String> varies, ChildRun run)
            throws IOException {
        String gate = run.lines().stream().filter(l -> l.contains("[etcts gate]")).reduce((a, b) -> b)
                .map(l -> l.substring(l.indexOf("[etcts gate]") + "[etcts gate]".length()).trim())
                .orElse(run.timedOut() ? "no gate line: the run was ended after " + Math.round(run.seconds()) + " s"
                        : "no gate line (Maven exit code " + run.exitCode() + ")");
        if (!Files.isRegularFile(summary)) {
            return new SuiteVerdict(false, 0, Map.of(), Map.of(), Map.of(), gate, run.seconds());
        }
        JsonNode root = JSON.readTree(summary.toFile());
        Map<String, Integer> totals = new TreeMap<>();
        root.path("totals").properties().forEach(e -> totals.put(e.getKey(), e.getValue().asInt()));
        Map<String, String> failed = new TreeMap<>();
        Map<String, String> changed = new TreeMap<>();
        root.path("scenarios").properties().forEach(e -> {
            String now = e.getValue().path("result").asText();
            String before = baseline.getOrDefault(e.getKey(), "");
            if (baseline.isEmpty() || now.equals(before)) {
                return;
            }
            if (FAILING.contains(now) && !FAILING.contains(before) && !varies.test(e.getKey())) {
                failed.put(e.getKey(), now);
            } else if (FAILING.contains(now) && !FAILING.contains(before)) {
                changed.put(e.getKey(), before + " -> " + now + " (varies between runs of the unmutated build: not a kill)");
            } else {
                changed.put(e.getKey(), before + " -> " + now);
            }
        });
        return new SuiteVerdict(true, root.path("executed").asInt(), totals, failed, changed, gate, run.seconds());
    }

    /**
     * The result of every scenario of a run, by id.
     *
     * @param summary the run's {@code conformance.json}
     * @return the results
     * @throws IOException when it cannot be read
     */
    public static Map<String, String> results(Path summary) throws IOException {
        Map<String, String> results = new TreeMap<>();
        JSON.readTree(summary.toFile()).path("scenarios").properties()
                .forEach(e -> results.put(e.getKey(), e.getValue().path("result").asText()));
        return results;
    }
}
