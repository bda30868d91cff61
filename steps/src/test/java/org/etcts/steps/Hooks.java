package org.etcts.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Scenario set-up and tear-down: capability probes before, native clean-up after. */
public final class Hooks {

    private final ScenarioState state;

    /** Picocontainer injects the scenario's state. */
    public Hooks(ScenarioState state) {
        this.state = state;
    }

    /**
     * Hands the scenario to its state (steps attach evidence through it), then ends a scenario whose
     * {@code @requires:} capabilities this build lacks NOT_SUPPORTED with the probe's reason.
     */
    @Before(order = 0)
    public void probeCapabilities(Scenario scenario) {
        state.scenario(scenario);
        Capabilities.requireAll(scenario.getSourceTagNames());
    }

    /** Closes every native object the scenario created. */
    @After
    public void closeNativeObjects() throws Exception {
        state.close();
    }
}
