package org.etcts.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unit-tests.json} as the suite writes it and the report reads it back. */
class UnitTestReportTest {

    @Test
    void aReportReadsBackAsItWasWritten(@TempDir Path results) throws IOException {
        UnitTestReport written = new UnitTestReport("harness", Map.of(UnitTestResult.Status.PASSED, 1, UnitTestResult.Status.CRASHED, 1),
                List.of(new UnitTestResult("a.ATest.passes()", UnitTestResult.Status.PASSED, ""),
                        new UnitTestResult("a.ATest.dies()", UnitTestResult.Status.CRASHED, "the worker died running this item")));

        written.write(results);
        UnitTestReport read = UnitTestReport.read(results.resolve(UnitTestReport.FILE));

        assertThat(read).isEqualTo(written);
        assertThat(read.countsLine()).as("a status missing from the totals counts 0")
                .isEqualTo("1 passed, 0 failed, 0 skipped, 1 crashed, 0 timed out");
    }
}
