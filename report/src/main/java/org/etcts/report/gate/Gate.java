package org.etcts.report.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.etcts.report.gate.GateFiles.Expectation;
import org.etcts.report.gate.GateFiles.MustPass;
import org.etcts.report.gate.GateVerdict.Finding;
import org.etcts.report.gate.GateVerdict.Reason;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.ScenarioResult;
import org.etcts.results.ResultClass;

/**
 * The release gate over a conformance summary. It fails when a must-pass scenario did not pass (or did
 * not run), when a scenario expected to fail passed, when fewer scenarios ran than the minimum (one per
 * must-pass entry, or a higher number given), when the summary is missing or malformed, and when its own files are unusable. Given the previous summary,
 * scenarios that passed then and do not now are listed first.
 */
public final class Gate {

    private final List<MustPass> mustPass;
    private final List<Expectation> expectations;
    private final List<String> configurationProblems;
    private final int minimum;

    /**
     * A gate.
     *
     * @param mustPass the platform's must-pass list
     * @param expectations the platform's expectations, in file order (first match wins)
     * @param configurationProblems what was wrong with the gate's files (each fails the gate)
     * @param minimum the fewest scenarios a run may execute, when higher than the must-pass list's number of
     *     entries; otherwise that number is the minimum (each entry names at least one scenario, so a run
     *     with fewer lost some)
     */
    public Gate(List<MustPass> mustPass, List<Expectation> expectations, List<String> configurationProblems, int minimum) {
        this.mustPass = List.copyOf(mustPass);
        this.expectations = List.copyOf(expectations);
        this.configurationProblems = List.copyOf(configurationProblems);
        this.minimum = Math.max(minimum, this.mustPass.size());
    }

    /** {@return the fewest scenarios a run may execute: the must-pass entries, or the higher number given} */
    public int minimum() {
        return minimum;
    }

    /** The verdict when the summary could not be read at all. */
    public static GateVerdict malformed(String problem) {
        return new GateVerdict("conformance gate: no usable summary", List.of(),
                List.of(new Finding(Reason.MALFORMED_SUMMARY, "summary", problem, false)), List.of());
    }

    /** The first expectation that covers an id on a build with these keys ({@code BuildIdentity#gateKeys()}). */
    public Optional<Expectation> expectationFor(String id, Map<String, String> buildKeys) {
        return expectationFor(id, applicable(buildKeys));
    }

    /** The expectations whose conditions hold for a build with these keys, in file order. */
    private List<Expectation> applicable(Map<String, String> buildKeys) {
        return expectations.stream().filter(e -> e.appliesTo(buildKeys)).toList();
    }

    private static Optional<Expectation> expectationFor(String id, List<Expectation> applicable) {
        return applicable.stream().filter(e -> e.pattern().matches(id)).findFirst();
    }

