package org.etcts.bench;

import java.util.List;
import java.util.Map;

/**
 * The benchmarks, each done by a JMH benchmark of the binding and by the C++ driver (and, for some, the
 * Python runtime), under one name: {@code forward.add}, {@code tensor.fromFloatArray}, ...
 */
final class Benchmarks {

    /**
     * One benchmark.
     *
     * @param name its name, the same in the C++ driver and the report
     * @param jmhMethod the JMH benchmark method, class and method name
     * @param jmhParams the JMH parameters that select it
     * @param what what it measures, for the report
     * @param python whether the Python runtime does it too
     */
    record Benchmark(String name, String jmhMethod, Map<String, String> jmhParams, String what, boolean python) {
        /** {@return the regular expression JMH selects the method with} */
        String jmhInclude() {
            return "^" + ForwardBench.class.getPackageName().replace(".", "\\.") + "\\." + jmhMethod.replace(".", "\\.")
                    + "$";
        }
    }

    private static final String FORWARD = "ForwardBench.forward";

    static final List<Benchmark> ALL = List.of(
            forward("add", "forward on add.pte (float[1] + float[1]): the per-call cost"),
            forward("conv", "forward on conv.pte (small CNN on 1x3x16x16, portable kernels)"),
            forward("conv_xnnpack", "forward on conv_xnnpack.pte (the same CNN, XNNPACK)"),
            forward("mobilenet_v3_small", "forward on MobileNet v3 small, portable kernels"),
            forward("mobilenet_v3_small_xnnpack", "forward on MobileNet v3 small, XNNPACK fp32"),
            forward("mobilenet_v3_small_xnnpack_q8", "forward on MobileNet v3 small, XNNPACK 8-bit"),
            new Benchmark("forwardInPlace.add", "ForwardBench.forwardInPlace", Map.of("model", "add"),
                    "forwardInPlace on add.pte and output 0's first float read in place (no copy)", false),
            new Benchmark("forwardInPlace.mobilenet_v3_small_xnnpack", "ForwardBench.forwardInPlace",
                    Map.of("model", "mobilenet_v3_small_xnnpack"),
                    "forwardInPlace on the XNNPACK MobileNet, first float read in place", false),
            new Benchmark("tensor.fromFloatArray", "TensorBench.fromFloatArray", Map.of(),
                    "a tensor from a float[150528] (copy) and closed", false),
            new Benchmark("tensor.fromDirectBuffer", "TensorBench.fromDirectBuffer", Map.of(),
                    "a tensor from a direct ByteBuffer (copy) and closed", false),
            new Benchmark("tensor.fromHeapBuffer", "TensorBench.fromHeapBuffer", Map.of(),
                    "a tensor from a heap ByteBuffer (copy) and closed", false),
            new Benchmark("tensor.noCopy", "TensorBench.noCopy", Map.of(),
                    "a tensor over a direct ByteBuffer (no copy) and closed", false),
            new Benchmark("read.toFloatArray", "ReadBench.toFloatArray", Map.of(),
                    "150,528 floats read back into a new float[]", false),
            new Benchmark("read.copyTo", "ReadBench.copyTo", Map.of(),
                    "150,528 floats read back into the caller's float[] (Tensor.copyTo)", false),
            new Benchmark("read.view", "ReadBench.view", Map.of(),
                    "one float read through a view of the tensor's memory (no copy)", false),
            new Benchmark("load.program", "LoadBench.program", Map.of(),
                    "a new module over mobilenet_v3_small_xnnpack.pte, program loaded, closed", true),
            new Benchmark("load.method", "LoadBench.method", Map.of(),
                    "load of its forward method on a freshly loaded program (XNNPACK initialisation)", true));

    private Benchmarks() {
    }

    private static Benchmark forward(String model, String what) {
        return new Benchmark("forward." + model, FORWARD, Map.of("model", model), what, true);
    }
}
