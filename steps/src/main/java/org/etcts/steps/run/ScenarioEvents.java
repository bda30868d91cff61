package org.etcts.steps.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepStarted;
import java.nio.file.Path;
import org.etcts.results.ResultClass;
import org.etcts.results.ScenarioOutcome;
import org.etcts.steps.isolation.WorkerEvents;

/**
 * Cucumber plugin of a scenario worker: reports each scenario's start, the step it is on, and its
 * classified outcome to the worker's {@link WorkerEvents} file, so that the supervisor knows what was running
 * if the worker dies. Outside a worker (no events file) it does nothing.
 */
public final class ScenarioEvents implements ConcurrentEventListener {

    private final Path events = WorkerEvents.fileOfThisWorker();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (events == null) {
            return;
        }
        publisher.registerHandlerFor(TestCaseStarted.class, event -> WorkerEvents.started(events, item(event.getTestCase())));
        publisher.registerHandlerFor(TestStepStarted.class, event -> {
            if (event.getTestStep() instanceof PickleStepTestStep step) {
                WorkerEvents.step(events, step.getStep().getKeyword() + step.getStep().getText() + " (line " + step.getStep().getLine() + ")");
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        String reason = result.getError() == null ? "" : String.valueOf(result.getError().getMessage());
        boolean outlineRow = testCase.getKeyword().startsWith("Scenario Outline") || testCase.getKeyword().startsWith("Scenario Template");
        ScenarioOutcome outcome = new ScenarioOutcome(ScenarioPlan.scenarioId(testCase.getTags(), testCase.getName(), outlineRow),
                testCase.getName(), testCase.getUri().toString(), testCase.getTags(), classify(result.getStatus(), reason), reason,
                result.getDuration().toMillis());
        try {
            WorkerEvents.ended(events, item(testCase), json.writeValueAsString(outcome));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the outcome of " + outcome.id(), e);
        }
    }

    private static String item(TestCase testCase) {
        return ScenarioPlan.item(testCase.getUri(), testCase.getLocation().getLine());
    }

    /**
     * Maps a Cucumber status and its message to the suite's result class.
     *
     * @param status the scenario's status
     * @param message the message of its error, or null
     * @return its result class
     */
    public static ResultClass classify(Status status, String message) {
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
}
