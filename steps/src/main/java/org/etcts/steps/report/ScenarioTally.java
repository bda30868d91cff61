package org.etcts.steps.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cucumber plugin that classifies every finished scenario into a {@link ResultClass}, prints the
 * totals when the run ends and writes them to {@code <etcts.results.dir>/scenario-tally.json}, which
 * {@link ScenarioCountGate} checks after the suite.
 */
public final class ScenarioTally implements ConcurrentEventListener {

    private final List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::onTestCaseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> onTestRunFinished());
    }

    private void onTestCaseFinished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        String reason = result.getError() == null ? "" : String.valueOf(result.getError().getMessage());
        outcomes.add(new ScenarioOutcome(
                scenarioId(testCase), testCase.getName(), testCase.getUri().toString(), testCase.getTags(),
                classify(result.getStatus(), reason), reason, result.getDuration().toMillis()));
    }

    /** Maps a Cucumber status and its message to the suite's result class. */
    static ResultClass classify(Status status, String message) {
        String text = message == null ? "" : message;
        return switch (status) {
            case PASSED -> ResultClass.PASS;
            // Only a probe that found a missing capability may skip; any other skip is a defect.
            case SKIPPED -> text.startsWith(ResultClass.NOT_SUPPORTED_MARKER) ? ResultClass.NOT_SUPPORTED
                    : text.startsWith(ResultClass.QUALITY_WARNING_MARKER) ? ResultClass.QUALITY_WARNING : ResultClass.FAIL;
            case FAILED -> text.startsWith(ResultClass.CRASH_MARKER) ? ResultClass.CRASH : ResultClass.FAIL;
            default -> ResultClass.FAIL;
        };
    }

    /**
     * The value of the scenario's {@code @id:} tag, or its name when it has none. Every row of a Scenario
     * Outline shares the outline's tag, so a row's id is the tag followed by {@code /} and its name.
     */
    static String scenarioId(TestCase testCase) {
        String id = testCase.getTags().stream()
                .filter(tag -> tag.startsWith("@id:"))
                .map(tag -> tag.substring("@id:".length()))
                .findFirst()
                .orElse(null);
        if (id == null) {
            return testCase.getName();
        }
        boolean outlineRow = testCase.getKeyword().startsWith("Scenario Outline") || testCase.getKeyword().startsWith("Scenario Template");
        return outlineRow ? id + "/" + testCase.getName() : id;
    }

    private void onTestRunFinished() {
        ScenarioTallyReport report = report(outcomes);
        System.out.println();
        System.out.println("[etcts] " + report.closingLine());
        outcomes.stream()
                .filter(o -> o.result() != ResultClass.PASS)
                .forEach(o -> System.out.printf("[etcts]   %-15s %-16s %s%n", o.result(), o.id(), firstLine(o.reason())));
        write(report);
    }

    /** Builds the report of a list of outcomes. */
    static ScenarioTallyReport report(List<ScenarioOutcome> outcomes) {
        Map<ResultClass, Integer> totals = new EnumMap<>(ResultClass.class);
        for (ResultClass resultClass : ResultClass.values()) {
            totals.put(resultClass, 0);
        }
        List<ScenarioOutcome> copy;
        synchronized (outcomes) {
            copy = List.copyOf(outcomes);
        }
        copy.forEach(o -> totals.merge(o.result(), 1, Integer::sum));
        return new ScenarioTallyReport(totals, copy.size(), copy);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void write(ScenarioTallyReport report) {
        Path file = tallyFile();
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the scenario tally " + file, e);
        }
    }

    /** Where the tally goes: {@code <etcts.results.dir>/scenario-tally.json}. */
    public static Path tallyFile() {
        return Path.of(System.getProperty("etcts.results.dir", "target/etcts-results"), "scenario-tally.json");
    }
}
