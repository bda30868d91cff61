package org.etcts.steps.log;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogLevel;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.steps.fixtures.FixtureCatalog;

/**
 * Finds out at run time what the build under test logs, by provoking known messages: a failing
 * {@code load("backward")} on add.pte (an error-level "No method named 'backward' in program" in
 * every build that logs) and a forward of add.pte (debug-level "Executing method" lines in a build whose
 * minimum level is Debug). The runtime offers no way to ask for its log configuration, so this is the
 * only honest probe. It runs once per JVM.
 *
 * <p>Capabilities ({@code @requires:} tags): {@code logging} (some message reached a sink) and
 * {@code logging=off} (none did). Which minimum level the build was configured with is declared by the
 * user instead ({@code @requires:declared-log-level}), since a probe of it would check the runtime
 * against itself.
 */
public final class LogProbe {

    private static Finding finding;

    private record Finding(List<LogMessage> messages, Set<LogLevel> levels) {
        String summary() {
            if (messages.isEmpty()) {
                return "provoking a failed load(\"backward\") and a forward of add.pte delivered no message to a sink";
            }
            return "provoking a failed load(\"backward\") and a forward of add.pte delivered " + messages.size() + " message(s) at level(s) "
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
                boolean logs = !found.messages().isEmpty();
                if (wantOff == !logs) {
                    return null;
                }
                return wantOff ? "the build under test logs (" + found.summary() + "); this needs a build with logging compiled out (ET_LOG_ENABLED=0)"
                        : "the build under test does not log (" + found.summary() + "): logging is compiled out (ET_LOG_ENABLED=0)";
            }
            default -> throw new IllegalArgumentException("unknown logging capability '" + kind + "'");
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
                finding = new Finding(messages, levels);
            } finally {
                Log.shared().removeSink(sink);
            }
        }
        return finding;
    }
}
