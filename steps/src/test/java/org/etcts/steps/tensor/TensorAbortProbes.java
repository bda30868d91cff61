package org.etcts.steps.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;
import org.etcts.steps.errors.Refusal;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Tensor misuse that the reference runtime answers with {@code abort()} (its ET_CHECKs and Swift
 * preconditions), run in a child JVM. A case reports the exception the binding refused the misuse with
 * ({@link Refusal}); it fails when the misuse silently succeeds; if the runtime still aborts, the child
 * dies and the parent records a crash.
 */
public final class TensorAbortProbes implements IsolatedTask {

    private static final Map<String, Callable<Object>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put("no-copy tensor over a null buffer", () -> Tensor.fromBytesNoCopy(null, new long[] {1}, DataType.FLOAT));
        PROBES.put("no-copy tensor over data too short", () -> Tensor.fromBytesNoCopy(direct(12), new long[] {4}, DataType.FLOAT));
        PROBES.put("strides inconsistent with the dimension order", () -> Tensor.fromBytes(new byte[16], new long[] {2, 2},
                DataType.FLOAT, new long[] {1, 2}, new int[] {0, 1}, ShapeDynamism.DYNAMIC_BOUND));
        PROBES.put("dimension order that is not a permutation", () -> Tensor.fromBytes(new byte[16], new long[] {2, 2},
                DataType.FLOAT, null, new int[] {0, 0}, ShapeDynamism.DYNAMIC_BOUND));
        PROBES.put("strides of another rank", () -> Tensor.fromBytes(new byte[16], new long[] {2, 2}, DataType.FLOAT,
                new long[] {1}, null, ShapeDynamism.DYNAMIC_BOUND));
        PROBES.put("dimension order of another rank", () -> Tensor.fromBytes(new byte[16], new long[] {2, 2},
                DataType.FLOAT, null, new int[] {0, 1, 2}, ShapeDynamism.DYNAMIC_BOUND));
        PROBES.put("non-dense strides", () -> Tensor.fromBytes(new byte[32], new long[] {2, 2, 2}, DataType.FLOAT,
                new long[] {10, 2, 1}, null, ShapeDynamism.DYNAMIC_BOUND));
        PROBES.put("view with more elements than the source", () -> Tensor.of(new float[] {1, 2, 3, 4}).view(5));
        PROBES.put("copy floating to integral", () -> Tensor.of(new float[] {1.5f}).copy(DataType.INT));
        PROBES.put("copy non-bool to bool", () -> Tensor.of(new int[] {1}).copy(DataType.BOOL));
        PROBES.put("copy complex to real", () -> Tensor.empty(new long[] {1}, DataType.COMPLEX_FLOAT).copy(DataType.FLOAT));
        PROBES.put("scalar count differs from the shape", () -> Tensor.of(new float[] {1, 2, 3}, 2, 2));
        PROBES.put("floating scalars into an integral tensor", () -> Tensor.full(new long[] {2}, 1.5, DataType.INT));
        PROBES.put("scalars into a complex tensor", () -> Tensor.full(new long[] {2}, 1L, DataType.COMPLEX_FLOAT));
        PROBES.put("scalars into a quantized tensor", () -> Tensor.full(new long[] {2}, 1L, DataType.QINT8));
        PROBES.put("scalars into a bits tensor", () -> Tensor.full(new long[] {2}, 1L, DataType.BITS8));
        PROBES.put("raw bytes shorter than the shape", () -> Tensor.fromBytes(new byte[7], new long[] {2}, DataType.FLOAT));
        PROBES.put("raw bytes longer than the shape", () -> Tensor.fromBytes(new byte[9], new long[] {2}, DataType.FLOAT));
    }

    /** The misuse names this task knows. */
    public static final Set<String> CASES = PROBES.keySet();

    /** The child creates the task by its no-argument constructor. */
    public TensorAbortProbes() {
    }

    @Override
    public String run(String caseId) throws Exception {
        return Refusal.refused(caseId, PROBES.get(caseId));
    }

    private static ByteBuffer direct(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }
}
