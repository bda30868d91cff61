package org.etcts.executorch;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A Java object that owns one native object, identified by an opaque handle.
 *
 * <p>Ownership is explicit: call {@link #close()} (or use try-with-resources) when done. Closing is
 * idempotent and thread-safe; any use that starts after close throws {@link IllegalStateException}
 * instead of touching freed memory. A close that arrives while another thread is inside a native
 * call on the object (or has bound it into one, such as a tensor passed to
 * {@link Module#execute(String, java.util.List)}) marks the object closed at once and frees the
 * native object when that call ends. If an object becomes unreachable without being closed, a
 * {@link Cleaner} frees the native object as a fallback; relying on that only delays the release.
 *
 * <p>Subclasses live in this package: they pass a freshly created handle and the static native
 * function that destroys it, and bracket every native call with {@link #acquire()} and
 * {@link #release()}.
 */
public abstract class NativeResource implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    /** Set in {@link #state} once {@link #close()} has been called; the other bits count the users. */
    private static final long CLOSED = 1L << 62;

    private final AtomicLong handle;
    /** {@link #CLOSED} or 0, plus the number of native calls that currently hold the handle. */
    private final AtomicLong state = new AtomicLong();
    private final Cleaner.Cleanable cleanable;

    /**
     * Takes ownership of a native object.
     *
     * @param handle the native object's handle; must not be 0
     * @param destroyer frees the native object given its handle; called at most once. It must not
     *     refer to this object (a static method reference is the usual choice), or the
     *     {@link Cleaner} could never run.
     */
    NativeResource(long handle, LongConsumer destroyer) {
        if (handle == 0) {
            throw new IllegalArgumentException("native handle is 0");
        }
        this.handle = new AtomicLong(handle);
        this.cleanable = CLEANER.register(this, new Release(this.handle, destroyer));
    }

    /**
     * The handle of the native object, held for one native call: the native object is not freed
     * until the matching {@link #release()}, even if another thread closes this object meanwhile.
     * Call {@link #release()} exactly once for every successful call, in a {@code finally} block.
     *
     * @throws IllegalStateException if this object has been closed
     */
    final long acquire() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                throw closed();
            }
            if (state.compareAndSet(s, s + 1)) {
                break;
            }
        }
        long h = handle.get();
        if (h == 0) {  // not reachable: the cleaner runs only once nobody can call this
            release();
            throw closed();
        }
        return h;
    }

    /** Ends a use begun by {@link #acquire()}; frees the native object if it was closed meanwhile. */
    final void release() {
        if (state.decrementAndGet() == CLOSED) {
            cleanable.clean();
        }
    }

    /** {@return whether {@link #close()} has been called (or the cleaner has run)} */
    public final boolean isClosed() {
        return (state.get() & CLOSED) != 0 || handle.get() == 0;
    }

    /**
     * Frees the native object, or, if a native call on it is in progress on another thread, marks it
     * closed and leaves the freeing to the end of that call. Calling it again, from any thread, does
     * nothing.
     */
    @Override
    public void close() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                if (s == 0) {
                    cleanable.clean();
                }
                return;
            }
        }
    }

    private IllegalStateException closed() {
        return new IllegalStateException(getClass().getSimpleName() + " is closed");
    }

    /**
     * The cleaning action. It holds the handle cell and the destroyer, never the resource itself.
     * {@link Cleaner.Cleanable#clean()} runs it at most once, whichever of close() (or, for an object
     * closed during a native call, the release() ending that call) and the cleaner comes first; the
     * getAndSet makes the handle unusable before the native object goes away.
     */
    private static final class Release implements Runnable {
        private final AtomicLong handle;
        private final LongConsumer destroyer;

        Release(AtomicLong handle, LongConsumer destroyer) {
            this.handle = handle;
            this.destroyer = destroyer;
        }

        @Override
        public void run() {
            long h = handle.getAndSet(0);
            if (h != 0) {
                destroyer.accept(h);
            }
        }
    }
}
