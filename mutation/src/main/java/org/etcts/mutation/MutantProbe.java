package org.etcts.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.etcts.executorch.BackendOption;
import org.etcts.executorch.BackendOptionsMap;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.LogSink;
import org.etcts.executorch.Module;
import org.etcts.executorch.Runtime;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.executorch.Verification;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.fixtures.HarnessValues;

/**
 * A fingerprint of the runtime's documented behaviour through the binding, one {@code key: value} line per
 * observation: what the registries hold, what a program's metadata says, what its methods compute (bit
 * for bit), which error codes misuse gets, what the log hook hears, how tensors are made, resized and
 * copied. The mutation command runs it once on the build as it is and once under each mutant: a mutant
 * whose fingerprint differs (or whose probe crashes or hangs) is effective. It is a witness that the
 * mutant changes behaviour, not a verdict: verdicts come from the conformance suite.
 *
 * <p>Run as {@code MutantProbe <fixtures dir>}; the riskiest observations (resize, the two fixtures the
 * crash and hang mutants act on) come last, so a crash leaves the rest printed.
 */
public final class MutantProbe {

    private final FixtureCatalog catalog;
    private final List<LogMessage> heard = new CopyOnWriteArrayList<>();

    private MutantProbe(FixtureCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Prints the fingerprint.
     *
     * @param args the fixtures folder
     */
    public static void main(String[] args) {
        new MutantProbe(FixtureCatalog.open(Path.of(args[0]))).run();
        System.out.flush();
        System.exit(0);
    }

    private void run() {
        LogSink sink = heard::add;
        Log.shared().setForwardToStandardError(false);
        Log.shared().addSink(sink);
        heard.clear();
        observe("backends", Runtime::registeredBackends);
        observe("backend XnnpackBackend found by name", () -> Runtime.isBackendRegistered("XnnpackBackend"));
        observe("kernel count", Runtime::registeredKernelCount);
        observe("kernel names", () -> digest(String.join("\n", Runtime.registeredKernelNames())));
        observe("kernel aten::add.out registered", () -> Runtime.registeredKernelNames().contains("aten::add.out"));
        programObservations();
        for (String model : List.of("add", "add_alpha", "multi_method", "linear_ptd", "add_xnnpack", "dynamic_cat")) {
            fixtureObservations(model, LoadMode.FILE);
        }
        // The runtime logs at Info too (the thread pool's CPU probing, on first use): levels and sources.
        observe("messages heard so far, by level and file", () -> {
            Log.shared().flush();
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            heard.forEach(m -> counts.merge(m.level() + " " + m.fileName(), 1, Integer::sum));
            return counts;
        });
        observe("add in mmapUseMlock", () -> {
            try (Module module = new Module(catalog.modelFile("add.pte"), LoadMode.MMAP_USE_MLOCK)) {
                module.load();
                return "loaded";
            }
        });
        tensorObservations();
        logObservations();
        // Last: the fixtures the crash and hang mutants act on, and resize.
        fixtureObservations("two_outputs", LoadMode.FILE);
        fixtureObservations("int_bool_inputs", LoadMode.FILE);
        resizeObservations();
        Log.shared().removeSink(sink);
    }

    private void programObservations() {
        Path add = catalog.modelFile("add.pte");
        try (Module module = new Module(add)) {
            observe("add loaded before load", module::isLoaded);
            observe("add load", () -> {
                module.load();
                return module.isLoaded();
            });
            observe("add method names", () -> new TreeSet<>(module.methodNames()));
            observe("add forward metadata", () -> module.methodMetadata("forward"));
            observe("add load method backward", () -> {
                module.load("backward");
                return "loaded";
            });
            observe("add forward with no inputs", () -> module.execute("forward"));
            observe("add forward with inputs set one by one", () -> {
                try (Tensor a = Tensor.of(new float[] {1.5f, 2f, 3f, 4f}, 2, 2); Tensor b = Tensor.of(new float[] {0.25f, 1f, 1f, 1f}, 2, 2)) {
                    module.setInput(Value.of(a), 0);
                    module.setInput(Value.of(b), 1);
                    return outputs(module.execute("forward"));
                }
            });
            observe("add output buffer", () -> {
                try (Tensor a = Tensor.of(new float[] {1f, 2f, 3f, 4f}, 2, 2); Tensor b = Tensor.of(new float[] {1f, 1f, 1f, 1f}, 2, 2);
                        Tensor out = Tensor.zeros(new long[] {2, 2}, DataType.FLOAT)) {
                    module.setOutput(out, 0);
                    module.forward(a, b);
                    return java.util.Arrays.toString(out.toFloatArray());
                }
            });
        }
        observe("missing program", () -> {
            try (Module module = new Module(catalog.root().resolve("no-such-program.pte"))) {
                module.load();
                return "loaded";
            }
        });
        observe("add with internalConsistency", () -> {
            heard.clear();
            try (Module module = new Module(add)) {
                module.load(Verification.INTERNAL_CONSISTENCY);
            }
            Log.shared().flush();
            return heardLines();
        });
        observe("add with a damaged body", () -> {
            Path copy = Files.createTempFile("etcts-probe", ".pte");
            try {
                byte[] bytes = Files.readAllBytes(add);
                for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(copy, bytes);
                try (Module module = new Module(copy)) {
                    module.load(Verification.INTERNAL_CONSISTENCY);
                    return "loaded";
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        });
        observe("add_xnnpack with backend options", () -> {
            try (Module module = new Module(catalog.modelFile("add_xnnpack.pte"));
                    BackendOptionsMap options = new BackendOptionsMap(java.util.Map.of("XnnpackBackend", List.of(BackendOption.of("num_threads", 1))))) {
                module.load("forward", options);
                return module.isLoaded("forward");
            }
        });
    }

    private void fixtureObservations(String model, LoadMode mode) {
        JsonNode entry = catalog.model(model);
        Path file = catalog.modelFile(entry.path("file").asText());
        List<String> dataFiles = new ArrayList<>();
        entry.path("dataFiles").forEach(path -> dataFiles.add(catalog.verifiedFile(path.asText()).toString()));
        try (Module module = new Module(file.toString(), dataFiles, mode)) {
            observe(model + " load", () -> {
                module.load();
                return new TreeSet<>(module.methodNames());
            });
            entry.path("methods").fieldNames().forEachRemaining(method -> {
                observe(model + "." + method + " metadata", () -> module.methodMetadata(method));
                List<Tensor> owned = new ArrayList<>();
                try {
                    observe(model + "." + method + " outputs", () -> outputs(module.execute(method,
                            HarnessValues.toValues(catalog.reference(model, method).inputs(), owned::add))));
                    observe(model + "." + method + " outputs from inputs set together", () -> {
                        module.setInputs(method, HarnessValues.toValues(catalog.reference(model, method).inputs(), owned::add));
                        return outputs(module.execute(method));
                    });
                } finally {
                    owned.forEach(Tensor::close);
                }
            });
        }
    }

    private void tensorObservations() {
        observe("full 2.5", () -> {
            try (Tensor t = Tensor.full(new long[] {2, 3}, 2.5, DataType.FLOAT)) {
                return describe(t);
            }
        });
        observe("full 7 int64", () -> {
            try (Tensor t = Tensor.full(new long[] {3}, 7L, DataType.LONG)) {
                return describe(t);
            }
        });
        observe("empty int16", () -> {
            try (Tensor t = Tensor.empty(new long[] {2, 2}, DataType.SHORT)) {
                return t.dataType() + " " + t.byteCount();
            }
        });
        observe("randint in [3, 5)", () -> {
            try (Tensor t = Tensor.randint(3, 5, new long[] {64}, DataType.LONG)) {
                return new TreeSet<>(java.util.Arrays.stream(t.toLongArray()).boxed().toList());
            }
        });
        observe("copy float to double", () -> {
            try (Tensor t = Tensor.of(new float[] {1f, 2f}, 2); Tensor c = t.copy(DataType.DOUBLE)) {
                return describe(c);
            }
        });
        observe("transposed view", () -> {
            try (Tensor t = Tensor.of(new float[] {1f, 2f, 3f, 4f, 5f, 6f}, 2, 3);
                    Tensor v = Tensor.fromBytes(t.bytes(), new long[] {3, 2}, DataType.FLOAT, new long[] {1, 3}, new int[] {1, 0}, ShapeDynamism.STATIC)) {
                return describe(v) + " strides " + java.util.Arrays.toString(v.strides());
            }
        });
        observe("byte count of 3 floats", () -> {
            try (Tensor t = Tensor.of(new float[] {1f, 2f, 3f}, 3)) {
                return t.byteCount() + " " + java.util.Arrays.toString(t.toFloatArray());
            }
        });
    }

    private void logObservations() {
        observe("log of a failing method load", () -> {
            heard.clear();
            try (Module module = new Module(catalog.modelFile("add.pte"))) {
                try {
                    module.load("no_such_method");
                } catch (ExecuTorchException expected) {
                    // the log is what is observed
                }
            }
            Log.shared().flush();
            return heardLines();
        });
    }

    private void resizeObservations() {
        observe("resize [2, 3] to [3, 2]", () -> {
            try (Tensor t = Tensor.of(new float[] {1f, 2f, 3f, 4f, 5f, 6f}, 2, 3)) {
                t.resize(3, 2);
                return describe(t);
            }
        });
        observe("resize [2, 3] to [4, 4]", () -> {
            try (Tensor t = Tensor.of(new float[] {1f, 2f, 3f, 4f, 5f, 6f}, 2, 3)) {
                t.resize(4, 4);
                return describe(t);
            }
        });
    }

    private String heardLines() {
        List<String> lines = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (LogMessage message : heard) {
            String order = message.timestampNanos() >= previous ? "" : " (earlier than the one before)";
            previous = message.timestampNanos();
            lines.add(message.level() + " " + message.fileName() + ":" + (message.line() > 0 ? "+" : message.line())
                    + " " + message.text() + order);
        }
        return String.join(" | ", lines);
    }

    private static String outputs(List<Value> values) {
        List<String> out = new ArrayList<>();
        for (Value value : values) {
            out.add(value.isTensor() ? describe(value.toTensor()) : value.tag() + " " + value);
        }
        return out.toString();
    }

    private static String describe(Tensor tensor) {
        return tensor.dataType() + java.util.Arrays.toString(tensor.shape()) + " bytes=" + tensor.byteCount() + " sha256="
                + digest(HexFormat.of().formatHex(tensor.bytes())).substring(0, 16);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void observe(String key, Callable<?> observation) {
        String value;
        try {
            value = String.valueOf(observation.call());
        } catch (ExecuTorchException e) {
            value = "error " + e.code() + " (" + e.number() + ")";
        } catch (Exception | Error e) {
            value = "throws " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println(key + ": " + value.replace('\n', ' '));
        System.out.flush();
    }
}
