package org.etcts.steps.log;

import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.LogSink;

/** A log sink that remembers every message it receives and the thread it was called on. */
public final class RecordingSink implements LogSink {

    /**
     * One call of the sink.
     *
     * @param message the message
     * @param thread the name of the thread the sink was called on
     */
    public record Delivery(LogMessage message, String thread) {
    }

    private final String name;
    private final List<Delivery> deliveries = new ArrayList<>();

    /**
     * Creates a sink.
     *
     * @param name the name the scenario gives it
     */
    public RecordingSink(String name) {
        this.name = name;
    }

    @Override
    public synchronized void log(LogMessage message) {
        deliveries.add(new Delivery(message, Thread.currentThread().getName()));
    }

    /** {@return every delivery so far, oldest first} */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** {@return every message so far, oldest first} */
    public synchronized List<LogMessage> messages() {
        return deliveries.stream().map(Delivery::message).toList();
    }

    /** {@return the messages whose text contains the given text} */
    public List<LogMessage> containing(String text) {
        return messages().stream().filter(m -> m.text().contains(text)).toList();
    }

    /** Forgets what it has received (e.g. a replay the scenario is not about). */
    public synchronized void clear() {
        deliveries.clear();
    }

    /** {@return how many messages it has received} */
    public synchronized int count() {
        return deliveries.size();
    }

    @Override
    public String toString() {
        return "sink '" + name + "'";
    }
}
