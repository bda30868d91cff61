package org.etcts.results;

import java.util.List;
import java.util.Map;

/**
 * What a run wrote to {@code scenario-tally.json}: the counts per result class and every scenario.
 *
 * @param totals number of scenarios per result class (every class present, zero included)
 * @param executed number of scenarios that ran
 * @param scenarios one entry per scenario, in the order they finished
 * @param shard the part of the plan this run ran, {@code I/N} ({@code 1/1}: the whole plan); null in a tally
 *     written before runs were sharded
 * @param planned how many scenarios the whole plan holds, over all shards (0 in a tally written before runs
 *     were sharded); the shards of a plan add up to it
 */
public record ScenarioTallyReport(Map<ResultClass, Integer> totals, int executed, List<ScenarioOutcome> scenarios, String shard,
        int planned) {

    /** The closing line a person (and CI) reads: {@code Scenarios: N passed, N failed, ...}. */
    public String closingLine() {
        return "Scenarios: " + ResultClass.countsLine(totals);
    }
}
