package org.etcts.bench;

import java.util.List;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One {@code forward} call per operation on a loaded method, with the inputs made once: the binding's
 * per-call cost on top of the runtime's (C++: {@code Module::forward} with the same inputs). Each call's
 * output tensors are closed, as a caller that owns them does.
 */
@State(Scope.Benchmark)
public class ForwardBench {

    /** The fixture model; its inputs are float tensors of the shapes below. */
    @Param({"add", "conv", "conv_xnnpack", "mobilenet_v3_small", "mobilenet_v3_small_xnnpack",
            "mobilenet_v3_small_xnnpack_q8"})
    public String model;

    private Module module;
    private Tensor[] inputs;

    @Setup(Level.Trial)
    public void load() throws ExecuTorchException {
        module = new Module(BenchData.model(model));
        module.load(Module.FORWARD);
        long[][] shapes = switch (model) {
            case "add" -> new long[][] {{1}, {1}};
            case "conv", "conv_xnnpack" -> new long[][] {{1, 3, 16, 16}};
            default -> new long[][] {BenchData.IMAGE_SHAPE};
        };
        inputs = new Tensor[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            inputs[i] = Tensor.of(BenchData.seeded((int) Tensor.elementCount(shapes[i])), shapes[i]);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        for (Tensor input : inputs) {
            input.close();
        }
        module.close();
    }

    /**
     * {@code forward} with the outputs left in place ({@link Module#forwardInPlace}), reading the first
     * element of output 0 (C++: {@code Module::forward} and a read through the data pointer).
     */
    @Benchmark
    public float forwardInPlace() throws ExecuTorchException {
        return module.forwardInPlace(inputs).tensor(0).getFloat(0);
    }

    @Benchmark
    public void forward(Blackhole blackhole) throws ExecuTorchException {
        List<Value> outputs = module.forward(inputs);
        for (Value output : outputs) {
            Tensor tensor = output.toTensor();
            blackhole.consume(tensor);
            tensor.close();
        }
    }
}
