package org.etcts.steps.robustness;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;

/**
 * The robustness command ({@code ./mvnw -B -Probustness verify}): runs the full corpus of malformed
 * programs and data files and writes {@code reports/robustness.md} and {@code .json}, with reproducers
 * under {@code reports/robustness/full/}. It reports; it does not fail on crashes (the conformance run's
 * sample and its gate judge the build).
 *
 * <p>System properties: {@code etcts.root} (the repository), {@code etcts.robustness.copies} (copies per
 * file, default {@value Corpus#FULL_COPIES}), {@code etcts.robustness.seed}; {@code etcts.robustness.case=<id>}
 * runs one case of the corpus and {@code etcts.robustness.replay=<folder>} one saved reproducer, and print
 * what happened.
 */
public final class RobustnessMain {

    private RobustnessMain() {
    }

    /**
     * Runs the corpus, one case, or one reproducer.
     *
     * @param args none
     * @throws Exception when the run cannot be done
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("etcts.root", ".")).toAbsolutePath().normalize();
        // The children make the malformed copies from the same catalogue (they inherit etcts.* properties).
        System.setProperty("etcts.fixtures.dir", System.getProperty("etcts.fixtures.dir", root.resolve("fixtures").toString()));
        String replay = System.getProperty("etcts.robustness.replay", "");
        String single = System.getProperty("etcts.robustness.case", "");
        if (!replay.isBlank() || !single.isBlank()) {
            String id = replay.isBlank() ? RobustnessCase.parse(single).id()
                    : Reproducers.REPLAY_PREFIX + root.resolve(replay).toAbsolutePath().normalize();
            CaseOutcome outcome = new ChildJvm(RobustnessRun.CASE_TIMEOUT.multipliedBy(3))
                    .withCaseTimeout(RobustnessRun.CASE_TIMEOUT).withDataLimit(RobustnessRun.DATA_LIMIT_BYTES)
                    .runAll(RobustnessTask.class, List.of(id)).get(id);
            System.out.println("[etcts robustness] " + id + ": " + outcome.status() + "\n" + outcome.message());
            return;
        }
        int copies = Integer.getInteger("etcts.robustness.copies", Corpus.FULL_COPIES);
        long seed = Corpus.seed();
        List<RobustnessCase> cases = Corpus.cases(copies);
        System.out.printf("[etcts robustness] %d cases (%d copies of %d files), seed %d%n", cases.size(), copies, Corpus.FILES.size(), seed);
        long start = System.nanoTime();
        Path reports = root.resolve("reports");
        Path reproducers = reports.resolve("robustness").resolve("full");
        List<CaseResult> results = new RobustnessRun(FixtureCatalog.fromSystemProperty(), seed).run(cases, reproducers);
        double seconds = (System.nanoTime() - start) / 1e9;
        RobustnessReport report = new RobustnessReport("full corpus", seed, copies, seconds, results);
        report.write(reports, "robustness", reproducers);
        Map<Outcome, Integer> totals = report.totals();
        System.out.printf("[etcts robustness] %s in %.1f s; reports/robustness.md, reproducers in reports/robustness/full/%n",
                RobustnessReport.countsLine(totals), seconds);
    }
}
