package org.etcts.steps.log;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.etcts.executorch.Log;

/**
 * What one logging or error scenario holds: its named sinks (removed from the shared log when the
 * scenario ends), a sink it has let go of, and what a failing call left behind. Picocontainer creates
 * one per scenario.
 */
public final class LogState {

    private final Map<String, RecordingSink> sinks = new LinkedHashMap<>();
    /** A sink the scenario no longer references; only its call counter is kept. */
    WeakReference<Object> releasedSink;
    /** How often the released sink was called. */
    final AtomicInteger releasedSinkCalls = new AtomicInteger();
    /** For each sink, how many messages it held when the last failing call returned. */
    Map<String, Integer> countsWhenCallReturned = Map.of();
    /** The thread that made the last failing call. */
    String callingThread;

    /**
     * The named sink, created on first use (not yet added to the log).
     *
     * @param name the scenario's name for it
     * @return the sink
     */
    public RecordingSink sink(String name) {
        return sinks.computeIfAbsent(name, RecordingSink::new);
    }

    /** {@return every named sink of the scenario} */
    public Map<String, RecordingSink> sinks() {
        return sinks;
    }

    /** Removes every sink of the scenario from the shared log. */
    void removeAll() {
        sinks.values().forEach(Log.shared()::removeSink);
    }
}
