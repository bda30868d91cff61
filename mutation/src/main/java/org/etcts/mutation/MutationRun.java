package org.etcts.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.etcts.executorch.Platform;
import org.etcts.report.gate.GateFiles;
import org.etcts.results.ResultClass;

/**
 * The mutation command ({@code ./mvnw -B -Pmutation verify}): proves the suite's power on the build under
 * test. For each runtime mutant it runs the probe (is the mutant effective?) and the conformance suite
 * with the mutant preloaded into the suite's processes (which scenarios fail? what does the gate say?),
 * and writes the kill matrix to {@code reports/mutation.md} and {@code .json}. Each run's
 * {@code conformance.json} and Maven log are kept under {@code reports/mutation/<id>/}, with the Allure
 * report for crash and hang mutants.
 *
 * <p>Arguments: {@code --root DIR} (the repository), {@code --libraries DIR} (the built mutants),
 * {@code --suite "<command>"} (the conformance command, run from the root), {@code --only id,id} (a
 * subset, run in that order after the crash and hang mutants; empty for all), {@code --probe-only true|false}, {@code --suite-minutes N} (the time limit of
 * one conformance run).
 */
public final class MutationRun {

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(120);

    private final Path root;
    private final Path reports;
    private final Path work;
    private final List<String> suiteCommand;
    private final Duration suiteLimit;
    private String probeClasspath;

    private MutationRun(Path root, List<String> suiteCommand, Duration suiteLimit) {
        this.root = root;
        this.reports = root.resolve("reports");
        this.work = reports.resolve("mutation");
        this.suiteCommand = suiteCommand;
        this.suiteLimit = suiteLimit;
    }

    /**
     * Runs the mutation command.
     *
     * @param args see the class comment
     * @throws Exception when a run cannot be started or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path root = Path.of(require(options, "--root")).toAbsolutePath().normalize();
        Path libraries = Path.of(require(options, "--libraries"));
        List<String> suite = Arrays.asList(require(options, "--suite").trim().split("\\s+"));
        List<String> only = Arrays.stream(options.getOrDefault("--only", "").split(",")).map(String::trim)
                .filter(s -> !s.isBlank()).toList();
        boolean probeOnly = Boolean.parseBoolean(options.getOrDefault("--probe-only", "false"));
        Duration suiteLimit = Duration.ofMinutes(Long.parseLong(options.getOrDefault("--suite-minutes", "30")));

        List<Mutant> mutants = Mutant.all(root.resolve("mutation/mutants"), libraries).stream()
                .filter(m -> only.isEmpty() || only.contains(m.id()))
                // Crash and hang mutants first: they prove the run survives what the others cannot show.
                // then in the order asked for.
                .sorted(java.util.Comparator.comparing((Mutant m) -> !m.isCrashOrHang())
                        .thenComparing(m -> only.indexOf(m.id())).thenComparing(Mutant::id)).toList();
        if (mutants.isEmpty()) {
            System.err.println("[etcts mutation] no mutant selected (--only " + options.get("--only") + ")");
            System.exit(1);
        }
        new MutationRun(root, suite, suiteLimit).run(mutants, probeOnly);
    }

    private void run(List<Mutant> mutants, boolean probeOnly) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(work);
        probeClasspath = stableClasspath();
        ChildRun unmutatedProbe = probe(null, work.resolve("unmutated/probe.txt"));
        if (unmutatedProbe.exitCode() != 0) {
            throw new IllegalStateException("the probe fails on the unmutated build (exit " + unmutatedProbe.exitCode() + "): see "
                    + unmutatedProbe.output());
        }
        SuiteVerdict unmutated = null;
        Map<String, String> baseline = Map.of();
        if (!probeOnly) {
            ChildRun run = suite(null, work.resolve("unmutated"));
            Path summary = keep(work.resolve("unmutated"), false);
            unmutated = SuiteVerdict.read(summary, Map.of(), id -> false, run);
            if (!unmutated.summaryWritten()) {
                throw new IllegalStateException("the conformance run on the unmutated build wrote no conformance.json: see " + run.output());
            }
            baseline = SuiteVerdict.results(summary);
            log("unmutated build: " + unmutated.executed() + " scenarios, " + unmutated.totals() + ", gate: " + unmutated.gate());
        }
        Predicate<String> varies = variesBetweenRuns();
        KillMatrix matrix = new KillMatrix(unmutated, String.join(" ", suiteCommand));
        for (Mutant mutant : mutants) {
            Path dir = work.resolve(mutant.id());
            ProbeVerdict probe = ProbeVerdict.of(unmutatedProbe, probe(mutant.library(), dir.resolve("probe.txt")));
            log(mutant.id() + ": " + (probe.effective() ? "effective: " + probe.evidence() : "NOT effective"));
            SuiteVerdict verdict = null;
            if (!probeOnly) {
                ChildRun run = suite(mutant.library(), dir);
                verdict = SuiteVerdict.read(keep(dir, mutant.isCrashOrHang()), baseline, varies, run);
                log(mutant.id() + ": failed " + verdict.failed().keySet() + "; gate: " + verdict.gate()
                        + String.format(" (%.0f s)", verdict.seconds()));
            }
            matrix.add(new KillMatrix.Row(mutant, probe, verdict));
            matrix.write(reports, (System.nanoTime() - start) / 1e9);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        matrix.write(reports, seconds);
        log(String.format("kill matrix: %s (%.0f s)", reports.resolve("mutation.md"), seconds));
    }

    /**
     * The scenarios the platform's expectations allow both to pass and to fail or crash on the unmutated
     * build (a tolerated NOT_SUPPORTED is not a varying result: a FAIL of such a scenario is a kill) (for example a robustness case whose crash depends on the process's memory layout).
     */
    private Predicate<String> variesBetweenRuns() throws IOException {
        Path file = GateFiles.expectationsFile(root.resolve("mustpass"), Platform.current());
        if (!Files.isRegularFile(file)) {
            return id -> false;
        }
        List<GateFiles.Expectation> varying = GateFiles.readExpectations(file).entries().stream()
                .filter(e -> e.toleratesPass() && (e.expected().contains(ResultClass.CRASH) || e.expected().contains(ResultClass.FAIL)))
                .toList();
        return key -> varying.stream().anyMatch(e -> e.pattern().matches(key) || e.pattern().matches(key.split("/", 2)[0]));
    }

