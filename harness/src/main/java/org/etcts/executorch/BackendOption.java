package org.etcts.executorch;

import java.util.Objects;

/**
 * One load-time option for a delegate backend: a key and a boolean, integer or string value, as the
 * runtime's {@code executorch::runtime::BackendOption}.
 *
 * <p>An option is a plain immutable value. It is checked against the runtime's limits (key and string
 * lengths, the 32-bit integer range) only when it is put into a {@link BackendOptionsMap}, which is
 * where the documented API reports those errors.
 *
 * <p>Two options are equal exactly when key, type and value are equal: {@code integer 1} and
 * {@code boolean true} under the same key are different options.
 */
public final class BackendOption {

    /** The kind of value an option holds. */
    public enum Type {
        /** A boolean value. */
        BOOLEAN("boolean"),
        /** An integer value; the runtime holds it as a 32-bit {@code int}. */
        INTEGER("integer"),
        /** A string value; the runtime holds at most 255 bytes of UTF-8. */
        STRING("string");

        private final String documentedName;

        Type(String documentedName) {
            this.documentedName = documentedName;
        }

        /** {@return the documented name of the type: boolean, integer or string} */
        public String documentedName() {
            return documentedName;
        }
    }

    private final String key;
    private final Type type;
    private final boolean boolValue;
    private final long intValue;
    private final String stringValue;

    private BackendOption(String key, Type type, boolean boolValue, long intValue, String stringValue) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = type;
        this.boolValue = boolValue;
        this.intValue = intValue;
        this.stringValue = stringValue;
    }

    /**
     * A boolean option.
     *
     * @param key the option's key, e.g. {@code "use_cache"}
     * @param value the value
     * @return the option
     */
    public static BackendOption of(String key, boolean value) {
        return new BackendOption(key, Type.BOOLEAN, value, 0, null);
    }

    /**
     * An integer option. Any {@code long} is accepted here; a {@link BackendOptionsMap} rejects values
     * outside the 32-bit range the runtime holds.
     *
     * @param key the option's key, e.g. {@code "num_threads"}
     * @param value the value
     * @return the option
     */
    public static BackendOption of(String key, long value) {
        return new BackendOption(key, Type.INTEGER, false, value, null);
    }

    /**
     * A string option.
     *
     * @param key the option's key, e.g. {@code "compute_unit"}
     * @param value the value
     * @return the option
     */
    public static BackendOption of(String key, String value) {
        return new BackendOption(key, Type.STRING, false, 0, Objects.requireNonNull(value, "value"));
    }

    /** {@return the option's key} */
    public String key() {
        return key;
    }

    /** {@return the type of the option's value} */
    public Type type() {
        return type;
    }

    /**
     * The boolean value.
     *
     * @return the value
     * @throws IllegalStateException if the option is not a boolean
     */
    public boolean boolValue() {
        requireType(Type.BOOLEAN);
        return boolValue;
    }

    /**
     * The integer value.
     *
     * @return the value
     * @throws IllegalStateException if the option is not an integer
     */
    public long intValue() {
        requireType(Type.INTEGER);
        return intValue;
    }

    /**
     * The string value.
     *
     * @return the value
     * @throws IllegalStateException if the option is not a string
     */
    public String stringValue() {
        requireType(Type.STRING);
        return stringValue;
    }

    private void requireType(Type wanted) {
        if (type != wanted) {
            throw new IllegalStateException("backend option '" + key + "' holds a " + type.documentedName()
                    + ", not a " + wanted.documentedName());
        }
    }

    /** {@return the value as text: true/false, the number, or the string in double quotes} */
    String valueText() {
        return switch (type) {
            case BOOLEAN -> Boolean.toString(boolValue);
            case INTEGER -> Long.toString(intValue);
            case STRING -> '"' + stringValue + '"';
        };
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BackendOption that)) {
            return false;
        }
        return type == that.type && key.equals(that.key) && boolValue == that.boolValue && intValue == that.intValue
                && Objects.equals(stringValue, that.stringValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, type, boolValue, intValue, stringValue);
    }

    /** {@return e.g. {@code <ExecuTorchBackendOption num_threads: integer 4>}; never an address} */
    @Override
    public String toString() {
        return "<ExecuTorchBackendOption " + key + ": " + type.documentedName() + " " + valueText() + ">";
    }
}
