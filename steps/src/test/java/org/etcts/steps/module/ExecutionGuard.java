package org.etcts.steps.module;

import com.fasterxml.jackson.databind.JsonNode;
import org.etcts.steps.ScenarioState;

/**
 * Keeps the suite's own JVM alive: a method whose outputs are not memory-planned writes them through
 * whatever pointer the output holds, so executing it before a caller's buffer is bound with setOutput
 * crashes the process (fixture {@code dynamic_cat_unplanned_io}). Every execution step asks here
 * first; the fixture manifest says which outputs are planned, so no runtime call is needed.
 */
public final class ExecutionGuard {

    private ExecutionGuard() {
    }

    /** Throws unless every unplanned output of the method has a caller's buffer bound. */
    public static void requireBoundOutputs(ScenarioState state, String method) {
        if (state.modelName() == null) {
            return;
        }
        JsonNode outputs = state.fixtures.model(state.modelName()).path("methods").path(method).path("metadata")
                .path("outputTensors");
        boolean unplanned = false;
        for (JsonNode output : outputs) {
            unplanned |= !output.path("memoryPlanned").asBoolean(true);
        }
        if (unplanned && !state.hasBoundOutput(method)) {
            throw new IllegalStateException("the scenario would execute " + state.modelName() + "." + method
                    + ", whose outputs are not memory-planned, without binding an output buffer first (setOutput);"
                    + " the runtime would write through a null pointer and take the suite down");
        }
    }
}
