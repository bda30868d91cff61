package org.etcts.executorch;

import java.util.List;
import java.util.Objects;

/**
 * Values about to be bound to a method, in the form native code takes them: parallel arrays of tag
 * numbers and payload words (the tensor's native handle, the integer, the boolean as 0/1, or the
 * raw bits of the double). It also holds the tensors, so they stay reachable during the native call.
 *
 * <p>Only tensors, integers, doubles and booleans can be bound: the runtime cannot bind strings or
 * none, and the reference binding aborts the process on them, so they are rejected here.
 */
final class PackedValues {

    final int[] tags;
    final long[] payloads;
    final Tensor[] tensors;

    private PackedValues(int count) {
        tags = new int[count];
        payloads = new long[count];
        tensors = new Tensor[count];
    }

    /**
     * Packs values.
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
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            if (value == null) {
                throw new NullPointerException(role + " " + i + " of method '" + methodName + "' is null");
            }
            switch (value.tag()) {
                case TENSOR:
                    packed.tensors[i] = value.toTensor();
                    packed.payloads[i] = packed.tensors[i].handle();
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
        return packed;
    }
}
