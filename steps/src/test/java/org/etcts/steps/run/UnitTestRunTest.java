package org.etcts.steps.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.etcts.results.UnitTestReport;
import org.etcts.results.UnitTestResult;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * How {@link UnitTestRun} keeps the results of a class whose worker dies or hangs in one of its tests. The
 * hang costs its 20 s budget of waiting, so the test starts beside the scenario run (steps/pom.xml).
 */
@Order(2)
class UnitTestRunTest {

    @Test
    void aTestThatKillsOrHangsItsWorkerCostsNoOtherTestItsResult() {
        UnitTestReport report = UnitTestRun.run("sample", List.of(TestClassWithACrashAndAHang.class.getName()),
                Duration.ofSeconds(20), new PrintStream(OutputStream.nullOutputStream()));

        Map<String, UnitTestResult> byMethod = report.tests().stream()
                .collect(Collectors.toMap(t -> t.test().split(" ")[0].replaceAll(".*\\.", ""), Function.identity()));
        assertThat(byMethod).containsOnlyKeys("passesBefore", "haltsItsJvm", "sleepsPastItsBudget", "passesAfter");
        assertThat(byMethod.get("passesBefore").status()).isEqualTo(UnitTestResult.Status.PASSED);
        assertThat(byMethod.get("passesAfter").status()).isEqualTo(UnitTestResult.Status.PASSED);
        assertThat(byMethod.get("haltsItsJvm").status()).isEqualTo(UnitTestResult.Status.CRASHED);
        assertThat(byMethod.get("haltsItsJvm").message()).contains("died running this item");
        assertThat(byMethod.get("sleepsPastItsBudget").status()).isEqualTo(UnitTestResult.Status.TIMED_OUT);
        assertThat(byMethod.get("sleepsPastItsBudget").message()).startsWith("timed out after 20 s");
        assertThat(report.countsLine()).isEqualTo("2 passed, 0 failed, 0 skipped, 1 crashed, 1 timed out");
    }
}
