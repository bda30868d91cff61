package org.etcts.report;

import java.nio.file.Path;
import java.time.Instant;
import org.etcts.executorch.Platform;
import org.etcts.report.allure.AllureCommandLine;
import org.etcts.report.summary.ConformanceSummary;

/**
 * The conformance profile's report step, run by Maven after the suite:
 * {@code ConformanceReportMain --results DIR --allure-home DIR --etcts-version V [--features DIR]} (the
 * features default to {@code features}, the working directory being the repository root). Prints what it wrote and
 * how long each part took; exits non-zero (naming the cause) when something is missing.
 */
public final class ConformanceReportMain {

    private ConformanceReportMain() {
    }

    /** Runs the report step. */
    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            Path results = options.path("--results");
            Path allureHome = options.path("--allure-home");
            String version = options.value("--etcts-version", "unknown");
            Path features = Path.of(options.value("--features", "features"));
            long start = System.nanoTime();
            ConformanceReport report = new ConformanceReport(results, System.out);
            ConformanceSummary summary = report.writeSummary(BuildIdentities.current(), features, Platform.current(), version, Instant.now());
            long summaryDone = System.nanoTime();
            System.out.printf("[etcts] wrote %s and %s (%d scenarios: %s)%n", results.resolve(ConformanceReport.SUMMARY),
                    results.resolve("conformance-matrix.svg"), summary.executed(), summary.closingLine());
            if (summary.unitTests() != null) {
                System.out.printf("[etcts] harness unit tests: %s%n", summary.unitTests().countsLine());
                summary.unitTests().notPassed().forEach(t -> System.out.printf("[etcts]   %-9s %s%n", t.status(), t.test()));
            }
            report.prepareAllureResults(summary);
            Path index = report.generateReport(new AllureCommandLine(allureHome));
            long end = System.nanoTime();
            System.out.printf("[etcts] wrote %s%n", index);
            System.out.printf("[etcts] report generation took %.1f s (summary and matrix %.2f s, Allure %.1f s)%n",
                    (end - start) / 1e9, (summaryDone - start) / 1e9, (end - summaryDone) / 1e9);
        } catch (Exception e) {
            System.err.println("[etcts] the conformance report could not be written: " + e.getMessage());
            System.exit(1);
        }
    }
}
