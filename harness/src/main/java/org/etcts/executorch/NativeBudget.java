package org.etcts.executorch;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the binding's live native objects hold outside the Java heap, and the budget that makes the
 * garbage collector reclaim forgotten ones.
 *
 * <p>A {@link NativeResource} that is never closed is freed by its {@link java.lang.ref.Cleaner}, but
 * only once the garbage collector has run, and native memory and file handles do not make it run:
 * a loop that forgets {@code close()} on a 10 MB program grows by the program every iteration. So,
 * as the JDK does for direct byte buffers, every native object counts the bytes (program files,
 * memory-planned buffers, tensor data) and the file handles it holds here, and when a new one takes
 * the total over the budget, the creating thread runs {@link System#gc()} and waits a little for the
 * cleaners to free what has become unreachable. Unlike direct buffers, going over is never an error:
 * objects that are still reachable stay, and the next collection is triggered only once the total has
 * grown to twice what survived, so a program that legitimately holds more than the budget does not
 * collect on every allocation.
 *
 * <p>The budgets are system properties read once: {@value #BYTES_PROPERTY} (bytes, with an optional
 * {@code k}, {@code m} or {@code g} suffix; default 64m) and {@value #HANDLES_PROPERTY} (default 256).
 * {@code 0} turns a budget off. A JVM run with {@code -XX:+DisableExplicitGC} ignores the collection
 * request, and nothing but {@code close()} then bounds a forgetful loop.
 */
final class NativeBudget {

    /** The system property of the byte budget. */
    static final String BYTES_PROPERTY = "etcts.executorch.nativeMemoryBudget";
    /** The system property of the file-handle budget. */
    static final String HANDLES_PROPERTY = "etcts.executorch.nativeHandleBudget";

    private static final long BYTE_BUDGET = size(System.getProperty(BYTES_PROPERTY, "64m"), BYTES_PROPERTY);
    private static final long HANDLE_BUDGET = size(System.getProperty(HANDLES_PROPERTY, "256"), HANDLES_PROPERTY);
    /** How long a thread over budget waits, at most, for the cleaners after a collection. */
    private static final int MAX_WAIT_MILLIS = 256;

    private static final AtomicLong BYTES = new AtomicLong();
    private static final AtomicLong HANDLES = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    private static final Object COLLECTING = new Object();
    /** The totals at which the next collection is requested; raised when live objects exceed the budget. */
    private static volatile long byteThreshold = BYTE_BUDGET;
    private static volatile long handleThreshold = HANDLE_BUDGET;

    private NativeBudget() {
    }

    /**
     * Counts what a native object has come to hold; may collect garbage first if that takes the total
     * over the budget.
     *
     * @param bytes native bytes (not negative)
     * @param handles file handles (not negative)
     */
    static void reserve(long bytes, long handles) {
        long totalBytes = BYTES.addAndGet(bytes);
        long totalHandles = HANDLES.addAndGet(handles);
        if (over(totalBytes, byteThreshold) || over(totalHandles, handleThreshold)) {
            collect();
        }
    }

    /**
     * Counts what a freed native object held.
     *
     * @param bytes the bytes it had reserved
     * @param handles the handles it had reserved
     */
    static void release(long bytes, long handles) {
        // Back under the budget: the threshold a crowd of live objects had raised applies no more.
        if (BYTES.addAndGet(-bytes) <= BYTE_BUDGET) {
            byteThreshold = BYTE_BUDGET;
        }
        if (HANDLES.addAndGet(-handles) <= HANDLE_BUDGET) {
            handleThreshold = HANDLE_BUDGET;
        }
    }

    /** {@return the native bytes the binding's live objects hold, as counted} */
    static long bytes() {
        return BYTES.get();
    }

    /** {@return the file handles the binding's live objects hold, as counted} */
    static long handles() {
        return HANDLES.get();
    }

    /** {@return how many collections the budget has requested since the binding was loaded} */
    static long collections() {
        return COLLECTIONS.get();
    }

    private static boolean over(long total, long threshold) {
        return threshold > 0 && total > threshold;
    }

    /**
     * Asks for a collection, then waits (doubling sleeps, {@value #MAX_WAIT_MILLIS} ms at most) for the
     * cleaners to bring the totals under the budget. One thread collects at a time; the others that
     * arrive meanwhile find the totals lowered and go on.
     */
    private static void collect() {
        synchronized (COLLECTING) {
            if (!over(BYTES.get(), byteThreshold) && !over(HANDLES.get(), handleThreshold)) {
                return;
            }
            COLLECTIONS.incrementAndGet();
            System.gc();
            int waited = 0;
            for (int sleep = 1; waited < MAX_WAIT_MILLIS && !under(); sleep *= 2) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                waited += sleep;
            }
            // What survived is live: collect again only once the total has doubled from there.
            byteThreshold = BYTE_BUDGET <= 0 ? 0 : Math.max(BYTE_BUDGET, 2 * BYTES.get());
            handleThreshold = HANDLE_BUDGET <= 0 ? 0 : Math.max(HANDLE_BUDGET, 2 * HANDLES.get());
        }
    }

    private static boolean under() {
        return !over(BYTES.get(), BYTE_BUDGET) && !over(HANDLES.get(), HANDLE_BUDGET);
    }

    /** Parses {@code 64m}, {@code 1g}, {@code 4096}; a malformed value is an error naming the property. */
    static long size(String text, String property) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (value.endsWith("k") || value.endsWith("m") || value.endsWith("g")) {
            unit = switch (value.charAt(value.length() - 1)) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                default -> 1L << 30;
            };
            value = value.substring(0, value.length() - 1);
        }
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new NumberFormatException("negative");
            }
            return Math.multiplyExact(number, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("-D" + property + "=" + text
                    + " is not a size: give a non-negative number of bytes, optionally with k, m or g (0 turns the budget off)");
        }
    }
}
