package org.etcts.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Making a tensor from a caller's 150,528 floats (one 1x3x224x224 image) and closing it: from an array, from a
 * direct and a heap buffer (each a copy), and over a direct buffer without a copy (C++: a {@code TensorPtr}
 * owning a copy of a {@code std::vector<float>}, or {@code from_blob} over the caller's memory).
 */
@State(Scope.Benchmark)
public class TensorBench {

    private float[] array;
    private ByteBuffer direct;
    private ByteBuffer heap;

    @Setup
    public void data() {
        array = BenchData.seeded(BenchData.IMAGE_ELEMENTS);
        direct = ByteBuffer.allocateDirect(4 * array.length).order(ByteOrder.nativeOrder());
        direct.asFloatBuffer().put(array);
        heap = ByteBuffer.allocate(4 * array.length).order(ByteOrder.nativeOrder());
        heap.asFloatBuffer().put(array);
    }

    @Benchmark
    public void fromFloatArray(Blackhole blackhole) {
        try (Tensor tensor = Tensor.of(array, BenchData.IMAGE_SHAPE)) {
            blackhole.consume(tensor);
        }
    }

    @Benchmark
    public void fromDirectBuffer(Blackhole blackhole) {
        try (Tensor tensor = Tensor.fromBytes(direct, BenchData.IMAGE_SHAPE, DataType.FLOAT)) {
            blackhole.consume(tensor);
        }
    }

    @Benchmark
    public void fromHeapBuffer(Blackhole blackhole) {
        try (Tensor tensor = Tensor.fromBytes(heap, BenchData.IMAGE_SHAPE, DataType.FLOAT)) {
            blackhole.consume(tensor);
        }
    }

    @Benchmark
    public void noCopy(Blackhole blackhole) {
        try (Tensor tensor = Tensor.fromBytesNoCopy(direct, BenchData.IMAGE_SHAPE, DataType.FLOAT)) {
            blackhole.consume(tensor);
        }
    }
}
