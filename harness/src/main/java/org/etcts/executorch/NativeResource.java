package org.etcts.executorch;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A Java object that owns one native object, identified by an opaque handle.
 *
 * <p>Ownership is explicit: call {@link #close()} (or use try-with-resources) when done. Closing is
 * idempotent and thread-safe; any use after close throws {@link IllegalStateException} instead of
 * touching freed memory. If an object becomes unreachable without being closed, a
 * {@link Cleaner} frees the native object as a fallback; relying on that only delays the release.
 *
 * <p>Subclasses live in this package: they pass a freshly created handle and the static native
 * function that destroys it, and read the handle through {@link #handle()} for every native call.
 */
public abstract class NativeResource implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final AtomicLong handle;
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
     * The handle of the native object, for passing to native code.
     *
     * @throws IllegalStateException if this object has been closed
     */
    final long handle() {
        long h = handle.get();
        if (h == 0) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed");
        }
        return h;
    }

    /** {@return whether {@link #close()} has been called (or the cleaner has run)} */
    public final boolean isClosed() {
        return handle.get() == 0;
    }

    /**
     * Frees the native object. Calling it again, from any thread, does nothing.
     */
    @Override
    public void close() {
        cleanable.clean();
    }

    /**
     * The cleaning action. It holds the handle cell and the destroyer, never the resource itself.
     * {@link Cleaner.Cleanable#clean()} runs it at most once, whichever of close() and the cleaner
     * comes first; the getAndSet makes the handle unusable before the native object goes away.
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