    private ChildRun probe(Path library, Path output) throws IOException, InterruptedException {
        // Locking memory is refused (no RLIMIT_MEMLOCK, no CAP_IPC_LOCK), as in the suite's own child that
        // checks mmapUseMlock, so that a mutant that stops locking shows.
        List<String> command = List.of("bash", "-c", "if command -v prlimit >/dev/null && command -v setpriv >/dev/null; then "
                + "exec prlimit --memlock=0:0 setpriv --bounding-set=-ipc_lock --inh-caps=-ipc_lock -- \"$@\"; "
                + "else ulimit -l 0 && exec \"$@\"; fi", "probe",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", probeClasspath,
                MutantProbe.class.getName(), root.resolve("fixtures").toString());
        // From its own folder: a crashing JVM leaves its hs_err file where it runs.
        return ChildRun.run(command, output.getParent(), library, PROBE_LIMIT, output);
    }

    private ChildRun suite(Path library, Path dir) throws IOException, InterruptedException {
        Files.deleteIfExists(reports.resolve("conformance.json"));
        List<String> command = new ArrayList<>(suiteCommand);
        command.set(0, root.resolve(command.get(0)).toString());
        return ChildRun.run(command, root, library, suiteLimit, dir.resolve("maven.log"));
    }

    /**
     * This run's classpath with the repository's own jars copied aside: each conformance run rebuilds
     * and repackages the modules, and the probe must run the same code before and after.
     */
    private String stableClasspath() throws IOException {
        Path copies = work.resolve("classpath");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (!path.startsWith(root)) {
                entries.add(entry);
                continue;
            }
            Path copy = copies.resolve(entries.size() + "-" + path.getFileName());
            if (Files.isDirectory(path)) {
                copyTree(path, copy);
            } else {
                Files.createDirectories(copies);
                Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            entries.add(copy.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Keeps a run's summary (and for a crash or hang mutant its Allure report) under dir. */
    private Path keep(Path dir, boolean withReport) throws IOException {
        Path summary = reports.resolve("conformance.json");
        Path kept = dir.resolve("conformance.json");
        Files.deleteIfExists(kept);
        if (Files.isRegularFile(summary)) {
            Files.copy(summary, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        Path allure = reports.resolve("allure-report");
        if (withReport && Files.isDirectory(allure)) {
            copyTree(allure, dir.resolve("allure-report"));
        }
        return kept;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("MutationRun needs " + name);
        }
        return value;
    }

    private static void log(String message) {
        System.out.println("[etcts mutation] " + message);
        System.out.flush();
    }
}
