package org.etcts.report.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.etcts.report.ConformanceReport;
import org.etcts.report.Options;
import org.etcts.report.allure.AllureCommandLine;
import org.etcts.report.allure.AllureExecutor;
import org.etcts.report.allure.AllureHistory;
import org.etcts.report.gate.Gate;
import org.etcts.report.gate.GateCommand;
import org.etcts.report.gate.GateVerdict;
import org.etcts.report.summary.AreaNames;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.Matrix;
import org.etcts.report.summary.MatrixSvg;
import org.etcts.report.summary.SummaryBuilder;
import org.etcts.results.ResultClass;
import org.etcts.results.ScenarioOutcome;
import org.etcts.results.ScenarioTally;
import org.etcts.results.Shard;

/**
 * The merge command: the results folders of several conformance runs (shards of the plan, platforms) into
 * one {@code conformance.json}, one matrix picture and one Allure report, gated per platform.
 *
 * <pre>
 *   --runs DIR           a folder whose sub-folders (to three levels) are runs' results folders: each holds
 *                        conformance.json, scenario-tally.json and allure-results/ (a CI job's uploaded reports/)
 *   --out DIR            where the merged conformance.json, conformance-matrix.svg and allure-report/ go
 *   --gate-dir DIR       the must-pass lists and expectations (mustpass/); each platform is gated by its own
 *   --allure-home DIR    the unpacked Allure command line (the Maven profile unpacks it)
 *   --features DIR       the feature files, for the matrix's area names (default features)
 *   --minimum N          as the gate's --minimum, for every platform
 *   --etcts-version V    this suite's version
 * </pre>
 *
 * Each platform's shards must make up its whole plan (the count gate, {@link ShardCoverage}): a missing,
 * doubled or foreign shard is an error naming it, and nothing is written. The platform's summary is then
 * built from the shards' tallies by the same code as a single run's ({@link SummaryBuilder}), and gated
 * against {@code mustpass/<platform>.txt} and its expectations. Allure generates the report from every
 * run's own results folder (each result carries its platform, so the platforms' runs of a scenario stay
 * apart) and the merge's folder ({@code executor.json} naming the merged report, and the history of the
 * previous merged report). Exit code: 0 every platform passed its gate, 1 a gate failed or the runs do not
 * make up the plans, 2 wrong usage or unreadable input.
 */
public final class MergeCommand {

    /** The prefix of the merge's own lines. */
    public static final String PREFIX = "[etcts merge] ";

    /** The folder under {@code --out} that holds the merge's own Allure results (executor, history). */
    public static final String MERGE_RESULTS = "allure-results";

    private static final int SEARCH_DEPTH = 3;

    private MergeCommand() {
    }

