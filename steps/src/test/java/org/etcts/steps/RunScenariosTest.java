package org.etcts.steps;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.etcts.results.ScenarioOutcome;
import org.etcts.results.ScenarioTally;
import org.etcts.results.ScenarioTallyReport;
import org.etcts.results.Shard;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.run.PlannedScenario;
import org.etcts.steps.run.ScenarioPlan;
import org.etcts.steps.run.ScenarioRun;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every scenario of the Gherkin specification in {@code features/} (copied onto the
 * test classpath by the build; {@code cucumber.features} points elsewhere for "check my model"), run in
 * crash-tolerant worker JVMs ({@link ScenarioRun}). Each scenario then shows as a test of its feature here,
 * failing for FAIL and CRASH and skipped for NOT_SUPPORTED and QUALITY_WARNING, and the run's tally is
 * written for the count gate and the report. The longest test class of the module: it starts first, and the
 * others run beside it (steps/pom.xml).
 */
@Order(1)
class RunScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException, URISyntaxException {
        // A missing or malformed fixture manifest stops the run here, once, naming the file, the place and the fix.
        FixtureCatalog.fromSystemProperty();
        Shard shard = Shard.fromSystemProperty();
        List<PlannedScenario> whole = plan();
        List<PlannedScenario> plan = shard.select(whole);
        List<ScenarioOutcome> outcomes = ScenarioRun.run(plan, ScenarioRun.budget(), allureResults(), System.out);
        ScenarioTallyReport report = ScenarioTally.report(outcomes, shard, whole.size());
        ScenarioTally.print(report, System.out);
        ScenarioTally.write(report);

        Map<String, List<DynamicNode>> byFeature = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            ScenarioOutcome outcome = outcomes.get(i);
            byFeature.computeIfAbsent(plan.get(i).feature(), f -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(outcome.id(), () -> verdict(outcome)));
        }
        return byFeature.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    private static void verdict(ScenarioOutcome outcome) {
        switch (outcome.result()) {
            case PASS -> { }
            case NOT_SUPPORTED, QUALITY_WARNING -> Assumptions.abort(outcome.reason());
            case FAIL, CRASH -> Assertions.fail(outcome.result() + " " + outcome.id() + ": " + outcome.reason());
            default -> throw new IllegalStateException("unknown result " + outcome.result());
        }
    }

    private static List<PlannedScenario> plan() throws IOException, URISyntaxException {
        String userFeatures = System.getProperty("cucumber.features", "").trim();
        if (!userFeatures.isEmpty()) {
            return ScenarioPlan.of(Path.of(userFeatures), null);
        }
        URL features = RunScenariosTest.class.getClassLoader().getResource("features");
        if (features == null) {
            throw new IllegalStateException("No features/ on the test class path: the build copies the repository's features/ there");
        }
        return ScenarioPlan.of(Path.of(features.toURI()), "classpath:features/");
    }

    private static Path allureResults() {
        return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
    }
}
