package org.etcts.executorch;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The runtime's log, delivered to Java {@link LogSink}s. There is one per process:
 * {@link #shared()}.
 *
 * <p><b>How messages travel.</b> When the JNI library loads, it installs a hook in the runtime's
 * platform layer ({@code executorch::runtime::register_pal}) through which every runtime log
 * message passes, whichever thread logged it. The hook never calls into the JVM: it copies the
 * message into a native queue (bounded to 4096 messages; when it is full the oldest are dropped and
 * counted, see {@link #droppedMessageCount()}). Java drains that queue and calls the sinks:
 * <ul>
 *   <li>automatically at the end of every {@link Module} call and every {@link Tensor} operation that
 *       can log, on the calling thread, so a sink has seen the messages of a failing call by the
 *       time its exception reaches the caller;</li>
 *   <li>on demand with {@link #flush()}, e.g. for messages logged by runtime worker threads.</li>
 * </ul>
 * Delivery is serialised across threads; each sink receives each message once, oldest first.
 *
 * <p><b>Replay.</b> The last {@value #REPLAY_CAPACITY} delivered messages are remembered. Adding a
 * sink replays them to it first, synchronously, every time {@link #addSink(LogSink)} is called
 * (a sink added twice is registered once but gets the replay twice).
 *
 * <p><b>Standard error.</b> Messages are also passed on to the emitter that was active before the
 * hook (the runtime's default one prints {@code E 00:00:01.2 executorch:program.cpp:67] ...} lines to
 * stderr), whether or not sinks are installed, so a crashing child process still leaves its log in
 * its stderr. {@link #setForwardToStandardError(boolean)} turns that off.
 *
 * <p><b>What the runtime emits</b> is fixed when the runtime is built, and the runtime offers no way
 * to ask: a build without logging ({@code ET_LOG_ENABLED=0}) emits nothing, and the minimum level
 * ({@code ET_MIN_LOG_LEVEL}, {@code Info} by default) drops lower levels, so the PyPI wheel's
 * release runtime delivers error and info messages but no debug ones. A fatal message is emitted
 * just before the runtime aborts the process; it reaches stderr, but no Java sink.
 *
 * <p><b>Sinks are held weakly</b>, as in the reference binding: the log does not keep a sink alive.
 * A sink that its owner no longer references is dropped once it has been collected and is never
 * called again; keep a reference for as long as the sink should receive messages (a lambda passed
 * straight to {@link #addSink(LogSink)} may be collected at once).
 *
 * <p>Difference from the reference binding: the replay to a new sink is synchronous.
 */
public final class Log {

    /** How many recent messages are replayed to a newly added sink. */
    public static final int REPLAY_CAPACITY = 100;

    private static final int DRAIN_BATCH = 256;
    private static final Log SHARED = new Log();

    private final CopyOnWriteArrayList<WeakReference<LogSink>> sinks = new CopyOnWriteArrayList<>();
    private final Object deliveryLock = new Object();
    private final ArrayDeque<LogMessage> history = new ArrayDeque<>();  // guarded by deliveryLock
    private final ThreadLocal<Boolean> delivering = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private Log() {
    }

    /** {@return the process-wide log} */
    public static Log shared() {
        return SHARED;
    }

    /**
     * Registers a sink, after replaying the recent messages to it (see the class description).
     * Adding a sink that is already registered only replays.
     *
     * @param sink the sink
     */
    public void addSink(LogSink sink) {
        Objects.requireNonNull(sink, "sink");
        NativeLibrary.load();
        synchronized (deliveryLock) {
            drainAndDeliver();
            for (LogMessage message : history) {
                call(sink, message);
            }
            if (find(sink) == null) {
                sinks.add(new WeakReference<>(sink));
            }
        }
    }

    /**
     * Unregisters a sink. Messages still queued are delivered to the remaining sinks only.
     *
     * @param sink the sink
     * @return whether it was registered
     */
    public boolean removeSink(LogSink sink) {
        Objects.requireNonNull(sink, "sink");
        synchronized (deliveryLock) {
            WeakReference<LogSink> registered = find(sink);
            return registered != null && sinks.remove(registered);
        }
    }

    /**
     * Delivers every queued runtime message to the sinks now, on the calling thread.
     */
    public void flush() {
        NativeLibrary.load();
        synchronized (deliveryLock) {
            drainAndDeliver();
        }
    }

    /** {@return a snapshot of the last (at most {@value #REPLAY_CAPACITY}) delivered messages, oldest first} */
    public List<LogMessage> recentMessages() {
        flush();
        synchronized (deliveryLock) {
            return List.copyOf(new ArrayList<>(history));
        }
    }

    /**
     * {@return whether the runtime accepted the binding's log hook; if not, no message reaches a
     * sink (they still go to stderr)}
     */
    public boolean isCaptureInstalled() {
        NativeLibrary.load();
        return nativeIsCaptureInstalled();
    }

    /** {@return how many messages were dropped because the native queue was full} */
    public long droppedMessageCount() {
        NativeLibrary.load();
        return nativeDroppedCount();
    }

    /**
     * Sets whether runtime messages are also passed to the previous emitter (stderr by default).
     *
     * @param forward true to keep printing them, false to deliver them to sinks only
     */
    public void setForwardToStandardError(boolean forward) {
        NativeLibrary.load();
        nativeSetForwarding(forward);
    }

    /** {@return whether runtime messages are also passed to the previous emitter (stderr)} */
    public boolean isForwardingToStandardError() {
        NativeLibrary.load();
        return nativeIsForwarding();
    }

    /**
     * Delivers queued messages after a native call. Called by the binding's classes on the calling
     * thread; does nothing when called from within a sink (the outer delivery continues) and never
     * throws.
     */
    static void deliverPending() {
        if (SHARED.delivering.get()) {
            return;
        }
        try {
            synchronized (SHARED.deliveryLock) {
                SHARED.drainAndDeliver();
            }
        } catch (RuntimeException | LinkageError e) {
            // Delivery must never turn a successful call into a failure, nor hide the call's own error.
            System.err.println("etcts: could not deliver runtime log messages: " + e);
        }
    }

    /** Drains the native queue until it is empty. Call with deliveryLock held. */
    private void drainAndDeliver() {
        if (delivering.get()) {
            return;
        }
        delivering.set(Boolean.TRUE);
        try {
            Object[] batch;
            while ((batch = nativeDrain(DRAIN_BATCH)) != null) {
                long[] numbers = (long[]) batch[NativeLayout.LOG_NUMBERS];
                String[] texts = (String[]) batch[NativeLayout.LOG_TEXTS];
                for (int i = 0; i < texts.length / NativeLayout.LOG_TEXTS_PER_RECORD; i++) {
                    int n = NativeLayout.LOG_NUMBERS_PER_RECORD * i;
                    int t = NativeLayout.LOG_TEXTS_PER_RECORD * i;
                    LogMessage message = new LogMessage(LogLevel.fromNumber((int) numbers[n + NativeLayout.LOG_LEVEL]),
                            numbers[n + NativeLayout.LOG_TIMESTAMP], texts[t + NativeLayout.LOG_FILE],
                            numbers[n + NativeLayout.LOG_LINE], texts[t + NativeLayout.LOG_FUNCTION],
                            texts[t + NativeLayout.LOG_MESSAGE]);
                    remember(message);
                    for (WeakReference<LogSink> reference : sinks) {
                        LogSink sink = reference.get();
                        if (sink == null) {
                            sinks.remove(reference);  // collected: its owner let it go without removing it
                        } else {
                            call(sink, message);
                        }
                    }
                }
            }
        } finally {
            delivering.set(Boolean.FALSE);
        }
    }

    /** The registration of a sink (by identity), dropping collected ones on the way; null if none. */
    private WeakReference<LogSink> find(LogSink sink) {
        WeakReference<LogSink> found = null;
        for (WeakReference<LogSink> reference : sinks) {
            LogSink registered = reference.get();
            if (registered == null) {
                sinks.remove(reference);
            } else if (registered == sink) {
                found = reference;
            }
        }
        return found;
    }

    /** {@return how many registered sinks are still alive} */
    public int sinkCount() {
        synchronized (deliveryLock) {
            return (int) sinks.stream().filter(reference -> reference.get() != null).count();
        }
    }

    private void remember(LogMessage message) {
        if (history.size() == REPLAY_CAPACITY) {
            history.removeFirst();
        }
        history.addLast(message);
    }

    private static void call(LogSink sink, LogMessage message) {
        try {
            sink.log(message);
        } catch (RuntimeException e) {
            System.err.println("etcts: log sink " + sink + " threw " + e);
        }
    }

    // ---------------------------------------------------------------- native (log_jni.cpp)

    /** Removes up to max queued messages, laid out as {@link NativeLayout} states ({@code LOG_*}); null if none. */
    private static native Object[] nativeDrain(int max);

    private static native long nativeDroppedCount();

    private static native boolean nativeIsCaptureInstalled();

    private static native void nativeSetForwarding(boolean forward);

    private static native boolean nativeIsForwarding();
}
