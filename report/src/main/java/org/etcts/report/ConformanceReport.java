package org.etcts.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.etcts.report.allure.AllureCategories;
import org.etcts.report.allure.AllureCommandLine;
import org.etcts.report.allure.AllureEnvironment;
import org.etcts.report.allure.AllureExecutor;
import org.etcts.report.allure.AllureHistory;
import org.etcts.report.allure.AllureUnitTestResults;
import org.etcts.report.summary.AreaNames;
import org.etcts.report.summary.BuildIdentity;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.CrossPlatformGoldens;
import org.etcts.report.summary.GoldenPlatformsTable;
import org.etcts.report.summary.MatrixSvg;
import org.etcts.report.summary.SummaryBuilder;
import org.etcts.report.summary.SummaryFiles;
import org.etcts.report.summary.UnitTests;
import org.etcts.results.ScenarioOutcome;
import org.etcts.results.ScenarioTally;
import org.etcts.results.ScenarioTallyReport;
import org.etcts.results.UnitTestReport;

/**
 * What a conformance run leaves in its results folder after the suite: {@code conformance.json}, the
 * matrix picture, and the Allure HTML report with its environment, categories, executor and history.
 *
 * <p>Layout of the results folder ({@code reports/} in a conformance run):
 * <pre>
 *   scenario-tally.json         written by the suite (input)
 *   unit-tests.json             the harness's unit tests, when the run ran them (input)
 *   allure-results/             written by the suite; environment, categories, executor, history added here
 *   conformance.json            the summary a gate reads
 *   conformance.previous.json   the summary of the run before, for -Detcts.gate.previous
 *   conformance-matrix.svg      platform x area x backend, also copied into allure-report/
 *   golden-platforms.md         the golden outputs of the other platforms against this one's, also copied
 *   allure-report/index.html    the HTML report
 * </pre>
 */
public final class ConformanceReport {

    /** File names in the results folder (the suite's own, the tally and the unit tests, are named by their model). */
    public static final String SUMMARY = "conformance.json";
    public static final String PREVIOUS_SUMMARY = "conformance.previous.json";
    public static final String ALLURE_RESULTS = "allure-results";
    public static final String ALLURE_REPORT = "allure-report";
    public static final String GOLDEN_PLATFORMS = "golden-platforms.md";

    private final Path results;
    private final PrintStream out;

    /** A report over the results folder {@code results}, printing its progress to {@code out}. */
    public ConformanceReport(Path results, PrintStream out) {
        this.results = results;
        this.out = out;
    }

    /**
     * Writes the summary and its picture, with the golden outputs of the platforms under
     * {@code fixturesDir/golden/} compared with this platform's; returns the summary.
     *
     * @param build the build under test
     * @param features the feature files, whose {@code @area:} tags and names the matrix's legend shows
     * @param platform the platform the run ran on
     * @param etctsVersion this suite's version
     * @param now when the summary is written
     * @param fixturesDir the fixture catalogue whose platforms' golden outputs are compared
     */
    public ConformanceSummary writeSummary(BuildIdentity build, Path features, String platform, String etctsVersion, Instant now,
            Path fixturesDir) throws IOException {
        ScenarioTallyReport tally = ScenarioTally.readReport(results.resolve(ScenarioTally.FILE));
        List<ScenarioOutcome> entries = tally.scenarios();
        Optional<CrossPlatformGoldens> goldens = CrossPlatformGoldens.compare(fixturesDir, platform);
        ConformanceSummary summary = SummaryBuilder.build(entries, build, AreaNames.of(features), platform, etctsVersion, now)
                .withUnitTests(UnitTests.readIfPresent(results.resolve(UnitTestReport.FILE)))
                .withGoldenPlatforms(goldens.orElse(null))
                .withShard(tally.shard());
        Path file = results.resolve(SUMMARY);
        if (Files.isRegularFile(file)) {
            Files.move(file, results.resolve(PREVIOUS_SUMMARY), StandardCopyOption.REPLACE_EXISTING);
        }
        SummaryFiles.write(summary, file);
        Files.writeString(results.resolve(AllureExecutor.MATRIX_FILE), MatrixSvg.render(summary), StandardCharsets.UTF_8);
        Files.deleteIfExists(results.resolve(GOLDEN_PLATFORMS));
        if (goldens.isPresent()) {
            Files.writeString(results.resolve(GOLDEN_PLATFORMS), GoldenPlatformsTable.render(goldens.get()), StandardCharsets.UTF_8);
        }
        return summary;
    }

    /**
     * Adds the environment, categories, executor and the previous report's history to the Allure results.
     *
     * @return the run's number in the history (1 for the first)
     */
    public int prepareAllureResults(ConformanceSummary summary) throws IOException {
        Path allureResults = results.resolve(ALLURE_RESULTS);
        if (!Files.isDirectory(allureResults)) {
            throw new IllegalStateException("No Allure results at " + allureResults + ": the suite's Allure listener did not write any.");
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(allureResults.resolve("environment.properties"), AllureEnvironment.properties(summary), StandardCharsets.ISO_8859_1);
        json.writeValue(allureResults.resolve("categories.json").toFile(), AllureCategories.all());
        if (summary.unitTests() != null) {
            AllureUnitTestResults.write(allureResults, summary.unitTests(), summary.platform());
        }
        int copied = AllureHistory.carryOver(results.resolve(ALLURE_REPORT), allureResults);
        int buildOrder = AllureHistory.runsInHistory(allureResults) + 1;
        json.writeValue(allureResults.resolve("executor.json").toFile(), AllureExecutor.of(summary, buildOrder));
        out.printf("[etcts] Allure results: environment, %d categories, executor (run #%d), %s%n", AllureCategories.all().size(), buildOrder,
                copied == 0 ? "no previous history (first report here)" : copied + " history files of the previous report");
        return buildOrder;
    }

    /** Generates the HTML report with Allure and puts the matrix picture next to its index.html. */
    public Path generateReport(AllureCommandLine allure) throws IOException, InterruptedException {
        Path report = results.resolve(ALLURE_REPORT);
        allure.generate(results.resolve(ALLURE_RESULTS), report);
        Files.copy(results.resolve(AllureExecutor.MATRIX_FILE), report.resolve(AllureExecutor.MATRIX_FILE), StandardCopyOption.REPLACE_EXISTING);
        if (Files.isRegularFile(results.resolve(GOLDEN_PLATFORMS))) {
            Files.copy(results.resolve(GOLDEN_PLATFORMS), report.resolve(GOLDEN_PLATFORMS), StandardCopyOption.REPLACE_EXISTING);
        }
        return report.resolve("index.html");
    }
}
