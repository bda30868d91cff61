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
import org.etcts.steps.isolation.ChildJvm;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * How {@link UnitTestRun} keeps the results of a class whose worker dies or hangs in one of its tests. The
 * hang costs its budget of waiting (20 s, times the timeout scale on emulated platforms), so the test starts
 * beside the scenario run (steps/pom.xml).
 */
@Order(2)
class UnitTestRunTest {

    @Test
    void aTestThatKillsOrHangsItsWorkerCostsNoOtherTestItsResult() {
        // 20 s on a native JVM (a loaded 2-core machine needs that much for the passing items), more where
        // every JVM is emulated.
        Duration budget = Duration.ofSeconds(20).multipliedBy(ChildJvm.timeoutScale());
        UnitTestReport report = UnitTestRun.run("sample", List.of(TestClassWithACrashAndAHang.class.getName()),
                budget, new PrintStream(OutputStream.nullOutputStream()));

        Map<String, UnitTestResult> byMethod = report.tests().stream()
                .collect(Collectors.toMap(t -> t.test().split(" ")[0].replaceAll(".*\\.", ""), Function.identity()));
        assertThat(byMethod).containsOnlyKeys("passesBefore", "haltsItsJvm", "sleepsPastItsBudget", "passesAfter");
        assertThat(byMethod.get("passesBefore").status()).isEqualTo(UnitTestResult.Status.PASSED);
        assertThat(byMethod.get("passesAfter").status()).isEqualTo(UnitTestResult.Status.PASSED);
        assertThat(byMethod.get("haltsItsJvm").status()).isEqualTo(UnitTestResult.Status.CRASHED);
        assertThat(byMethod.get("haltsItsJvm").message()).contains("died running this item");
        assertThat(byMethod.get("sleepsPastItsBudget").status()).isEqualTo(UnitTestResult.Status.TIMED_OUT);
        assertThat(byMethod.get("sleepsPastItsBudget").message()).startsWith("timed out after " + budget.toSeconds() + " s");
        assertThat(report.countsLine()).isEqualTo("2 passed, 0 failed, 0 skipped, 1 crashed, 1 timed out");
    }
}
