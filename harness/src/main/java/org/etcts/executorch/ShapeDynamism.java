package org.etcts.executorch;

import java.util.Objects;

/**
 * Whether a tensor's shape may change, mirroring {@code TensorShapeDynamism} in
 * {@code runtime/core/tensor_shape_dynamism.h} (same numbers).
 */
public enum ShapeDynamism {
    /** The shape cannot change. 0-D tensors are always static, whatever was requested. */
    STATIC(0),
    /** The shape may change as long as the element count stays within the count at creation. */
    DYNAMIC_BOUND(1),
    /** No restriction in principle; the portable runtime treats it like {@link #DYNAMIC_BOUND}. */
    DYNAMIC_UNBOUND(2);

    private final int number;

    ShapeDynamism(int number) {
        this.number = number;
    }

    /** {@return the runtime's number for this dynamism} */
    public int number() {
        return number;
    }

    /**
     * The dynamism with the given runtime number.
     *
     * @param number a TensorShapeDynamism number
     * @return the dynamism with that number
     * @throws IllegalArgumentException if no dynamism has that number
     */
    public static ShapeDynamism fromNumber(int number) {
        for (ShapeDynamism d : values()) {
            if (d.number == number) {
                return d;
            }
        }
        throw new IllegalArgumentException("no shape dynamism has number " + number);
    }

    /**
     * Parses a name: {@code dynamicBound}, {@code DYNAMIC_BOUND}, {@code dynamic-bound} ...
     *
     * @param name the name to parse
     * @return the dynamism with that name
     * @throws IllegalArgumentException if no dynamism has that name
     */
    public static ShapeDynamism parse(String name) {
        Objects.requireNonNull(name, "name");
        String key = Names.normalize(Names.unqualified(name, "TensorShapeDynamism::", "ShapeDynamism."));
        for (ShapeDynamism d : values()) {
            if (Names.normalize(d.name()).equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown shape dynamism '" + name
                + "'; expected static, dynamicBound or dynamicUnbound");
    }
}
