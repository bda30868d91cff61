package org.etcts.executorch;

import java.util.Optional;

/**
 * An enum of the binding that mirrors an enumeration of the runtime: each constant carries the runtime's
 * number for it (what crosses the JNI boundary) and the name of the C++ enumerator (what the runtime's
 * messages and documentation use).
 */
public interface RuntimeEnum {

    /** {@return the runtime's number for this constant} */
    int number();

    /** {@return the name of the C++ enumerator, e.g. {@code "InvalidArgument"}} */
    String runtimeName();

    /**
     * The constant with a runtime number.
     *
     * @param type the enum
     * @param number a number of the runtime's enumeration
     * @param <E> the enum
     * @return the constant with that number, or empty if the enum has none
     */
    static <E extends Enum<E> & RuntimeEnum> Optional<E> byNumber(Class<E> type, int number) {
        for (E constant : type.getEnumConstants()) {
            if (constant.number() == number) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant with a runtime number, for numbers the runtime must not be given or cannot have sent.
     *
     * @param type the enum
     * @param number a number of the runtime's enumeration
     * @param what what the enum is, for the message, e.g. {@code "load mode"}
     * @param <E> the enum
     * @return the constant with that number
     * @throws IllegalArgumentException naming the number if the enum has no constant with it
     */
    static <E extends Enum<E> & RuntimeEnum> E fromNumber(Class<E> type, int number, String what) {
        return byNumber(type, number).orElseThrow(
                () -> new IllegalArgumentException("no ExecuTorch " + what + " has number " + number));
    }
}
