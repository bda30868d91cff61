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
 * What the native object holds (bytes, file handles) counts towards the {@link NativeBudget}, which
 * makes the garbage collector run when forgotten objects pile up.
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
    /** What the native object holds, as counted in the {@link NativeBudget}. */
    private final Held held;

    /**
     * Takes ownership of a native object.
     *
     * @param handle the native object's handle; must not be 0
     * @param destroyer frees the native object given its handle; called at most once. It must not
     *     refer to this object (a static method reference is the usual choice), or the
     *     {@link Cleaner} could never run.
     */
    NativeResource(long handle, LongConsumer destroyer) {
        this(handle, destroyer, 0, 0);
    }

    /**
     * Takes ownership of a native object that holds native memory or file handles, counted towards the
     * {@link NativeBudget} until it is freed.
     *
     * @param handle the native object's handle; must not be 0
     * @param destroyer frees the native object given its handle (see {@link #NativeResource(long, LongConsumer)})
     * @param nativeBytes the bytes it holds outside the Java heap (an estimate)
     * @param fileHandles the file handles it holds
     */
    NativeResource(long handle, LongConsumer destroyer, long nativeBytes, long fileHandles) {
        if (handle == 0) {
            throw new IllegalArgumentException("native handle is 0");
        }
        this.handle = new AtomicLong(handle);
        this.held = new Held();
        this.cleanable = CLEANER.register(this, new Release(this.handle, destroyer, held));
        account(nativeBytes, fileHandles);
    }

    /**
     * Counts more (or, negative, less) native bytes and file handles held by this object, until it is
     * freed; may run the garbage collector first (see {@link NativeBudget}).
     */
    final void account(long nativeBytes, long fileHandles) {
        if (nativeBytes == 0 && fileHandles == 0) {
            return;
        }
        synchronized (held) {
            if (held.released) {
                return;
            }
            held.bytes += nativeBytes;
            held.handles += fileHandles;
        }
        if (nativeBytes >= 0 && fileHandles >= 0) {
            NativeBudget.reserve(nativeBytes, fileHandles);
        } else {
            NativeBudget.release(-nativeBytes, -fileHandles);
        }
    }

    /**
     * One native call on this object: holds the handle for the call ({@link #acquire()}), releases it
     * afterwards whatever happens, and then delivers the runtime's log messages queued meanwhile to the
     * log sinks on this thread ({@link Log}), so a sink has seen them by the time the call returns or
     * throws. Every native call of a subclass goes through here or {@link #run(NativeAction)}.
     *
     * @param call the native call, given the handle
     * @return what the call returns
     * @throws IllegalStateException if this object has been closed
     * @throws E what the call throws
     */
    final <T, E extends Exception> T call(NativeCall<T, E> call) throws E {
        long h = acquire();
        try {
            return call.apply(h);
        } finally {
            release();
            Log.deliverPending();
        }
    }

    /**
     * A native call without a result; see {@link #call(NativeCall)}.
     *
     * @param action the native call, given the handle
     * @throws IllegalStateException if this object has been closed
     * @throws E what the call throws
     */
    final <E extends Exception> void run(NativeAction<E> action) throws E {
        call(h -> {
            action.apply(h);
            return null;
        });
    }

    /** A native call with a result, given the handle. */
    @FunctionalInterface
    interface NativeCall<T, E extends Exception> {
        /** Makes the call. */
        T apply(long handle) throws E;
    }

    /** A native call without a result, given the handle. */
    @FunctionalInterface
    interface NativeAction<E extends Exception> {
        /** Makes the call. */
        void apply(long handle) throws E;
    }

    /** {@return the native bytes this object counts in the {@link NativeBudget}; 0 once freed} */
    final long heldBytes() {
        synchronized (held) {
            return held.released ? 0 : held.bytes;
        }
    }

    /** {@return the file handles this object counts in the {@link NativeBudget}; 0 once freed} */
    final long heldHandles() {
        synchronized (held) {
            return held.released ? 0 : held.handles;
        }
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
        private final Held held;

        Release(AtomicLong handle, LongConsumer destroyer, Held held) {
            this.handle = handle;
            this.destroyer = destroyer;
            this.held = held;
        }

        @Override
        public void run() {
            long h = handle.getAndSet(0);
            if (h != 0) {
                destroyer.accept(h);
                long bytes;
                long handles;
                synchronized (held) {
                    held.released = true;
                    bytes = held.bytes;
                    handles = held.handles;
                }
                NativeBudget.release(bytes, handles);
            }
        }
    }

    /** The bytes and handles a native object holds, as counted; guarded by itself. */
    private static final class Held {
        long bytes;
        long handles;
        boolean released;
    }
}
