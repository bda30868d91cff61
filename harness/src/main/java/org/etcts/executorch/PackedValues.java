package org.etcts.executorch;

import java.util.List;
import java.util.Objects;

/**
 * Values about to be bound to a method, in the form native code takes them: parallel arrays of tag
 * numbers and payload words (the tensor's native handle, the integer, the boolean as 0/1, or the
 * raw bits of the double). It holds each tensor's handle from {@link NativeResource#acquire()} until
 * {@link #close()}, so a tensor closed by another thread meanwhile is freed only after the native call.
 *
 * <p>Only tensors, integers, doubles and booleans can be bound: the runtime cannot bind strings or
 * none, and the reference binding aborts the process on them, so they are rejected here.
 */
final class PackedValues implements AutoCloseable {

    final int[] tags;
    final long[] payloads;
    /** The tensors whose handles are held, in order; null entries for other values. */
    private final Tensor[] tensors;

    private PackedValues(int count) {
        tags = new int[count];
        payloads = new long[count];
        tensors = new Tensor[count];
    }

    /**
     * Packs values, holding the tensors' handles until {@link #close()}.
     *
     * @param values the values, bound to index 0, 1, ...
     * @param role "input" or "output", for messages
     * @param methodName the method, for messages
     * @throws NullPointerException if the list or a value is null
     * @throws IllegalArgumentException if a value is a string or none
     * @throws IllegalStateException if a tensor is closed
     */
    static PackedValues of(List<Value> values, String role, String methodName) {
        Objects.requireNonNull(values, role + "s");
        PackedValues packed = new PackedValues(values.size());
        try {
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i);
                if (value == null) {
                    throw new NullPointerException(role + " " + i + " of method '" + methodName + "' is null");
                }
                switch (value.tag()) {
                    case TENSOR:
                        Tensor tensor = value.toTensor();
                        packed.payloads[i] = tensor.acquire();
                        packed.tensors[i] = tensor;
                        break;
                    case INTEGER:
                    case DOUBLE:
                    case BOOLEAN:
                        packed.payloads[i] = value.payloadBits();
                        break;
                    default:
                        throw new IllegalArgumentException(role + " " + i + " of method '" + methodName + "' is "
                                + value.tag() + "; the runtime binds only tensor, integer, double and boolean values");
                }
                packed.tags[i] = value.tag().number();
            }
        } catch (RuntimeException | Error e) {
            packed.close();
            throw e;
        }
        return packed;
    }

    /** Releases the tensors' handles (once); after this the payloads must not be passed to native code. */
    @Override
    public void close() {
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i] != null) {
                tensors[i].release();
                tensors[i] = null;
            }
        }
    }
}
