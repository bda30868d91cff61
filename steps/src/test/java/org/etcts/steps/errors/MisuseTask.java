package org.etcts.steps.errors;

import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Module;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * The programming errors the reference binding answers with an abort (ERR-14), each made in a child
 * JVM. A case reports the exception the binding answered with ({@link Refusal}); it fails when the
 * misuse silently succeeds; a runtime abort kills the child and is recorded as a crash by the parent.
 */
public final class MisuseTask implements IsolatedTask {

    /** The cases, by id. */
    public static final List<String> CASES = List.of("null-tensor", "scalar-count-mismatch", "float-to-integral-scalar",
            "invalid-copy-cast", "wrong-tag-accessor", "string-input", "none-input", "bad-strides");

    /** Created by the child JVM. */
    public MisuseTask() {
    }

    @Override
    public String run(String caseId) {
        return Refusal.refused(caseId, () -> {
            misuse(caseId);
            return "no exception";
        });
    }

    private static void misuse(String caseId) throws Exception {
        String add = FixtureCatalog.fromSystemProperty().modelFile("add.pte").toString();
        switch (caseId) {
            case "null-tensor" -> Value.of((Tensor) null);
            case "scalar-count-mismatch" -> Tensor.of(new float[] {1f, 2f, 3f}, 2, 2).close();
            case "float-to-integral-scalar" -> Tensor.full(new long[] {2}, 1.5, DataType.INT).close();
            case "invalid-copy-cast" -> {
                try (Tensor t = Tensor.of(new float[] {1.5f})) {
                    t.copy(DataType.INT).close();
                }
            }
            case "wrong-tag-accessor" -> Value.of(1.0).toLong();
            case "string-input" -> {
                try (Module module = new Module(add)) {
                    module.forward(Value.of("one"), Value.of("two"));
                }
            }
            case "none-input" -> {
                try (Module module = new Module(add)) {
                    module.forward(Value.none(), Value.none());
                }
            }
            case "bad-strides" -> Tensor.fromBytes(new byte[16], new long[] {2, 2}, DataType.FLOAT, new long[] {5, 1}, null,
                    ShapeDynamism.STATIC).close();
            default -> throw new IllegalArgumentException("unknown case " + caseId);
        }
    }
}
