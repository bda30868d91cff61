package org.etcts.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code unit-tests.json} holds: the harness's unit tests as a conformance run ran them, which the suite
 * writes and the report reads.
 *
 * @param suite whose unit tests these are
 * @param totals tests per status, every status present
 * @param tests every test's result
 */
public record UnitTestReport(String suite, Map<UnitTestResult.Status, Integer> totals, List<UnitTestResult> tests) {

    /** The file name of the results in the results folder. */
    public static final String FILE = "unit-tests.json";

    /** {@code N passed, N failed, N skipped, N crashed, N timed out}. */
    public String countsLine() {
        return UnitTestResult.Status.countsLine(totals);
    }

    /** Writes this report to {@code <results>/unit-tests.json}. */
    public void write(Path results) throws IOException {
        Files.createDirectories(results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.resolve(FILE).toFile(), this);
    }

    /**
     * Reads a report back.
     *
     * @param file the file
     * @return the report
     * @throws IOException when the file cannot be read or does not parse
     */
    public static UnitTestReport read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), UnitTestReport.class);
    }
}
