package org.etcts.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.report.summary.BuildIdentity;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.SummaryBuilder;
import org.etcts.report.summary.SummaryFiles;
import org.etcts.results.ResultClass;
import org.etcts.results.ScenarioOutcome;
import org.etcts.results.ScenarioTally;
import org.etcts.results.Shard;

/** Builds conformance summaries for tests, as a run would write them. */
public final class TestSummaries {

    /** The git revision of the official 1.5.1 wheel ({@code executorch/version.py}). */
    public static final String GIT_REVISION = "3b60683923245cf472b7323426920e15623ba361";

    /** Names of the areas the test summaries use, as the feature files would give them. */
    public static final java.util.Map<String, String> AREA_NAMES = java.util.Map.of("MOD", "Module lifecycle", "GLD", "Golden outputs");

    private final List<ScenarioOutcome> entries = new ArrayList<>();
    private final List<BuildIdentity.Component> components = new ArrayList<>(
            List.of(new BuildIdentity.Component("runtime", "/cache/executorch/lib/libexecutorch.so", "ab".repeat(32), List.of("executorch::runtime"))));
    private String version = "1.5.1+cpu";
    private String platform = "linux-x86_64";
    private final Map<String, String> configuration = new LinkedHashMap<>(Map.of("logging", "on", "verification", "on"));

    /** A run with no scenario yet. */
    public static TestSummaries run() {
        return new TestSummaries();
    }

    /** Adds linked components to the build, e.g. {@code backend_qnn}. */
    public TestSummaries linked(String... names) {
        for (String name : names) {
            components.add(new BuildIdentity.Component(name, "/cache/executorch/lib/lib" + name + ".so", "cd".repeat(32), List.of()));
        }
        return this;
    }

    /** Adds a scenario of area MOD on the kernels. */
    public TestSummaries scenario(String id, ResultClass result) {
        return scenario(id, result, List.of("@area:MOD", "@id:" + id));
    }

    /** Adds a scenario with tags. */
    public TestSummaries scenario(String id, ResultClass result, List<String> tags) {
        String reason = switch (result) {
            case PASS -> "";
            case NOT_SUPPORTED -> "NOT_SUPPORTED: the build ships no backend_coreml component";
            case CRASH -> "CRASH: the child JVM died running this case: SIGABRT";
            case QUALITY_WARNING -> "QUALITY_WARNING: within allclose but off the golden";
            case FAIL -> "[isLoaded()] \nExpecting value to be true but was false";
        };
        entries.add(new ScenarioOutcome(id, "scenario " + id, "classpath:features/x.feature", tags, result, reason, 10));
        return this;
    }

    /** The ExecuTorch version of the build. */
    public TestSummaries version(String value) {
        this.version = value;
        return this;
    }

    /** A configuration setting of the build, as the native build found it (e.g. verification=off). */
    public TestSummaries configuration(String key, String value) {
        configuration.put(key, value);
        return this;
    }

    /** The platform the run ran on. */
    public TestSummaries platform(String value) {
        this.platform = value;
        return this;
    }

    /** The summary. */
    public ConformanceSummary build() {
        BuildIdentity build = new BuildIdentity(version, GIT_REVISION, "PyPI wheel executorch==1.5.1", "wheel", configuration,
                List.copyOf(components),
                List.of("libexecutorch.so"), "Test JDK 17");
        return SummaryBuilder.build(entries, build, AREA_NAMES, platform, "0.1.0-test", Instant.parse("2026-11-26T10:00:00Z"));
    }

    /** The scenarios' outcomes, in the order they were added (as the tally lists them). */
    public List<ScenarioOutcome> outcomes() {
        return List.copyOf(entries);
    }

    /**
     * Writes a run's results folder as the conformance command leaves it, for the merge: the summary, the
     * tally and an (empty) Allure results folder.
     *
     * @param folder the folder
     * @param shard the part of the plan, {@code I/N}
     * @param planned how many scenarios the whole plan holds
     * @return the folder
     */
    public Path writeRunFolder(Path folder, String shard, int planned) throws IOException {
        java.nio.file.Files.createDirectories(folder.resolve(ConformanceReport.ALLURE_RESULTS));
        SummaryFiles.write(build().withShard(shard), folder.resolve(ConformanceReport.SUMMARY));
        ScenarioTally.write(ScenarioTally.report(entries, Shard.parse(shard), planned), folder.resolve(ScenarioTally.FILE));
        return folder;
    }

    /** Writes the summary to a file and returns it. */
    public Path writeTo(Path file) throws IOException {
        SummaryFiles.write(build(), file);
        return file;
    }
}
