package org.etcts.steps.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.etcts.results.ResultsFolder;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * The sample of the robustness corpus the conformance run judges: {@link Corpus#SAMPLE_COPIES} malformed
 * copies of each file, run on first use, written to {@code <results>/robustness-sample.md} and
 * {@code .json} with reproducers in {@code <results>/robustness/sample/}. A later JVM of the same run (a
 * scenario runner that restarts its JVM) reads the {@code .json} back instead of running the sample again;
 * the build deletes it when a run starts, so it never comes from an earlier run.
 */
final class RobustnessSample {

    /** What the sample may take on a 2-core machine; printed beside the time it took. */
    static final int BUDGET_SECONDS = 45;

    private static RobustnessReport report;

    private RobustnessSample() {
    }

    /** The sample's report, running the sample the first time. */
    static synchronized RobustnessReport report() {
        if (report == null) {
            report = run();
        }
        return report;
    }

    private static RobustnessReport run() {
        long seed = Corpus.seed();
        List<RobustnessCase> cases = Corpus.cases(Corpus.SAMPLE_COPIES);
        Path results = ResultsFolder.current();
        Path written = results.resolve("robustness-sample.json");
        if (Files.isRegularFile(written)) {
            try {
                RobustnessReport earlier = RobustnessReport.read(written);
                if (earlier.seed() == seed && earlier.copiesPerFile() == Corpus.SAMPLE_COPIES && earlier.results().size() == cases.size()) {
                    return earlier;
                }
            } catch (IOException e) {
                System.out.println("[etcts robustness] running the sample again: " + e.getMessage());
            }
        }
        Path reproducers = results.resolve("robustness").resolve("sample");
        long start = System.nanoTime();
        List<CaseResult> caseResults = new RobustnessRun(FixtureCatalog.fromSystemProperty(), seed).run(cases, reproducers);
        double seconds = (System.nanoTime() - start) / 1e9;
        RobustnessReport sample = new RobustnessReport("conformance sample", seed, Corpus.SAMPLE_COPIES, seconds, caseResults);
        try {
            sample.write(results, "robustness-sample", reproducers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the robustness sample's report under " + results, e);
        }
        System.out.printf("[etcts robustness] sample of %d cases: %s in %.1f s (budget %d s)%n", cases.size(),
                RobustnessReport.countsLine(sample.totals()), seconds, BUDGET_SECONDS);
        return sample;
    }
}
