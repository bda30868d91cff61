package org.etcts.steps.module;

import java.util.List;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.errors.Refusal;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Misuse the reference answers with {@code abort()} (the catalogue's 'yes (fork)' rows of the Module
 * and load-mode areas), run in a child JVM. A case reports the exception the binding refused the call with
 * ({@link Refusal}) or a defined result; if the runtime still takes the process down, the parent records
 * CRASH.
 *
 * <p>Cases: {@code <call>-<kind>} with call {@code execute}, {@code setInput}, {@code setInputs},
 * {@code setOutput} and kind {@code string} or {@code none} (MOD-62); {@code outputs-<model>-<method>}
 * (MOD-63); {@code load-mode-<number>} (LDM-05).
 */
public final class ModuleAbortProbes implements IsolatedTask {

    private final FixtureCatalog fixtures = FixtureCatalog.fromSystemProperty();

    @Override
    public String run(String caseId) throws Exception {
        if (caseId.startsWith("load-mode-")) {
            return loadMode(Integer.parseInt(caseId.substring("load-mode-".length())));
        }
        if (caseId.startsWith("outputs-")) {
            String[] parts = caseId.split("-", 3);
            return outputs(parts[1], parts[2]);
        }
        String[] parts = caseId.split("-", 2);
        return misuse(parts[0], parts[1].equals("string") ? Value.of("text") : Value.none());
    }

    /** MOD-62: the binding must refuse a string or none value before the runtime sees it. */
    private String misuse(String call, Value bad) throws Exception {
        try (Module module = new Module(fixtures.modelFile("add.pte").toString());
                Tensor one = Tensor.of(new float[] {1})) {
            try {
                switch (call) {
                    case "execute" -> module.execute("forward", List.of(Value.of(one), bad));
                    case "setInput" -> module.setInput(bad, 1);
                    case "setInputs" -> module.setInputs(List.of(Value.of(one), bad));
                    case "setOutput" -> module.setOutput("forward", bad, 0);
                    default -> throw new IllegalArgumentException("unknown call '" + call + "'");
                }
            } catch (IllegalArgumentException | ExecuTorchException e) {
                return Refusal.describe(e) + "; program loaded afterwards: " + module.isLoaded();
            }
            throw new AssertionError(call + " with a " + bad.tag() + " value reported success");
        }
    }

    /** MOD-63: every output tag, none included, comes back as a value; returns the tags seen. */
    private String outputs(String model, String method) throws ExecuTorchException {
        try (Module module = new Module(fixtures.modelFile(model + ".pte").toString())) {
            // The probe only reads tags; the child JVM exits after its cases, and the Cleaner frees these inputs.
            List<Value> inputs = org.etcts.steps.fixtures.HarnessValues.toValues(fixtures.reference(model, method).inputs(), tensor -> { });
            List<Value> outputs = module.execute(method, inputs);
            StringBuilder tags = new StringBuilder("tags:");
            for (Value output : outputs) {
                tags.append(' ').append(output.tag().runtimeName());
            }
            return tags + " values: " + outputs;
        }
    }

    /** LDM-05: a load mode number the runtime has no case for must be refused before a module exists. */
    private String loadMode(int number) throws ExecuTorchException {
        LoadMode mode;
        try {
            mode = LoadMode.fromNumber(number);
        } catch (IllegalArgumentException e) {
            return Refusal.describe(e);
        }
        try (Module module = new Module(fixtures.modelFile("add.pte").toString(), mode)) {
            module.load();
        }
        throw new AssertionError("load mode " + number + " was accepted as " + mode + " and the program loaded");
    }
}
