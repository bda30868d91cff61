package org.etcts.steps.tensor;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Tensor;
import org.etcts.steps.ScenarioState;

/**
 * The tensors, caller buffers and last failure of one tensor, resize or value scenario, by the names the
 * feature gives them. Picocontainer creates one per scenario; the tensors are handed to the shared
 * {@link ScenarioState}, which closes them when the scenario ends.
 */
public final class TensorState {

    private final ScenarioState scenario;
    private final Map<String, Tensor> tensors = new HashMap<>();
    private final Map<String, ByteBuffer> buffers = new HashMap<>();
    private Throwable failure;
    private boolean tried;

    /** Picocontainer injects the scenario's shared state. */
    public TensorState(ScenarioState scenario) {
        this.scenario = scenario;
    }

    /** The shared scenario state (fixtures, module). */
    public ScenarioState scenario() {
        return scenario;
    }

    /** Names a new tensor; it is closed when the scenario ends. */
    public Tensor put(String name, Tensor tensor) {
        tensors.put(name, scenario.own(tensor));
        return tensor;
    }

    /** The tensor a feature named. */
    public Tensor tensor(String name) {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IllegalStateException("no tensor named '" + name + "' in this scenario; tensors: " + tensors.keySet());
        }
        return tensor;
    }

    /** Names a caller-owned buffer. */
    public void putBuffer(String name, ByteBuffer buffer) {
        buffers.put(name, buffer);
    }

    /** The buffer a feature named. */
    public ByteBuffer buffer(String name) {
        ByteBuffer buffer = buffers.get(name);
        if (buffer == null) {
            throw new IllegalStateException("no buffer named '" + name + "' in this scenario; buffers: " + buffers.keySet());
        }
        return buffer;
    }

    /** Forgets a buffer: the scenario no longer refers to it (what a tensor keeps alive is its own business). */
    public void dropBuffer(String name) {
        buffers.remove(name);
    }

    /**
     * Runs an operation the scenario allows to fail and records how it ended for the next {@code Then}: the
     * runtime's error or the binding's misuse exception, or null when it succeeded.
     */
    public void attempt(ScenarioState.RuntimeCall operation) {
        try {
            operation.run();
            attempted(null);
        } catch (ExecuTorchException | RuntimeException e) {
            attempted(e);
        }
    }

    /** Records how the last attempted operation ended (null: it succeeded). */
    private void attempted(Throwable failure) {
        this.tried = true;
        this.failure = failure;
    }

    /** How the last attempted operation ended (null: it succeeded). */
    public Throwable failure() {
        if (!tried) {
            throw new IllegalStateException("no operation was attempted yet: use a 'When I try to ...' step first");
        }
        return failure;
    }
}
