package org.etcts.steps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.etcts.results.ResultsFolder;
import org.etcts.results.UnitTestReport;
import org.etcts.results.UnitTestResult;
import org.etcts.steps.run.ScenarioRun;
import org.etcts.steps.run.UnitTestRun;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * The harness's unit tests as a conformance run runs them: in worker JVMs, after the harness module (which
 * skips them in that run), so that whatever they find about the build under test (a failure, a crash, a
 * hang) is recorded in {@code unit-tests.json} for the report instead of stopping the run before its
 * scenarios. Only the conformance profile includes this class; the plain test command runs the same tests
 * in the harness module, where a failure fails the build. One test class may run as long as one scenario
 * ({@code -Detcts.scenario.timeout}); the slowest takes a few seconds. They run beside the scenario run
 * (steps/pom.xml), in workers of their own.
 */
@Order(3)
class HarnessUnitTests {

    @TestFactory
    Stream<DynamicTest> harnessUnitTests() throws IOException {
        List<String> classes = UnitTestRun.testClasses("harness");
        UnitTestReport report = UnitTestRun.run("harness", classes, ScenarioRun.budget(), System.out);
        report.write(ResultsFolder.current());
        System.out.println("[etcts] Harness unit tests: " + report.countsLine());
        report.tests().stream().filter(t -> t.status() != UnitTestResult.Status.PASSED && t.status() != UnitTestResult.Status.SKIPPED)
                .forEach(t -> System.out.printf("[etcts]   %-9s %s%n", t.status(), t.test()));
        return report.tests().stream().map(test -> DynamicTest.dynamicTest(test.test(), () -> verdict(test)));
    }

    private static void verdict(UnitTestResult test) {
        switch (test.status()) {
            case PASSED -> { }
            case SKIPPED -> Assumptions.abort(test.message());
            default -> Assertions.fail(test.status() + ": " + test.message());
        }
    }
}
