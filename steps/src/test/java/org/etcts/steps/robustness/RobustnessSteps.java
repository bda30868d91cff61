package org.etcts.steps.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.etcts.executorch.Verification;
import org.etcts.results.ResultClass;
import org.etcts.steps.ScenarioState;

/**
 * Steps of {@code features/robustness.feature}: each scenario judges one row (damaged file ×
 * verification) of the conformance sample of malformed programs, which runs once for all of them.
 */
public final class RobustnessSteps {

    private static final int LISTED = 5;

    private final ScenarioState state;
    private List<CaseResult> row = List.of();

    /** Picocontainer injects the scenario's state. */
    public RobustnessSteps(ScenarioState state) {
        this.state = state;
    }

    @When("the sampled malformed copies of {string} are loaded and run with the verification {verification}")
    public void theSampledMalformedCopiesAreLoadedAndRun(String file, Verification verification) {
        RobustnessReport sample = RobustnessSample.report();
        row = sample.rows().get(RobustnessReport.rowKey(file, verification));
        assertThat(row).as("cases of %s under %s in the sample (the corpus damages %s)", file, verification.runtimeName(), Corpus.FILES)
                .isNotNull().isNotEmpty();
        StringBuilder table = new StringBuilder(String.format("sample of %d cases ran in %.1f s (budget %d s)%n%n",
                sample.results().size(), sample.seconds(), RobustnessSample.BUDGET_SECONDS));
        row.forEach(r -> table.append(r.robustnessCase().id()).append("  ").append(r.outcome()).append("  ")
                .append(r.family()).append(": ").append(r.description()).append("\n    ").append(r.summary()).append("\n"));
        state.attach(table.toString(), "text/plain", "malformed copies and outcomes");
    }

    @Then("each was refused with an error code or ran, and none crashed or hung")
    public void eachWasRefusedOrRanAndNoneCrashedOrHung() {
        Map<Outcome, Integer> counts = RobustnessReport.count(row);
        String line = row.size() + " malformed copies: " + RobustnessReport.countsLine(counts);
        List<CaseResult> crashes = row.stream().filter(r -> r.outcome() == Outcome.CRASH).toList();
        if (!crashes.isEmpty()) {
            throw new AssertionError(ResultClass.CRASH_MARKER + line + "; the runtime crashed on " + listed(crashes));
        }
        List<CaseResult> hangs = row.stream().filter(r -> r.outcome() == Outcome.HANG).toList();
        assertThat(hangs).as("%s; copies that hung past %d s", line, RobustnessRun.CASE_TIMEOUT.toSeconds()).isEmpty();
        List<CaseResult> withoutCode = row.stream().filter(CaseResult::refusedWithoutErrorCode).toList();
        assertThat(withoutCode).as("%s; refusals without a runtime error code", line).isEmpty();
    }

    private static String listed(List<CaseResult> results) {
        return results.stream().limit(LISTED)
                .map(r -> r.robustnessCase().id() + " (" + r.description() + "): " + RobustnessReport.signalLine(r)
                        + " [reproducer robustness/sample/" + r.robustnessCase().fileSafeId() + "]")
                .collect(Collectors.joining("; ")) + (results.size() > LISTED ? "; and " + (results.size() - LISTED) + " more" : "");
    }
}
