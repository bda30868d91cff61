package org.etcts.steps.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.errors.Refusal;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Value misuse that the reference answers with {@code abort()}: primitive accessors on another tag, and
 * values made of nothing where a tensor or string is needed. Run in a child JVM; a case passes when the
 * binding refuses deterministically and fails when it returns a silent default.
 */
public final class ValueAbortProbes implements IsolatedTask {

    private static final Map<String, Callable<Object>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put("integer accessor of a string value", () -> Value.of("hello").toLong());
        PROBES.put("boolean accessor of an integer value", () -> Value.of(1L).toBoolean());
        PROBES.put("double accessor of a none value", () -> Value.none().toDouble());
        PROBES.put("integer accessor of a none value", () -> Value.none().toLong());
        PROBES.put("boolean accessor of a none value", () -> Value.none().toBoolean());
        PROBES.put("float accessor of a none value", () -> Value.none().toFloat());
        PROBES.put("float accessor of a boolean value", () -> Value.of(true).toFloat());
        PROBES.put("integer accessor of a tensor value", () -> {
            try (Tensor t = Tensor.of(new float[] {1})) {
                return Value.of(t).toLong();
            }
        });
        PROBES.put("value of a null tensor", () -> Value.of((Tensor) null));
        PROBES.put("value of a null string", () -> Value.of((String) null));
    }

    /** The misuse names this task knows. */
    public static final Set<String> CASES = PROBES.keySet();

    /** The child creates the task by its no-argument constructor. */
    public ValueAbortProbes() {
    }

    @Override
    public String run(String caseId) throws Exception {
        return Refusal.refused(caseId, PROBES.get(caseId));
    }
}
