package org.etcts.steps.report;

import java.util.List;
import java.util.Map;

/**
 * What a run wrote to {@code scenario-tally.json}: the counts per result class and every scenario.
 *
 * @param totals number of scenarios per result class (every class present, zero included)
 * @param executed number of scenarios that ran
 * @param scenarios one entry per scenario, in the order they finished
 */
public record ScenarioTallyReport(Map<ResultClass, Integer> totals, int executed, List<ScenarioOutcome> scenarios) {

    /** The closing line a person (and CI) reads: {@code Scenarios: N passed, N failed, ...}. */
    public String closingLine() {
        return "Scenarios: " + ResultClass.countsLine(totals);
    }
}
