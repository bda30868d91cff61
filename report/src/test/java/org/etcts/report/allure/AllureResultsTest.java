package org.etcts.report.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.etcts.report.ConformanceReport;
import org.etcts.report.TestSummaries;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureResultsTest {

    @TempDir
    Path results;

    @Test
    void theEnvironmentNamesTheBuildItsComponentsAndTheirChecksums() throws IOException {
        ConformanceSummary summary = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).build();
        Path file = results.resolve("environment.properties");
        Files.writeString(file, AllureEnvironment.properties(summary), StandardCharsets.ISO_8859_1);

        Properties read = new Properties();
        try (FileReader reader = new FileReader(file.toFile(), StandardCharsets.ISO_8859_1)) {
            read.load(reader);
        }
        assertThat(read).containsEntry("ExecuTorch.version", "1.5.1+cpu")
                .containsEntry("ExecuTorch.source", "PyPI wheel executorch==1.5.1")
                .containsEntry("ExecuTorch.layout", "wheel")
                .containsEntry("Platform", "linux-x86_64")
                .containsEntry("ExecuTorch.gitRevision", TestSummaries.GIT_REVISION)
                .containsEntry("Build.verification", "on")
                .containsEntry("Component.runtime", "/cache/executorch/lib/libexecutorch.so sha256:" + "ab".repeat(32)
                        + " targets:executorch::runtime")
                .containsEntry("JDK", "Test JDK 17")
                .containsEntry("etcts.version", "0.1.0-test");
    }

    @Test
    void theResultsGetEnvironmentCategoriesExecutorAndThePreviousReportsHistory() throws IOException {
        Files.createDirectories(results.resolve("allure-results"));
        Path history = Files.createDirectories(results.resolve("allure-report").resolve("history"));
        Files.writeString(history.resolve("history-trend.json"), "[{\"buildOrder\":2},{\"buildOrder\":1}]");
        Files.writeString(history.resolve("history.json"), "{}");
        Files.writeString(results.resolve("scenario-tally.json"), "{\"scenarios\":[{\"id\":\"MOD-01\",\"name\":\"n\",\"uri\":\"u\","
                + "\"tags\":[\"@area:MOD\"],\"result\":\"PASS\",\"reason\":\"\",\"durationMillis\":1}]}");
        ConformanceReport report = new ConformanceReport(results, new PrintStream(OutputStream.nullOutputStream()));
        Path features = Files.createDirectories(results.resolve("features"));
        Files.writeString(features.resolve("module.feature"), "@area:MOD\nFeature: Module lifecycle\n");
        ConformanceSummary summary = report.writeSummary(TestSummaries.run().build().build(), features, "linux-x86_64", "0.1.0-test",
                Instant.parse("2026-11-26T10:00:00Z"), results.resolve("no-fixtures"));

        int run = report.prepareAllureResults(summary);

        Path allure = results.resolve("allure-results");
        assertThat(run).isEqualTo(3);
        assertThat(allure.resolve("history").resolve("history-trend.json")).hasContent("[{\"buildOrder\":2},{\"buildOrder\":1}]");
        assertThat(allure.resolve("history").resolve("history.json")).exists();
        assertThat(allure.resolve("environment.properties")).exists();
        JsonNode categories = new ObjectMapper().readTree(allure.resolve("categories.json").toFile());
        assertThat(categories).hasSize(AllureCategories.all().size());
        assertThat(categories.get(0).get("name").asText()).isEqualTo("Timeout");
        assertThat(categories.get(1).get("name").asText()).isEqualTo("Crash");
        JsonNode executor = new ObjectMapper().readTree(allure.resolve("executor.json").toFile());
        assertThat(executor.get("buildOrder").asInt()).isEqualTo(3);
        assertThat(executor.get("buildUrl").asText()).isEqualTo("conformance-matrix.svg");
        assertThat(results.resolve("conformance.json")).exists();
        assertThat(results.resolve("conformance-matrix.svg")).content().contains("MOD: Module lifecycle");
        assertThat(summary.matrix().areaName("MOD")).isEqualTo("Module lifecycle");

        report.writeSummary(TestSummaries.run().build().build(), features, "linux-x86_64", "0.1.0-test", Instant.now(),
                results.resolve("no-fixtures"));
        assertThat(results.resolve("conformance.previous.json")).as("the run before is kept for the gate's comparison").exists();
    }
}
