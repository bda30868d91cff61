package org.etcts.steps.tensor;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.etcts.executorch.Tensor;
import org.etcts.steps.ScenarioState;

/**
 * The tensors and caller buffers of one tensor, resize or value scenario, by the names the feature gives
 * them. Picocontainer creates one per scenario; the tensors are handed to the shared {@link ScenarioState},
 * which closes them when the scenario ends and also keeps how an attempted operation ended (the one
 * failure channel).
 */
public final class TensorState {

    private final ScenarioState scenario;
    private final Map<String, Tensor> tensors = new HashMap<>();
    private final Map<String, ByteBuffer> buffers = new HashMap<>();

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
}