    /**
     * Gates a summary.
     *
     * @param summary this run's summary
     * @param previous the previous summary to compare with, or null
     */
    public GateVerdict evaluate(ConformanceSummary summary, ConformanceSummary previous) {
        Map<String, ScenarioResult> scenarios = summary.scenarios();
        // Lines keyed by a configuration this build does not have take no part in judging it.
        List<Expectation> applicable = applicable(summary.build().gateKeys());
        Set<String> regressed = new LinkedHashSet<>();
        List<Finding> regressions = new ArrayList<>();
        if (previous != null) {
            previous.scenarios().forEach((id, before) -> {
                ScenarioResult now = scenarios.get(id);
                if (before.result() == ResultClass.PASS && (now == null || now.result() != ResultClass.PASS)) {
                    regressed.add(id);
                    regressions.add(new Finding(Reason.REGRESSION, id,
                            "PASS -> " + (now == null ? "did not run" : now.result() + reasonOf(now)), true));
                }
            });
        }

        List<Finding> failures = new ArrayList<>();
        configurationProblems.forEach(p -> failures.add(new Finding(Reason.CONFIGURATION, "gate files", p, false)));
        // A shard ran part of the plan: what it ran is judged here, the must-pass scenarios of the other
        // shards and the count when the shards are merged (MergeCommand), where the whole plan is present.
        boolean partial = summary.partial();
        if (summary.executed() < minimum && !partial) {
            failures.add(new Finding(Reason.TOO_FEW_SCENARIOS, "run",
                    summary.executed() + " scenarios ran, the minimum is " + minimum
                            + (minimum == mustPass.size() ? " (one per must-pass entry)" : "")
                            + " (features lost, a tag filter, or a discovery problem)", false));
        }

        List<Finding> notes = new ArrayList<>();
        Set<String> mustPassIds = new LinkedHashSet<>();
        for (MustPass entry : mustPass) {
            List<String> matched = scenarios.keySet().stream().filter(entry.pattern()::matches).toList();
            if (matched.isEmpty() && partial) {
                continue;
            }
            if (matched.isEmpty()) {
                failures.add(new Finding(Reason.MUST_PASS_NOT_PASSED, entry.pattern().toString(),
                        "did not run (no scenario id matches must-pass line " + entry.line() + ")", false));
                continue;
            }
            for (String id : matched) {
                if (!mustPassIds.add(id)) {
                    continue;
                }
                ScenarioResult result = scenarios.get(id);
                Optional<Expectation> expectation = expectationFor(id, applicable);
                if (expectation.isPresent() && !expectation.get().toleratesPass()) {
                    Expectation e = expectation.get();
                    if (e.conditional()) {
                        // A must-pass scenario this build's configuration cannot pass (no verification, no
                        // logging, no delegate): the keyed line says what it ends in instead.
                        judgeKnownFailure(id, result, e, failures, notes, regressed.contains(id));
                    } else {
                        failures.add(new Finding(Reason.CONFIGURATION, id, "is on the must-pass list (line " + entry.line()
                                + ") and expected to fail with " + e.expectedText() + " (expectations line " + e.line() + "): it cannot be both", false));
                    }
                    continue;
                }
                if (result.result() == ResultClass.PASS) {
                    continue;
                }
                if (expectation.isPresent() && expectation.get().expected().contains(result.result())) {
                    Expectation e = expectation.get();
                    notes.add(new Finding(Reason.TOLERATED, id, result.result() + reasonOf(result) + ", tolerated by expectations line "
                            + e.line() + ": " + e.reason(), regressed.contains(id)));
                } else {
                    failures.add(new Finding(Reason.MUST_PASS_NOT_PASSED, id, result.result() + reasonOf(result)
                            + expectation.map(e -> "; expectations line " + e.line() + " tolerates only " + e.expectedText()).orElse(""),
                            regressed.contains(id)));
                }
            }
        }

        Set<Expectation> used = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>();
        scenarios.forEach((id, result) -> {
            Optional<Expectation> expectation = expectationFor(id, applicable);
            expectation.ifPresent(used::add);
            if (mustPassIds.contains(id)) {
                return;
            }
            if (expectation.isEmpty() && result.result() == ResultClass.PASS) {
                candidates.add(id);
            }
            if (expectation.isPresent()) {
                Expectation e = expectation.get();
                if (result.result() == ResultClass.PASS && !e.toleratesPass()) {
                    failures.add(new Finding(Reason.UNEXPECTED_PASS, id, "passed, but expectations line " + e.line() + " ('" + e.describe()
                            + "') expects " + e.expectedText() + " because: " + e.reason() + "; remove or narrow that line", false));
                } else if (result.result() != ResultClass.PASS && !e.expected().contains(result.result())) {
                    notes.add(new Finding(Reason.DIFFERENT_FAILURE, id, "ended " + result.result() + reasonOf(result)
                            + ", expectations line " + e.line() + " expects " + e.expectedText(), regressed.contains(id)));
                }
            } else if (result.result() != ResultClass.PASS) {
                notes.add(new Finding(Reason.UNLISTED_FAILURE, id, result.result() + reasonOf(result), regressed.contains(id)));
            }
        });
        for (Expectation e : applicable) {
            if (!used.contains(e) && !partial) {
                notes.add(new Finding(Reason.CONFIGURATION, "expectations line " + e.line(),
                        "'" + e.describe() + "' matches no scenario of this run (stale?)", false));
            }
        }

        if (!candidates.isEmpty()) {
            // New scenarios join the list once they pass on the platform; this says which ones could.
            notes.add(new Finding(Reason.NOT_MUST_PASS, "must-pass list", candidates.size() + " passing scenario(s) it does not name, e.g. "
                    + String.join(", ", candidates.subList(0, Math.min(5, candidates.size()))), false));
        }
        if (partial) {
            notes.add(new Finding(Reason.PARTIAL_RUN, "shard " + summary.shard(), "must-pass entries and expectations that match no scenario"
                    + " of this shard, and the scenario count, are judged when the shards are merged (the merge command)", false));
        }
        if (summary.unitTests() != null) {
            summary.unitTests().notPassed().forEach(test -> notes.add(new Finding(Reason.UNIT_TEST_FAILED, test.test(),
                    test.status() + reasonOf(test.message()), false)));
        }
        Comparator<Finding> regressionsFirst = Comparator.comparing(f -> !f.regression());
        failures.sort(regressionsFirst);
        notes.sort(regressionsFirst);
        String header = String.format("conformance gate, %s%s, ExecuTorch %s (%s): %d scenarios (%s); %d must-pass entries, %d expectations"
                        + " (%d apply to this build's configuration: %s)%s",
                summary.platform(), partial ? " shard " + summary.shard() : "", summary.build().label(), summary.build().layout(), summary.executed(), summary.closingLine(),
                mustPass.size(), expectations.size(), applicable.size(), configurationText(summary), previous == null ? "" : ", compared with the run of " + previous.generatedAt());
        return new GateVerdict(header, regressions, failures, notes);
    }

    /** Judges a must-pass scenario that a configuration-keyed line expects not to pass on this build. */
    private static void judgeKnownFailure(String id, ScenarioResult result, Expectation e, List<Finding> failures, List<Finding> notes,
            boolean regression) {
        if (result.result() == ResultClass.PASS) {
            failures.add(new Finding(Reason.UNEXPECTED_PASS, id, "passed, but expectations line " + e.line() + " ('" + e.describe()
                    + "') expects " + e.expectedText() + " on a build so configured because: " + e.reason()
                    + "; the build's configuration or that line is wrong", regression));
        } else if (e.expected().contains(result.result())) {
            notes.add(new Finding(Reason.TOLERATED, id, result.result() + reasonOf(result) + ", expected on this build's configuration by "
                    + "expectations line " + e.line() + " ('" + e.describe() + "'): " + e.reason(), regression));
        } else {
            failures.add(new Finding(Reason.MUST_PASS_NOT_PASSED, id, result.result() + reasonOf(result) + "; expectations line "
                    + e.line() + " ('" + e.describe() + "') expects only " + e.expectedText() + " on this build", regression));
        }
    }

    /** The build's configuration as the gate sees it, e.g. {@code logging=on, verification=off}. */
    private static String configurationText(ConformanceSummary summary) {
        Map<String, String> configuration = summary.build().configuration();
        if (configuration.isEmpty()) {
            return "none recorded";
        }
        return String.join(", ", configuration.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String reasonOf(ScenarioResult result) {
        return reasonOf(result.reason());
    }

    private static String reasonOf(String reason) {
        return reason == null || reason.isEmpty() ? "" : " (" + abbreviate(reason.strip().lines().findFirst().orElse("")) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
