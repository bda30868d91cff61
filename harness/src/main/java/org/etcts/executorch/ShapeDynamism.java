package org.etcts.executorch;

/**
 * Whether a tensor's shape may change, mirroring {@code TensorShapeDynamism} in
 * {@code runtime/core/tensor_shape_dynamism.h} (same numbers).
 */
public enum ShapeDynamism implements RuntimeEnum {
    /** The shape cannot change. 0-D tensors are always static, whatever was requested. */
    STATIC(0, "STATIC"),
    /** The shape may change as long as the element count stays within the count at creation. */
    DYNAMIC_BOUND(1, "DYNAMIC_BOUND"),
    /** No restriction in principle; the portable runtime treats it like {@link #DYNAMIC_BOUND}. */
    DYNAMIC_UNBOUND(2, "DYNAMIC_UNBOUND");

    private final int number;
    private final String runtimeName;

    ShapeDynamism(int number, String runtimeName) {
        this.number = number;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's number for this dynamism} */
    @Override
    public int number() {
        return number;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "DYNAMIC_BOUND"}} */
    @Override
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * The dynamism with the given runtime number.
     *
     * @param number a TensorShapeDynamism number
     * @return the dynamism with that number
     * @throws IllegalArgumentException if no dynamism has that number
     */
    public static ShapeDynamism fromNumber(int number) {
        return RuntimeEnum.fromNumber(ShapeDynamism.class, number, "shape dynamism");
    }
}
