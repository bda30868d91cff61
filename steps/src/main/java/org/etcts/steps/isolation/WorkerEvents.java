package org.etcts.steps.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The events file through which a worker JVM tells its {@link WorkerSupervisor} which item it is running
 * and how each finished item ended. One line per event, flushed at once, so that when the worker dies
 * the file says which item was running:
 * <pre>
 *   START &lt;item&gt;
 *   STEP &lt;base64 text&gt;           (optional: what inside the item runs now, for a crash report)
 *   END &lt;item&gt; &lt;base64 payload&gt;
 * </pre>
 * Items are single tokens (a feature path with a line, a class name); texts and payloads are Base64 so
 * every event stays on one line.
 */
public final class WorkerEvents {

    /** The system property that names a worker's events file. */
    public static final String FILE_PROPERTY = "etcts.worker.events";

    /** One event read back from the file. */
    public record Event(Kind kind, String item, String text) {
    }

    /** What an event says. */
    public enum Kind {
        /** An item started. */
        START,
        /** Progress inside the running item. */
        STEP,
        /** An item ended; the text is its payload. */
        END
    }

    private WorkerEvents() {
    }

    /**
     * The events file of this JVM when it is a worker, else null.
     *
     * @return the file named by {@value #FILE_PROPERTY}, or null
     */
    public static Path fileOfThisWorker() {
        String file = System.getProperty(FILE_PROPERTY);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /** Records that {@code item} started. */
    public static void started(Path file, String item) {
        append(file, "START " + token(item));
    }

    /** Records progress inside the running item. */
    public static void step(Path file, String text) {
        append(file, "STEP " + encode(text));
    }

    /** Records that {@code item} ended, with what it produced. */
    public static void ended(Path file, String item, String payload) {
        append(file, "END " + token(item) + " " + encode(payload));
    }

    private static String token(String item) {
        if (item.isEmpty() || item.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a worker item must be one non-empty token: '" + item + "'");
        }
        return item;
    }

    private static synchronized void append(Path file, String line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            // Forced to disk so that a crash a moment later cannot lose the line.
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worker events file " + file, e);
        }
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }

    /** Reads a growing events file from where it left off; only whole lines are returned. */
    static final class Reader {
        private final Path file;
        private long position;
        private final StringBuilder partial = new StringBuilder();

        Reader(Path file) {
            this.file = file;
        }

        /** The events appended since the last call. */
        List<Event> poll() throws IOException {
            List<Event> events = new ArrayList<>();
            if (!Files.exists(file)) {
                return events;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size <= position) {
                    return events;
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - position, Integer.MAX_VALUE - 8));
                channel.read(buffer, position);
                position += buffer.position();
                partial.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            }
            int newline;
            while ((newline = partial.indexOf("\n")) >= 0) {
                String line = partial.substring(0, newline);
                partial.delete(0, newline + 1);
                Event event = parse(line);
                if (event != null) {
                    events.add(event);
                }
            }
            return events;
        }

        private static Event parse(String line) {
            String[] parts = line.split(" ", 3);
            return switch (parts[0]) {
                case "START" -> new Event(Kind.START, parts[1], "");
                case "STEP" -> new Event(Kind.STEP, null, decode(parts[1]));
                case "END" -> new Event(Kind.END, parts[1], parts.length > 2 ? decode(parts[2]) : "");
                default -> null;
            };
        }
    }
}
