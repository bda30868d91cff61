package org.etcts.steps.log;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.etcts.executorch.BuildInfo;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogLevel;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * Finds out at run time whether the build under test logs, without using the sink delivery the logging
 * scenarios check: the binary holding the runtime's code (its shared library, or the JNI library when
 * the runtime is linked statically) is searched for the format string of a message every
 * logging build emits ({@code "No method named '%s' in program"}, program.cpp). A build with logging
 * compiled out (ET_LOG_ENABLED=0) expands ET_LOG to nothing, so that string is absent from its
 * library. Deciding by what a sink received instead would turn a broken sink delivery into
 * NOT_SUPPORTED rather than a failure (a probe checking the runtime against itself).
 *
 * <p>The probe also provokes that message (a failing {@code load("backward")} on add.pte) and a forward
 * of add.pte, and reports what a sink received as evidence only. It runs once per JVM.
 *
 * <p>Capabilities ({@code @requires:} tags): {@code logging} (the runtime library holds the log
 * message) and {@code logging=off} (it does not). Which minimum level the build was configured with is
 * declared by the user instead ({@code @requires:declared-log-level}).
 */
public final class LogProbe {

    private static Finding finding;

    /** The format string of the error program.cpp logs for an unknown method name. */
    static final String LOGGED_FORMAT = "No method named '%s' in program";

    private record Finding(String library, Boolean compiledIn, List<LogMessage> messages, Set<LogLevel> levels) {
        String summary() {
            String inLibrary = compiledIn == null ? "the binary holding the runtime could not be inspected (" + library + ")"
                    : "the binary holding the runtime, " + library + "," + (compiledIn ? " holds" : " does not hold") + " the log format \"" + LOGGED_FORMAT + "\"";
            if (messages.isEmpty()) {
                return inLibrary + "; provoking a failed load(\"backward\") and a forward of add.pte delivered no message to a sink";
            }
            return inLibrary + "; provoking a failed load(\"backward\") and a forward of add.pte delivered " + messages.size() + " message(s) at level(s) "
                    + levels.stream().map(LogLevel::name).collect(Collectors.joining(", ")) + ", e.g. '" + messages.get(0) + "'";
        }
    }

    private LogProbe() {
    }

    /**
     * Probes one capability.
     *
     * @param kind {@code logging}
     * @param value {@code off} for {@code logging=off}, else empty
     * @return null when the build has the capability, otherwise what the probe found
     */
    public static synchronized String probe(String kind, String value) {
        Finding found = find();
        switch (kind) {
            case "logging" -> {
                boolean wantOff = value.equalsIgnoreCase("off");
                if (found.compiledIn() == null) {
                    return "whether the build under test logs is unknown: " + found.summary();
                }
                boolean logs = found.compiledIn();
                if (wantOff == !logs) {
                    return null;
                }
                return wantOff ? "the build under test logs (" + found.summary() + "); this needs a build with logging compiled out (ET_LOG_ENABLED=0)"
                        : "the build under test does not log (" + found.summary() + "): logging is compiled out (ET_LOG_ENABLED=0)";
            }
            default -> throw new IllegalArgumentException("unknown logging capability '" + kind + "'");
        }
    }

    /** Whether a library file holds a string; null when the file cannot be read. */
    static Boolean holds(String library, String text) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(library));
            byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static Finding find() {
        if (finding == null) {
            RecordingSink sink = new RecordingSink("capability probe");
            Log.shared().addSink(sink);
            try {
                sink.clear();  // the replay is not what the probe provoked
                String add = FixtureCatalog.fromSystemProperty().modelFile("add.pte").toString();
                try (Module module = new Module(add)) {
                    try {
                        module.load("backward");
                    } catch (ExecuTorchException expected) {
                        // The failure is the provocation.
                    }
                }
                try (Module module = new Module(add); Tensor x = Tensor.of(new float[] {1f}); Tensor y = Tensor.of(new float[] {1f})) {
                    module.forward(x, y).forEach(v -> v.tensor().ifPresent(Tensor::close));
                } catch (ExecuTorchException e) {
                    throw new IllegalStateException("the log probe could not run forward on add.pte: " + e.getMessage(), e);
                }
                Log.shared().flush();
                List<LogMessage> messages = sink.messages();
                Set<LogLevel> levels = EnumSet.noneOf(LogLevel.class);
                messages.forEach(m -> levels.add(m.level()));
                // The runtime's code is in its shared library, or inside the JNI library when it is linked statically.
                String library = BuildInfo.current().runtimeBinary().map(Object::toString).orElse("(no runtime binary recorded)");
                finding = new Finding(library, holds(library, LOGGED_FORMAT), messages, levels);
            } finally {
                Log.shared().removeSink(sink);
            }
        }
        return finding;
    }
}
