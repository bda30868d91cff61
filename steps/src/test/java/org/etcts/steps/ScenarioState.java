package org.etcts.steps;

import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * What one scenario has built so far: its module, the last outputs, how the last call the scenario
 * allowed to fail ended (the suite's one failure channel: every {@code When I try ...} step records here,
 * every {@code Then it fails ...} / {@code Then it succeeds} step reads here), and the Cucumber scenario
 * itself (to attach evidence to). Picocontainer creates one per scenario and hands it to every
 * step class; everything native it holds is closed when the scenario ends.
 */
public final class ScenarioState implements AutoCloseable {

    /** The fixtures every scenario resolves models and references from. */
    public final FixtureCatalog fixtures = FixtureCatalog.fromSystemProperty();

    private Scenario scenario;
    private Module module;
    private String modelName;
    private List<Value> outputs = List.of();
    private Exception failure;
    private boolean attempted;
    private Boolean lastUnload;
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final Map<String, Tensor> namedTensors = new HashMap<>();
    private final Set<String> methodsWithBoundOutputs = new HashSet<>();

    /** Keeps the Cucumber scenario; {@link Hooks} sets it before any other hook or step runs. */
    void scenario(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Attaches evidence to the scenario's report. Call it from a step or hook, i.e. on the scenario's own
     * thread: attachments made from another thread are lost.
     *
     * @param text what to attach
     * @param mediaType its media type, e.g. {@code text/plain}
     * @param name the attachment's name in the report
     */
    public void attach(String text, String mediaType, String name) {
        if (scenario == null) {
            throw new IllegalStateException("No scenario yet: attachments can only be made from a step or hook");
        }
        scenario.attach(text, mediaType, name);
    }

    /** Replaces the scenario's module (the previous one is closed at the end of the scenario). */
    public void module(Module module, String modelName) {
        this.module = own(module);
        this.modelName = modelName;
        methodsWithBoundOutputs.clear();
    }

    /** The scenario's module; a step that needs one before a Given created it is a spec error. */
    public Module module() {
        if (module == null) {
            throw new IllegalStateException("No module yet: start the scenario with 'Given a module for the fixture ...'");
        }
        return module;
    }

    /** The fixture model name of the module, or null when it was built from a plain path. */
    public String modelName() {
        return modelName;
    }

    /** Records the outputs of the last execution; their tensors are closed with the scenario. */
    public void outputs(List<Value> outputs) {
        this.outputs = List.copyOf(outputs);
        outputs.stream().filter(Value::isTensor).map(Value::toTensor).forEach(this::own);
    }

    /** The outputs of the last execution. */
    public List<Value> outputs() {
        return outputs;
    }

    /** A call into the runtime that may throw its error. */
    @FunctionalInterface
    public interface RuntimeCall {
        /** Runs the call. */
        void run() throws ExecuTorchException;
    }

    /**
     * Runs a call the scenario allows to fail and keeps how it ended for the next {@code Then}: the runtime's
     * error, the binding's refusal of a misuse (an unchecked exception), or nothing when it succeeded.
     */
    public void attempt(RuntimeCall call) {
        try {
            call.run();
            failed(null);
        } catch (ExecuTorchException | RuntimeException e) {
            failed(e);
        }
    }

    /** Records how a call the scenario allowed to fail ended, when a step ran it itself (null: it succeeded). */
    public void failed(Exception failure) {
        this.attempted = true;
        this.failure = failure;
    }

    /**
     * How the last attempted call ended: null when it succeeded.
     *
     * @throws IllegalStateException when no step attempted a call yet (the feature lacks a 'When I try ...')
     */
    public Exception failure() {
        if (!attempted) {
            throw new IllegalStateException("no call was attempted yet: a 'When I try ...' step must come before this step");
        }
        return failure;
    }

    /**
     * The runtime error the last attempted call ended with, or null when it succeeded.
     *
     * @throws AssertionError when it ended with another exception: the binding refused the call itself
     */
    public ExecuTorchException error() {
        Exception ended = failure();
        if (ended == null || ended instanceof ExecuTorchException) {
            return (ExecuTorchException) ended;
        }
        throw new AssertionError("the call was expected to reach the runtime, but the binding refused it with "
                + ended.getClass().getSimpleName() + ": " + ended.getMessage(), ended);
    }

    /** Records what the last unload returned. */
    public void lastUnload(boolean wasLoaded) {
        this.lastUnload = wasLoaded;
    }

    /** What the last unload returned. */
    public Boolean lastUnload() {
        return lastUnload;
    }

    /** Keeps a native object to close when the scenario ends. */
    public <T extends AutoCloseable> T own(T resource) {
        owned.add(resource);
        return resource;
    }

    /** Gives a tensor a name later steps refer to ({@code the tensor "k"}); it lives until the scenario ends. */
    public Tensor nameTensor(String name, Tensor tensor) {
        namedTensors.put(name, own(tensor));
        return tensor;
    }

    /** A tensor named by an earlier step. */
    public Tensor namedTensor(String name) {
        Tensor tensor = namedTensors.get(name);
        if (tensor == null) {
            throw new IllegalStateException("No tensor named \"" + name + "\" yet; name it in an earlier step");
        }
        return tensor;
    }

    /** Records that a caller's buffer was bound to an output of a method of the current module. */
    public void outputBound(String method) {
        methodsWithBoundOutputs.add(method);
    }

    /** Records that unloading a method dropped the output buffers bound to it. */
    public void outputsReleased(String method) {
        methodsWithBoundOutputs.remove(method);
    }

    /** Whether a caller's buffer was bound to an output of a method of the current module. */
    public boolean hasBoundOutput(String method) {
        return methodsWithBoundOutputs.contains(method);
    }

    /** Creates a tensor that lives until the end of the scenario. */
    public Tensor tensor(float... values) {
        return own(Tensor.of(values));
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        owned.clear();
        if (first != null) {
            throw first;
        }
    }
}
