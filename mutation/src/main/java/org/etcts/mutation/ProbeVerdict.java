package org.etcts.mutation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a mutant is effective: its probe fingerprint against the unmutated build's. A probe that
 * crashed or hung is effective by itself; otherwise the observations that differ are the evidence.
 *
 * @param effective whether the mutated behaviour differs
 * @param evidence what differs: the ended probe, or each differing observation with both values
 */
public record ProbeVerdict(boolean effective, List<String> evidence) {

    private static final int SHOWN = 4;
    private static final int VALUE_CHARS = 160;

    /**
     * Compares a mutated probe run with the unmutated one.
     *
     * @param baseline the probe on the build as it is
     * @param mutated the probe under the mutant
     * @return the verdict
     * @throws IOException when an output cannot be read
     */
    public static ProbeVerdict of(ChildRun baseline, ChildRun mutated) throws IOException {
        List<String> evidence = new ArrayList<>();
        if (mutated.timedOut()) {
            evidence.add("the probe hung: ended after " + Math.round(mutated.seconds()) + " s");
        } else if (mutated.exitCode() != baseline.exitCode()) {
            evidence.add("the probe ended with exit code " + mutated.exitCode() + " (unmutated: " + baseline.exitCode() + ")"
                    + lastObservation(mutated));
        }
        Map<String, String> before = observations(baseline.lines());
        Map<String, String> after = observations(mutated.lines());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String now = after.get(entry.getKey());
            if (now != null && !now.equals(entry.getValue())) {
                differing.add(entry.getKey() + ": " + clip(entry.getValue()) + " -> " + clip(now));
            }
        }
        evidence.addAll(differing.subList(0, Math.min(SHOWN, differing.size())));
        if (differing.size() > SHOWN) {
            evidence.add("and " + (differing.size() - SHOWN) + " more observations");
        }
        return new ProbeVerdict(!evidence.isEmpty(), evidence);
    }

    private static String lastObservation(ChildRun run) throws IOException {
        // Observations only: a crashing JVM also prints its "# ..." report to the same output.
        List<String> lines = run.lines().stream().filter(l -> l.contains(": ") && !l.startsWith("#") && !l.startsWith("[")).toList();
        return lines.isEmpty() ? "" : " after \"" + clip(lines.get(lines.size() - 1)) + "\"";
    }

    private static Map<String, String> observations(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon > 0 && !line.startsWith("[") && !line.startsWith("#")) {
                map.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return map;
    }

    private static String clip(String value) {
        return value.length() <= VALUE_CHARS ? value : value.substring(0, VALUE_CHARS) + "...";
    }
}
