package org.etcts.report.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.etcts.report.TestSummaries;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge of shards and platforms: the count gate, and merged verdicts equal to an unsharded run's. */
class MergeCommandTest {

    @TempDir
    Path dir;

    /** Scenario k of a five-scenario plan, with a result that tells them apart. */
    private static TestSummaries plan(int... ks) {
        TestSummaries run = TestSummaries.run();
        ResultClass[] results = {ResultClass.PASS, ResultClass.FAIL, ResultClass.PASS, ResultClass.NOT_SUPPORTED, ResultClass.CRASH};
        for (int k : ks) {
            run.scenario("MOD-0" + (k + 1), results[k]);
        }
        return run;
    }

    private Path runs() throws IOException {
        Path runs = dir.resolve("runs");
        plan(0, 2, 4).writeRunFolder(runs.resolve("x86-1"), "1/2", 5);
        plan(1, 3).writeRunFolder(runs.resolve("x86-2"), "2/2", 5);
        plan(0, 1, 2, 3, 4).platform("linux-aarch64").writeRunFolder(runs.resolve("arm/reports"), "1/1", 5);
        return runs;
    }

    @Test
    void shardsMergeIntoTheVerdictsOfTheUnshardedRun() throws IOException {
        Path runs = runs();
        Map<String, List<RunFolder>> byPlatform = MergeCommand.readRuns(runs, new PrintStream(new ByteArrayOutputStream()));
        assertThat(byPlatform).containsOnlyKeys("linux-aarch64", "linux-x86_64");
        assertThat(byPlatform.get("linux-x86_64")).extracting(r -> r.shard().toString()).containsExactly("1/2", "2/2");
        byPlatform.forEach((platform, folders) -> assertThat(ShardCoverage.problems(platform, folders)).isEmpty());

        MergedConformance merged = MergeCommand.merge(byPlatform, runs, dir.resolve("no-features"), "0.1.0-test", Instant.EPOCH);
        ConformanceSummary unsharded = plan(0, 1, 2, 3, 4).build();
        assertThat(VerdictComparison.differences(unsharded, merged.platforms().get("linux-x86_64"))).isEmpty();
        assertThat(merged.platforms().get("linux-x86_64").executed()).isEqualTo(5);
        assertThat(merged.matrix().platforms()).containsExactly("linux-aarch64", "linux-x86_64");
        assertThat(merged.runs()).extracting(MergedConformance.Run::folder).containsExactly("arm/reports", "x86-1", "x86-2");

        Path file = dir.resolve("out/conformance.json");
        merged.write(file);
        assertThat(MergedConformance.read(file).platforms().get("linux-aarch64").scenarios()).hasSize(5);
    }

    @Test
    void aDifferentVerdictIsNamed() {
        ConformanceSummary unsharded = plan(0, 1, 2, 3, 4).build();
        ConformanceSummary other = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.PASS)
                .scenario("MOD-03", ResultClass.PASS).scenario("MOD-04", ResultClass.NOT_SUPPORTED).build();
        assertThat(VerdictComparison.differences(unsharded, other)).anySatisfy(d -> assertThat(d).startsWith("MOD-02: FAIL x1 unsharded, PASS x1"))
                .anySatisfy(d -> assertThat(d).startsWith("MOD-05: missing from the merge (was CRASH)"))
                .anySatisfy(d -> assertThat(d).startsWith("totals:"));
    }

    @Test
    void aMissingShardIsNamedAndNothingIsWritten() throws IOException {
        Path runs = runs();
        Files.walk(runs.resolve("x86-2")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = MergeCommand.run(new String[] {"--runs", runs.toString(), "--out", dir.resolve("out").toString(), "--gate-dir",
                dir.resolve("mustpass").toString(), "--allure-home", dir.resolve("allure").toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(output).contains("linux-x86_64: shard 2/2 is missing", "-Detcts.shard=2/2", "MERGE FAILED");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shardsOfDifferentSplitsDoublesAndShortfallsAreRefused() throws IOException {
        Path runs = dir.resolve("runs");
        List<RunFolder> split = List.of(RunFolder.read(plan(0, 2, 4).writeRunFolder(runs.resolve("a"), "1/2", 5)),
                RunFolder.read(plan(1, 3).writeRunFolder(runs.resolve("b"), "2/3", 5)));
        assertThat(ShardCoverage.problems("linux-x86_64", split)).singleElement().asString().contains("split the plan in different ways");

        List<RunFolder> doubled = List.of(split.get(0), RunFolder.read(plan(0, 2, 4).writeRunFolder(runs.resolve("c"), "1/2", 5)));
        assertThat(ShardCoverage.problems("linux-x86_64", doubled)).anySatisfy(p -> assertThat(p).contains("shard 1/2 was given 2 times"))
                .anySatisfy(p -> assertThat(p).contains("shard 2/2 is missing"));

        List<RunFolder> short_ = List.of(split.get(0), RunFolder.read(plan(1).writeRunFolder(runs.resolve("d"), "2/2", 5)));
        assertThat(ShardCoverage.problems("linux-x86_64", short_)).singleElement().asString()
                .contains("ran 4 scenarios, the plan holds 5");
    }

    @Test
    void aRunFolderWithoutItsShardOrAllureResultsIsRefusedByName() throws IOException {
        Path folder = plan(0).writeRunFolder(dir.resolve("old"), "1/1", 1);
        // A tally from before shards were recorded: the same file without its "shard" field.
        Path tally = folder.resolve("scenario-tally.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode content = (ObjectNode) json.readTree(tally.toFile());
        assertThat(content.remove("shard")).isNotNull();
        json.writeValue(tally.toFile(), content);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RunFolder.read(folder)))
                .hasMessageContaining(folder.toString()).hasMessageContaining("does not say which shard");

        Path noAllure = plan(0).writeRunFolder(dir.resolve("bare"), "1/1", 1);
        Files.delete(noAllure.resolve("allure-results"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RunFolder.read(noAllure))).hasMessageContaining("has no allure-results/");
    }
}
