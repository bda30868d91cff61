package org.etcts.executorch;

import java.util.Objects;

/**
 * One message the runtime logged. Immutable.
 *
 * @param level the severity
 * @param timestampNanos when it was logged, in nanoseconds since the runtime's platform layer was
 *     initialised (the runtime's clock, converted from ticks)
 * @param fileName the runtime source file that logged it, as the runtime reports it (a base name
 *     such as {@code program.cpp})
 * @param line the line in that file
 * @param functionName the function that logged it
 * @param text the message, without a trailing newline; the runtime cuts messages to 255 bytes
 */
public record LogMessage(LogLevel level, long timestampNanos, String fileName, long line, String functionName,
        String text) {

    /** Checks that no component is null. */
    public LogMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(text, "text");
    }

    /** {@return the timestamp in seconds, as the documented API reports it} */
    public double timestamp() {
        return timestampNanos / 1e9;
    }

    @Override
    public String toString() {
        return level.code() + " " + timestamp() + " " + fileName + ":" + line + " " + functionName + "] " + text;
    }
}
