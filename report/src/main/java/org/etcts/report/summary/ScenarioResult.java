package org.etcts.report.summary;

import org.etcts.results.ResultClass;

/**
 * A scenario id's entry in {@code conformance.json}.
 *
 * @param result its result class (the worst, when the id ran more than once)
 * @param durationMillis its duration (summed over its executions)
 * @param name the scenario's name
 * @param area its behaviour area ({@code @area:} tag)
 * @param backend the backend it exercises, or {@code kernels}
 * @param executions how many times it ran (1 unless two scenarios share the id)
 * @param reason why it did not pass (first line), empty on a pass
 */
public record ScenarioResult(ResultClass result, long durationMillis, String name, String area, String backend,
        int executions, String reason) {
}
