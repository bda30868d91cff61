package org.etcts.bench;

import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading the XNNPACK MobileNet: the program (a new module, loaded and closed per operation), and its
 * {@code forward} method on a freshly loaded program (only the method load is timed; the delegate's
 * initialisation is most of it). C++: the same on {@code extension::Module}.
 */
public class LoadBench {

    static final String MODEL = "mobilenet_v3_small_xnnpack";

    @Benchmark
    public boolean program() throws ExecuTorchException {
        try (Module module = new Module(BenchData.model(MODEL))) {
            module.load();
            return module.isLoaded();
        }
    }

    /** A module with its program loaded, made again before every operation. */
    @State(Scope.Thread)
    public static class Loaded {
        Module module;

        @Setup(Level.Invocation)
        public void load() throws ExecuTorchException {
            module = new Module(BenchData.model(MODEL));
            module.load();
        }

        @TearDown(Level.Invocation)
        public void close() {
            module.close();
        }
    }

    @Benchmark
    public Module method(Loaded loaded) throws ExecuTorchException {
        loaded.module.load(Module.FORWARD);
        return loaded.module;
    }
}
