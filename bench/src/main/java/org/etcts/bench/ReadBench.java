package org.etcts.bench;

import org.etcts.executorch.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 150,528 floats back out of a tensor: into a new array (C++: a new {@code std::vector<float>} holding
 * a copy), into the caller's array (C++: a {@code memcpy} into an existing vector), and without a copy,
 * through a buffer over the tensor's memory (C++: the data pointer).
 */
@State(Scope.Benchmark)
public class ReadBench {

    private Tensor tensor;
    private final float[] destination = new float[BenchData.IMAGE_ELEMENTS];

    @Setup
    public void make() {
        tensor = Tensor.of(BenchData.seeded(BenchData.IMAGE_ELEMENTS), BenchData.IMAGE_SHAPE);
    }

    @TearDown
    public void close() {
        tensor.close();
    }

    @Benchmark
    public float[] toFloatArray() {
        return tensor.toFloatArray();
    }

    @Benchmark
    public float[] copyTo() {
        tensor.copyTo(destination);
        return destination;
    }

    @Benchmark
    public void view(Blackhole blackhole) {
        tensor.bytes(buffer -> blackhole.consume(buffer.getFloat(0)));
    }
}
