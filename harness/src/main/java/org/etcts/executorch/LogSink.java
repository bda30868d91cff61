package org.etcts.executorch;

/**
 * Receives the runtime's log messages; register one with {@link Log#addSink(LogSink)}.
 *
 * <p>Called on a Java thread, never on a runtime worker thread: the one that drains the binding's
 * message queue (see {@link Log}). Calls are serialised: one message at a time, oldest first. A
 * sink should return quickly and must not block on another thread that uses this binding.
 * Exceptions it throws are reported on {@code System.err} and do not stop delivery.
 */
@FunctionalInterface
public interface LogSink {

    /**
     * Receives one message.
     *
     * @param message the message
     */
    void log(LogMessage message);
}
