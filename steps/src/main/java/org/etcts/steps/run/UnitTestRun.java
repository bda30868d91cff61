package org.etcts.steps.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.etcts.results.UnitTestReport;
import org.etcts.results.UnitTestResult;
import org.etcts.steps.isolation.TestClassItem;
import org.etcts.steps.isolation.WorkerJvm;
import org.etcts.steps.isolation.WorkerOutcome;
import org.etcts.steps.isolation.WorkerSupervisor;

/**
 * Runs the harness's unit tests inside a conformance run, class by class in worker JVMs, so that a build
 * that breaks the binding's own tests (or crashes or hangs in them) still gets its scenarios, its report
 * and its gate. The results go to {@code <results>/unit-tests.json} ({@link UnitTestReport}), which the report shows.
 */
public final class UnitTestRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitTestRun() {
    }

    /**
     * Runs the test classes of a class-path entry.
     *
     * @param suite the name the report gives them
     * @param classes the test classes, in order
     * @param budget how long one class may run
     * @param out where the workers' output goes
     * @return the report
     */
    public static UnitTestReport run(String suite, List<String> classes, Duration budget, PrintStream out) {
        WorkerSupervisor supervisor = new WorkerSupervisor(WorkerJvm.of("classes"), budget, budget.plusSeconds(60), out::println);
        Map<String, WorkerOutcome> outcomes = supervisor.runAll(classes);
        List<UnitTestResult> tests = new ArrayList<>();
        for (String testClass : classes) {
            tests.addAll(results(supervisor, TestClassItem.parse(testClass), outcomes.get(testClass)));
        }
        Map<UnitTestResult.Status, Integer> totals = new EnumMap<>(UnitTestResult.Status.class);
        for (UnitTestResult.Status status : UnitTestResult.Status.values()) {
            totals.put(status, 0);
        }
        tests.forEach(t -> totals.merge(t.status(), 1, Integer::sum));
        return new UnitTestReport(suite, totals, tests);
    }

    /**
     * The results of one class. When its worker died or was killed inside a test, that test gets the crash or
     * the time-out and the class runs again without it in a fresh worker, so that one test's crash costs no
     * other test its result; a class lost outside any test (its set-up) is one lost result.
     */
    private static List<UnitTestResult> results(WorkerSupervisor supervisor, TestClassItem item, WorkerOutcome outcome) {
        List<UnitTestResult> lostTests = new ArrayList<>();
        while (outcome.lost()) {
            UnitTestResult.Status status = outcome.ending() == WorkerOutcome.Ending.TIMED_OUT ? UnitTestResult.Status.TIMED_OUT
                    : UnitTestResult.Status.CRASHED;
            String method = TestClassItem.methodOfStep(outcome.lastStep());
            if (method.isEmpty() || item.excluded().contains(method)) {
                lostTests.add(new UnitTestResult(item.className(), status, outcome.cause()));
                return lostTests;
            }
            lostTests.add(new UnitTestResult(outcome.lastStep(), status, outcome.cause()));
            item = item.without(method);
            outcome = supervisor.runAll(List.of(item.toString())).get(item.toString());
        }
        List<UnitTestResult> results = new ArrayList<>(lostTests);
        try {
            results.addAll(JSON.readValue(outcome.payload(), new TypeReference<List<UnitTestResult>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("the worker's results of " + item + " do not parse", e);
        }
        return results;
    }

    /**
     * The test classes ({@code *Test}, top-level) of the class-path entry whose path matches, a folder of
     * classes or a jar.
     *
     * @param entryMarker text the entry's path contains, e.g. {@code harness}
     * @return the class names, sorted
     * @throws IllegalStateException when no class-path entry of test classes matches
     */
    public static List<String> testClasses(String entryMarker) throws IOException {
        for (String entry : WorkerJvm.classPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean tests = entry.endsWith("test-classes") || entry.endsWith("-tests.jar");
            if (!tests || !entry.contains(entryMarker)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.map(p -> path.relativize(p).toString().replace(File.separatorChar, '/')).forEach(names::add);
                }
            } else if (Files.isRegularFile(path)) {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    jar.stream().map(e -> e.getName()).forEach(names::add);
                }
            }
            return names.stream().filter(n -> n.endsWith("Test.class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        throw new IllegalStateException("No test classes of '" + entryMarker + "' on the class path: the steps module needs the "
                + "etcts-harness test-jar as a test dependency to run the harness's unit tests in a conformance run");
    }
}
