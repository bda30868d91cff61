package org.etcts.steps.module;

import org.etcts.executorch.ExecuTorchException;
import org.etcts.steps.ScenarioState;

/** Runs a call the scenario allows to fail and keeps its runtime error for the next {@code Then}. */
public final class RuntimeCalls {

    private RuntimeCalls() {
    }

    /** A call into the runtime that may throw its error. */
    @FunctionalInterface
    public interface RuntimeCall {
        /** Runs the call. */
        void run() throws ExecuTorchException;
    }

    /** Runs the call; records its error (or null when it succeeded) in the scenario state. */
    public static void attempt(ScenarioState state, RuntimeCall call) {
        try {
            call.run();
            state.error(null);
        } catch (ExecuTorchException e) {
            state.error(e);
        }
    }
}
