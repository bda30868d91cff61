package org.etcts.report.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etcts.results.UnitTestReport;
import org.etcts.results.UnitTestResult;

/**
 * The harness's unit tests as a conformance run ran them ({@code unit-tests.json}): they test the binding,
 * so they never stop the run, but what they find about the build under test is part of its verdict.
 *
 * @param suite whose tests these are
 * @param totals tests per status, every status present
 * @param notPassed the tests that failed, crashed or timed out, with their messages
 */
public record UnitTests(String suite, Map<UnitTestResult.Status, Integer> totals, List<UnitTestResult> notPassed) {

    /** Copies the lists. */
    public UnitTests {
        totals = Map.copyOf(totals);
        notPassed = List.copyOf(notPassed);
    }

    /**
     * Reads {@code unit-tests.json}, if the run wrote one.
     *
     * @param file the file
     * @return its tests, or null when there is no file (the plain test command runs them in the harness module)
     * @throws IOException when the file cannot be read or does not parse
     */
    public static UnitTests readIfPresent(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        UnitTestReport report = UnitTestReport.read(file);
        List<UnitTestResult> notPassed = report.tests().stream().filter(UnitTests::failing).toList();
        return new UnitTests(report.suite(), report.totals(), notPassed);
    }

    /** True for a test that failed, crashed or timed out. */
    static boolean failing(UnitTestResult test) {
        return test.status() != UnitTestResult.Status.PASSED && test.status() != UnitTestResult.Status.SKIPPED;
    }

    /** {@code N passed, N failed, N skipped, N crashed, N timed out}. */
    public String countsLine() {
        return UnitTestResult.Status.countsLine(totals);
    }
}
