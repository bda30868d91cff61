package org.etcts.bench;

import java.nio.file.Path;

/** The inputs every benchmark uses, made the same way on the Java and the C++ side (driver/bench_driver.cpp). */
final class BenchData {

    /** The shape of the tensor benchmarks' data: one 1x3x224x224 float image (150,528 elements). */
    static final long[] IMAGE_SHAPE = {1, 3, 224, 224};
    static final int IMAGE_ELEMENTS = 1 * 3 * 224 * 224;

    private BenchData() {
    }

    /** Seeded values: x(i) = ((i * 2654435761) mod 2^32) / 2^32 - 0.5, as the C++ driver computes them. */
    static float[] seeded(int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            long bits = (i * 2654435761L) & 0xFFFFFFFFL;
            values[i] = (float) (bits / 4294967296.0 - 0.5);
        }
        return values;
    }

    /** {@return the path of fixtures/models/NAME.pte, from the fixtures folder BenchRun passes to each fork} */
    static String model(String name) {
        String dir = System.getProperty("etcts.fixtures.dir");
        if (dir == null) {
            throw new IllegalStateException("etcts.fixtures.dir is not set: run the benchmarks through BenchRun "
                    + "(./mvnw -B -o -Pbench verify -pl bench -am)");
        }
        return Path.of(dir, "models", name + ".pte").toString();
    }
}
