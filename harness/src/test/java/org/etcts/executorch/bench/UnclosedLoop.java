package org.etcts.executorch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;

/**
 * A benchmark, not a test: loads and executes a program many times and never closes the module, its
 * inputs or its outputs, as a forgetful caller would, then prints the process's peak resident memory,
 * its open file handles at the end and the time. What bounds the growth is the binding's native budget
 * (a collection when forgotten native objects pile up); {@code -Detcts.executorch.nativeMemoryBudget=0
 * -Detcts.executorch.nativeHandleBudget=0} turns it off for the figures before. Run by
 * {@code harness/bench/unclosed-loop.sh}, which repeats it and reports median and spread.
 *
 * <pre>
 *   UnclosedLoop PROGRAM CYCLES SHAPE...   e.g.  fixtures/models/add.pte 200000 1 1
 * </pre>
 * Each SHAPE is the comma-separated shape of one float input ({@code 1,3,224,224}); inputs hold ones.
 */
public final class UnclosedLoop {

    private UnclosedLoop() {
    }

    /**
     * Runs the loop and prints one line: {@code cycles=N peak_rss_mb=X end_rss_mb=Y open_fds=Z seconds=S}.
     *
     * @param args the program, the number of cycles, and the input shapes
     * @throws Exception when the runtime fails (the loop stops at the first failure: no figure is printed)
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: UnclosedLoop PROGRAM CYCLES SHAPE...  (SHAPE: comma-separated dimensions)");
            System.exit(2);
        }
        String program = args[0];
        int cycles = Integer.parseInt(args[1]);
        List<long[]> shapes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            shapes.add(Stream.of(args[i].split(",")).mapToLong(Long::parseLong).toArray());
        }
        long start = System.nanoTime();
        for (int cycle = 0; cycle < cycles; cycle++) {
            Module module = new Module(program);
            List<Value> inputs = new ArrayList<>();
            for (long[] shape : shapes) {
                inputs.add(Value.of(Tensor.ones(shape, org.etcts.executorch.DataType.FLOAT)));
            }
            List<Value> outputs = module.forward(inputs);
            if (outputs.isEmpty()) {
                throw new IllegalStateException("forward returned no output");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("cycles=%d peak_rss_mb=%.1f end_rss_mb=%.1f open_fds=%d seconds=%.1f%n", cycles,
                status("VmHWM:") / 1024.0, status("VmRSS:") / 1024.0, openFileHandles(), seconds);
    }

    /** A {@code kB} figure of {@code /proc/self/status}. */
    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
            }
        }
        throw new IllegalStateException("/proc/self/status has no " + field);
    }

    private static long openFileHandles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