    /** Runs the merge and returns its exit code. */
    public static int run(String[] args, PrintStream out) {
        Options options;
        Path runsDir;
        Path outDir;
        Path gateDir;
        int minimum;
        try {
            options = Options.parse(args);
            runsDir = options.path("--runs");
            outDir = options.path("--out");
            gateDir = options.path("--gate-dir");
            minimum = GateCommand.minimum(options);
        } catch (IllegalArgumentException e) {
            out.println(PREFIX + "usage error: " + e.getMessage());
            out.println(PREFIX + "usage: MergeCommand --runs DIR --out DIR --gate-dir DIR --allure-home DIR [--features DIR] [--minimum N]"
                    + " [--etcts-version V]");
            return 2;
        }
        long start = System.nanoTime();
        Map<String, List<RunFolder>> byPlatform;
        try {
            byPlatform = readRuns(runsDir, out);
        } catch (IllegalArgumentException | IOException e) {
            out.println(PREFIX + e.getMessage());
            return 2;
        }
        List<String> problems = new ArrayList<>();
        byPlatform.forEach((platform, runs) -> problems.addAll(ShardCoverage.problems(platform, runs)));
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println(PREFIX + "count gate: " + p));
            out.println(PREFIX + "MERGE FAILED: the runs do not make up every platform's plan; nothing was written");
            return 1;
        }
        try {
            MergedConformance merged = merge(byPlatform, runsDir, Path.of(options.value("--features", "features")),
                    options.value("--etcts-version", "unknown"), Instant.now());
            writeSummary(merged, outDir, out);
            generateReport(merged, byPlatform, outDir, new AllureCommandLine(options.path("--allure-home")), out);
            out.printf(PREFIX + "merging took %.1f s%n", (System.nanoTime() - start) / 1e9);
            return gate(merged, gateDir, minimum, out);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            out.println(PREFIX + "the merged report could not be written: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println(PREFIX + "interrupted");
            return 2;
        }
    }

    /** Finds and reads the run folders under {@code runsDir}, by platform (sorted), each platform's by shard. */
    static Map<String, List<RunFolder>> readRuns(Path runsDir, PrintStream out) throws IOException {
        if (!Files.isDirectory(runsDir)) {
            throw new IllegalArgumentException("--runs " + runsDir + " is not a folder: give the folder the runs' results were downloaded into");
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(runsDir, SEARCH_DEPTH)) {
            folders = walk.filter(p -> Files.isRegularFile(p.resolve(ScenarioTally.FILE))).sorted().toList();
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("no run under " + runsDir + ": a run's results folder holds " + ScenarioTally.FILE + ", "
                    + ConformanceReport.SUMMARY + " and " + ConformanceReport.ALLURE_RESULTS + "/ (what -Pconformance writes to reports/)");
        }
        Map<String, List<RunFolder>> byPlatform = new TreeMap<>();
        for (Path folder : folders) {
            RunFolder run = RunFolder.read(folder);
            out.printf(PREFIX + "run %s: %d scenarios (%s)%n", run.describe(), run.tally().executed(), run.summary().closingLine());
            byPlatform.computeIfAbsent(run.platform(), p -> new ArrayList<>()).add(run);
        }
        byPlatform.values().forEach(runs -> runs.sort(Comparator.comparingInt(r -> r.shard().index())));
        return byPlatform;
    }

    /**
     * Merges each platform's shards into its summary, and the platforms' matrices into one.
     *
     * @param byPlatform the runs, by platform, each platform's by shard (they make up its plan)
     * @param runsDir the folder they were found in, to name them relative to it
     * @param features the feature files, for the area names
     * @param etctsVersion this suite's version
     * @param now when the merge is written
     */
    static MergedConformance merge(Map<String, List<RunFolder>> byPlatform, Path runsDir, Path features, String etctsVersion, Instant now) {
        Map<String, String> areaNames = AreaNames.of(features);
        Map<String, ConformanceSummary> platforms = new LinkedHashMap<>();
        List<MergedConformance.Run> sources = new ArrayList<>();
        byPlatform.forEach((platform, runs) -> {
            List<ScenarioOutcome> outcomes = runs.stream().flatMap(r -> r.tally().scenarios().stream()).toList();
            ConformanceSummary first = runs.get(0).summary();
            ConformanceSummary summary = SummaryBuilder.build(outcomes, first.build(), areaNames, platform, etctsVersion, now)
                    .withUnitTests(first.unitTests())
                    .withGoldenPlatforms(first.goldenPlatforms())
                    .withShard(Shard.ALL.toString());
            platforms.put(platform, summary);
            runs.forEach(r -> sources.add(new MergedConformance.Run(platform, r.shard().toString(), runsDir.relativize(r.folder()).toString(),
                    r.tally().executed(), r.summary().closingLine())));
        });
        Matrix matrix = Matrix.combine(platforms.values().stream().map(ConformanceSummary::matrix).toList());
        return new MergedConformance(MergedConformance.SCHEMA, now.toString(), etctsVersion, sources, platforms, matrix);
    }

    private static void writeSummary(MergedConformance merged, Path outDir, PrintStream out) throws IOException {
        Path file = outDir.resolve(ConformanceReport.SUMMARY);
        merged.write(file);
        Files.writeString(outDir.resolve(AllureExecutor.MATRIX_FILE), MatrixSvg.render(merged.matrix(), title(merged), subtitle(merged)),
                StandardCharsets.UTF_8);
        out.printf(PREFIX + "wrote %s and %s: %s%n", file, outDir.resolve(AllureExecutor.MATRIX_FILE), subtitle(merged));
    }

    /** Generates one Allure report over every run's results and the merge's own folder. */
    private static void generateReport(MergedConformance merged, Map<String, List<RunFolder>> byPlatform, Path outDir, AllureCommandLine allure,
            PrintStream out) throws IOException, InterruptedException {
        Path own = outDir.resolve(MERGE_RESULTS);
        Path report = outDir.resolve(ConformanceReport.ALLURE_REPORT);
        Files.createDirectories(own);
        int history = AllureHistory.carryOver(report, own);
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("name", "etcts " + merged.etctsVersion() + " merge");
        executor.put("type", "merge");
        executor.put("buildOrder", AllureHistory.runsInHistory(own) + 1);
        executor.put("buildName", "Conformance matrix: " + title(merged));
        executor.put("buildUrl", AllureExecutor.MATRIX_FILE);
        executor.put("reportName", title(merged));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(own.resolve("executor.json").toFile(), executor);
        // The merge's own folder first: Allure names the report after the first executor it reads.
        List<Path> folders = new ArrayList<>(List.of(own));
        byPlatform.values().forEach(runs -> runs.forEach(r -> folders.add(r.allureResults())));
        allure.generate(folders, report);
        Files.copy(outDir.resolve(AllureExecutor.MATRIX_FILE), report.resolve(AllureExecutor.MATRIX_FILE), StandardCopyOption.REPLACE_EXISTING);
        out.printf(PREFIX + "wrote %s from %d results folders (%s)%n", report.resolve("index.html"), folders.size(),
                history == 0 ? "no previous merged report" : history + " history files of the previous merged report");
    }

    /** Gates every platform against its own must-pass list; prints each verdict and the overall one. */
    private static int gate(MergedConformance merged, Path gateDir, int minimum, PrintStream out) {
        Map<String, GateVerdict> verdicts = new LinkedHashMap<>();
        merged.platforms().forEach((platform, summary) -> {
            Gate gate = GateCommand.load(gateDir, platform, minimum, new ArrayList<>());
            GateVerdict verdict = gate.evaluate(summary, null);
            verdict.lines().forEach(line -> out.println(GateCommand.PREFIX.strip() + " " + platform + ": " + line));
            verdicts.put(platform, verdict);
        });
        verdicts.forEach((platform, verdict) -> out.println(PREFIX + platform + ": " + verdict.lines().get(verdict.lines().size() - 1)));
        List<String> failed = verdicts.entrySet().stream().filter(e -> !e.getValue().passed()).map(Map.Entry::getKey).toList();
        out.println(PREFIX + (failed.isEmpty() ? "GATE PASSED on every platform (" + String.join(", ", verdicts.keySet()) + ")"
                : "GATE FAILED on " + String.join(", ", failed)));
        return failed.isEmpty() ? 0 : 1;
    }

    private static String title(MergedConformance merged) {
        List<String> builds = merged.platforms().values().stream().map(s -> s.build().label()).distinct().toList();
        return "etcts conformance: ExecuTorch " + String.join(", ", builds) + " on " + String.join(", ", merged.platforms().keySet());
    }

    private static String subtitle(MergedConformance merged) {
        return merged.runs().size() + " runs merged · " + merged.platforms().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().executed() + " scenarios: " + ResultClass.countsLine(e.getValue().totals()))
                .collect(Collectors.joining(" · "));
    }
}
