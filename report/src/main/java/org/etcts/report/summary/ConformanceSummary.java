package org.etcts.report.summary;

import java.util.Map;
import org.etcts.results.ResultClass;
import org.etcts.results.Shard;

/**
 * The machine-readable result of a conformance run: {@code reports/conformance.json}. A release gate
 * reads this file, never the Allure results.
 *
 * @param schema the format's name and version, {@value #SCHEMA}
 * @param generatedAt when the summary was written (ISO-8601, UTC)
 * @param etctsVersion the version of this suite
 * @param platform the platform the run ran on, e.g. {@code linux-x86_64}
 * @param build the identity of the build under test
 * @param executed how many scenarios ran (every outline row counts, as in Allure's totals)
 * @param totals scenarios per result class, every class present
 * @param scenarios per scenario id, its result and duration (sorted by id)
 * @param matrix platform by behaviour area by backend
 * @param unitTests the harness's unit tests of this run, or null when the run did not run them (the plain test
 *     command runs them in the harness module, where a failure fails the build)
 * @param goldenPlatforms how the golden outputs of the other platforms compare with this platform's, output
 *     by output; null when fewer than two platforms have golden outputs
 * @param shard the part of the plan the run ran, {@code I/N} ({@code -Detcts.shard}); {@code 1/1} (or null, in a
 *     summary written before runs were sharded) for the whole plan
 */
public record ConformanceSummary(String schema, String generatedAt, String etctsVersion, String platform,
        BuildIdentity build, int executed, Map<ResultClass, Integer> totals, Map<String, ScenarioResult> scenarios,
        Matrix matrix, UnitTests unitTests, CrossPlatformGoldens goldenPlatforms, String shard) {

    /** The value of {@link #schema()} this code writes and reads. */
    public static final String SCHEMA = "etcts-conformance/1";

    /** This summary with the run's unit tests. */
    public ConformanceSummary withUnitTests(UnitTests tests) {
        return new ConformanceSummary(schema, generatedAt, etctsVersion, platform, build, executed, totals, scenarios, matrix, tests,
                goldenPlatforms, shard);
    }

    /** This summary with the cross-platform golden comparison. */
    public ConformanceSummary withGoldenPlatforms(CrossPlatformGoldens comparison) {
        return new ConformanceSummary(schema, generatedAt, etctsVersion, platform, build, executed, totals, scenarios, matrix, unitTests,
                comparison, shard);
    }

    /** This summary as the run of shard {@code I/N} of the plan. */
    public ConformanceSummary withShard(String part) {
        return new ConformanceSummary(schema, generatedAt, etctsVersion, platform, build, executed, totals, scenarios, matrix, unitTests,
                goldenPlatforms, part);
    }

    /** Whether the run ran only a part of the plan (a shard {@code I/N} with N above 1): the merge judges the whole. */
    public boolean partial() {
        return shard != null && !Shard.parse(shard).whole();
    }

    /** How many unit tests failed, crashed or timed out (0 when none ran). */
    public int failingUnitTests() {
        return unitTests == null ? 0 : unitTests.notPassed().size();
    }

    /** The line a person reads: {@code N passed, N failed, ...}. */
    public String closingLine() {
        return ResultClass.countsLine(totals);
    }
}
