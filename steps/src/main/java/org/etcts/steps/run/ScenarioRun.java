package org.etcts.steps.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.etcts.results.ResultClass;
import org.etcts.results.ScenarioOutcome;
import org.etcts.steps.isolation.WorkerJvm;
import org.etcts.steps.isolation.WorkerOutcome;
import org.etcts.steps.isolation.WorkerSupervisor;

/**
 * Runs a plan of scenarios in worker JVMs (Cucumber on the JUnit Platform) under a
 * {@link WorkerSupervisor}: a scenario whose worker dies is a {@code CRASH} with the signal, native frames
 * and output tail; one that runs past its budget is a {@code CRASH} that says it timed out; the run goes on
 * in a fresh worker, and every planned scenario gets an outcome and an Allure result.
 */
public final class ScenarioRun {

    /** The system property with a scenario's time budget in seconds. */
    public static final String BUDGET_PROPERTY = "etcts.scenario.timeout";
    /** The default budget: about a hundred times the slowest scenario of the default build. */
    public static final int DEFAULT_BUDGET_SECONDS = 120;

    private ScenarioRun() {
    }

    /**
     * Runs the scenarios.
     *
     * @param plan the scenarios, in order
     * @param budget how long one scenario may run
     * @param allureResults where lost scenarios' Allure results go
     * @param out where the workers' output goes
     * @return one outcome per planned scenario, in the plan's order
     */
    public static List<ScenarioOutcome> run(List<PlannedScenario> plan, Duration budget, Path allureResults, PrintStream out) {
        // A fresh worker starts a JVM, discovers the features and loads the runtime before its first scenario.
        Duration startBudget = budget.plusSeconds(60);
        WorkerSupervisor supervisor = new WorkerSupervisor(WorkerJvm.of("scenarios"), budget, startBudget, out::println);
        long started = System.currentTimeMillis();
        Map<String, WorkerOutcome> outcomes = supervisor.runAll(plan.stream().map(PlannedScenario::item).toList());
        ObjectMapper json = new ObjectMapper();
        List<ScenarioOutcome> results = new ArrayList<>();
        for (PlannedScenario scenario : plan) {
            WorkerOutcome outcome = outcomes.get(scenario.item());
            if (!outcome.lost()) {
                try {
                    results.add(json.readValue(outcome.payload(), ScenarioOutcome.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("the worker's outcome of " + scenario.id() + " does not parse", e);
                }
                continue;
            }
            String reason = ResultClass.CRASH_MARKER + outcome.cause();
            results.add(new ScenarioOutcome(scenario.id(), scenario.name(), scenario.uri(), scenario.tags(), ResultClass.CRASH, reason, 0));
            try {
                LostScenarioResult.write(allureResults, scenario, reason, started, System.currentTimeMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the Allure result of the lost scenario " + scenario.id(), e);
            }
        }
        return results;
    }

    /**
     * The budget of one scenario: {@value #BUDGET_PROPERTY} seconds, by default {@value #DEFAULT_BUDGET_SECONDS}.
     *
     * @return the budget
     * @throws IllegalArgumentException when the property is not a positive whole number of seconds
     */
    public static Duration budget() {
        String value = System.getProperty(BUDGET_PROPERTY, "").trim();
        if (value.isEmpty()) {
            return Duration.ofSeconds(DEFAULT_BUDGET_SECONDS);
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the fix.
        }
        throw new IllegalArgumentException("-D" + BUDGET_PROPERTY + "=" + value + " is not a positive whole number of seconds: "
                + "give the time one scenario may run before it is ended as timed out, e.g. -D" + BUDGET_PROPERTY + "=" + DEFAULT_BUDGET_SECONDS);
    }
}
