package org.etcts.steps.isolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.etcts.results.UnitTestResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Reports the test classes a worker runs to its {@link WorkerEvents} file: a class starts, each of its
 * tests is a step (so a crash names the test that was running), and the class ends with the results of
 * its tests as a JSON list of {@link UnitTestResult}.
 */
final class TestClassEvents implements TestExecutionListener {

    private final Path events;
    private final Map<String, String> itemOfClass;
    private final ObjectMapper json = new ObjectMapper();
    private final List<UnitTestResult> results = new ArrayList<>();

    /**
     * @param events the worker's events file
     * @param itemOfClass each class's item as the supervisor gave it (the events name the item)
     */
    TestClassEvents(Path events, Map<String, String> itemOfClass) {
        this.events = events;
        this.itemOfClass = itemOfClass;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (isClass(test)) {
            results.clear();
            WorkerEvents.started(events, item(test));
        } else if (test.isTest()) {
            WorkerEvents.step(events, testName(test));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            results.add(new UnitTestResult(testName(test), UnitTestResult.Status.SKIPPED, reason));
        } else if (isClass(test)) {
            WorkerEvents.started(events, item(test));
            results.clear();
            results.add(new UnitTestResult(className(test), UnitTestResult.Status.SKIPPED, reason));
            end(test);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            results.add(new UnitTestResult(testName(test), status(result), message(result)));
        } else if (isClass(test)) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                // A failure of the class itself (a @BeforeAll, a constructor) is a result of its own.
                results.add(new UnitTestResult(className(test), status(result), message(result)));
            }
            end(test);
        }
    }

    private void end(TestIdentifier test) {
        try {
            WorkerEvents.ended(events, item(test), json.writeValueAsString(results));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the results of " + className(test), e);
        }
        results.clear();
    }

    private String item(TestIdentifier test) {
        return itemOfClass.getOrDefault(className(test), className(test));
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent() && test.isContainer();
    }

    private static String className(TestIdentifier test) {
        return test.getSource().map(ClassSource.class::cast).map(ClassSource::getClassName).orElse(test.getDisplayName());
    }

    private static String testName(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName() + "." + m.getMethodName()).orElse("") + " " + test.getDisplayName();
    }

    private static UnitTestResult.Status status(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> UnitTestResult.Status.PASSED;
            case ABORTED -> UnitTestResult.Status.SKIPPED;
            case FAILED -> UnitTestResult.Status.FAILED;
        };
    }

    private static String message(TestExecutionResult result) {
        return result.getThrowable().map(failure -> {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            return text.length() > 4000 ? text.substring(0, 4000) + "\n..." : text;
        }).orElse("");
    }
}
