package org.etcts.executorch;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, tagged value: the inputs and outputs of {@link Module} methods. It holds one of a
 * tensor, a string, a double, a 64-bit integer, a boolean, or nothing ({@link Tag#NONE}).
 *
 * <p>The accessors ({@link #toTensor()}, {@link #toLong()}, ...) throw {@link IllegalStateException}
 * when the tag does not match; the runtime aborts the process on that mistake, so it is caught here.
 *
 * <p>The {@code Optional} accessors ({@link #tensor()}, {@link #string()}, {@link #scalar()}) are
 * empty instead when the tag does not match, like the documented API's nil-returning accessors.
 *
 * <p>A tensor value refers to a {@link Tensor} and does not own it: closing the value's tensor is
 * the tensor owner's business.
 *
 * <p><b>Equality.</b> {@link #equals(Object)} compares tags and payloads, tensors by identity (a
 * tensor's contents can change, so they cannot be part of a stable hash code).
 * {@link #contentEquals(Value)} compares tensors by content ({@link Tensor#contentEquals(Tensor)}),
 * which is the documented API's value equality. Values of different tags are never equal, even when
 * numerically equal ({@code of(1)}, {@code of(true)}, {@code of(1.0)}); doubles compare by value
 * bits, so {@code of(1.5f)} equals {@code of(1.5)} but {@code of(6.28f)} does not equal
 * {@code of(6.28)}.
 *
 * <p><b>Java numbers.</b> {@code byte}, {@code short} and {@code int} arguments widen to
 * {@link #of(long)} (tag {@link Tag#INTEGER}), {@code float} goes to {@link #of(float)} (tag
 * {@link Tag#DOUBLE}: the runtime has no float tag).
 */
public final class Value {

    /** The kind of a value, with the runtime's {@code Tag} numbers from {@code runtime/core/tag.h}. */
    public enum Tag implements RuntimeEnum {
        /** No value. */
        NONE(0, "None"),
        /** A tensor. */
        TENSOR(1, "Tensor"),
        /** A string. */
        STRING(2, "String"),
        /** A double (the runtime has no float tag; floats are stored as doubles). */
        DOUBLE(3, "Double"),
        /** A 64-bit signed integer. */
        INTEGER(4, "Int"),
        /** A boolean. */
        BOOLEAN(5, "Bool"),
        /** A list of booleans (runtime only; not representable as a {@link Value}). */
        LIST_BOOL(6, "ListBool"),
        /** A list of doubles (runtime only). */
        LIST_DOUBLE(7, "ListDouble"),
        /** A list of integers (runtime only). */
        LIST_INT(8, "ListInt"),
        /** A list of tensors (runtime only). */
        LIST_TENSOR(9, "ListTensor"),
        /** A list of scalars (runtime only). */
        LIST_SCALAR(10, "ListScalar"),
        /** A list of optional tensors (runtime only). */
        LIST_OPTIONAL_TENSOR(11, "ListOptionalTensor");

        private final int number;
        private final String runtimeName;

        Tag(int number, String runtimeName) {
            this.number = number;
            this.runtimeName = runtimeName;
        }

        /** {@return the runtime's number for this tag} */
        @Override
        public int number() {
            return number;
        }

        /**
         * {@return whether this is one of the runtime's list tags (6 to 11), which a method's inputs
         * and outputs may carry (see {@link MethodMetadata}) but a {@link Value} cannot hold}
         */
        public boolean isList() {
            return number >= LIST_BOOL.number;
        }

        /** {@return the name of the C++ enumerator, e.g. {@code "Int"}} */
        @Override
        public String runtimeName() {
            return runtimeName;
        }

        /**
         * The tag with the given runtime number.
         *
         * @param number a runtime Tag number
         * @return the tag with that number
         * @throws IllegalArgumentException if no tag has that number
         */
        public static Tag fromNumber(int number) {
            return RuntimeEnum.fromNumber(Tag.class, number, "value tag");
        }
    }

    private static final Value NONE = new Value(Tag.NONE, null, 0L, 0.0);

    private final Tag tag;
    /** The tensor or string payload. */
    private final Object reference;
    /** The integer payload, or 0/1 for a boolean. */
    private final long integer;
    private final double number;

    private Value(Tag tag, Object reference, long integer, double number) {
        this.tag = tag;
        this.reference = reference;
        this.integer = integer;
        this.number = number;
    }

    /**
     * {@return a value holding {@code tensor}, which it refers to but does not own}
     *
     * @param tensor the tensor
     */
    public static Value of(Tensor tensor) {
        return new Value(Tag.TENSOR, Objects.requireNonNull(tensor, "tensor"), 0L, 0.0);
    }

    /**
     * {@return a value holding a 64-bit integer (tag {@link Tag#INTEGER})}
     *
     * @param value the integer
     */
    public static Value of(long value) {
        return new Value(Tag.INTEGER, null, value, 0.0);
    }

    /**
     * {@return a value holding a double (tag {@link Tag#DOUBLE})}
     *
     * @param value the double
     */
    public static Value of(double value) {
        return new Value(Tag.DOUBLE, null, 0L, value);
    }

    /**
     * {@return a value holding a float, widened exactly to a double (tag {@link Tag#DOUBLE}); the runtime
     * has no float tag}
     *
     * @param value the float
     */
    public static Value of(float value) {
        return of((double) value);
    }

    /**
     * {@return a value holding a boolean (tag {@link Tag#BOOLEAN})}
     *
     * @param value the boolean
     */
    public static Value of(boolean value) {
        return new Value(Tag.BOOLEAN, null, value ? 1L : 0L, 0.0);
    }

    /**
     * {@return a value holding a string (tag {@link Tag#STRING})}
     *
     * @param value the string
     */
    public static Value of(String value) {
        return new Value(Tag.STRING, Objects.requireNonNull(value, "value"), 0L, 0.0);
    }

    /** {@return the value holding nothing (tag {@link Tag#NONE})} */
    public static Value none() {
        return NONE;
    }

    /** {@return the kind of this value} */
    public Tag tag() {
        return tag;
    }

    /** {@return whether this value holds nothing} */
    public boolean isNone() {
        return tag == Tag.NONE;
    }

    /** {@return whether this value holds a tensor} */
    public boolean isTensor() {
        return tag == Tag.TENSOR;
    }

    /** {@return whether this value holds a string} */
    public boolean isString() {
        return tag == Tag.STRING;
    }

    /** {@return whether this value holds a double} */
    public boolean isDouble() {
        return tag == Tag.DOUBLE;
    }

    /** {@return whether this value holds an integer} */
    public boolean isInteger() {
        return tag == Tag.INTEGER;
    }

    /** {@return whether this value holds a boolean} */
    public boolean isBoolean() {
        return tag == Tag.BOOLEAN;
    }

    /**
     * {@return whether this value holds a double, which is also how floats are held (so this is the
     * same as {@link #isDouble()})}
     */
    public boolean isFloat() {
        return tag == Tag.DOUBLE;
    }

    /** {@return whether this value holds a scalar: a double, an integer or a boolean} */
    public boolean isScalar() {
        return tag == Tag.DOUBLE || tag == Tag.INTEGER || tag == Tag.BOOLEAN;
    }

    /**
     * The tensor.
     *
     * @return the tensor
     * @throws IllegalStateException if this value is not a tensor
     */
    public Tensor toTensor() {
        require(Tag.TENSOR);
        return (Tensor) reference;
    }

    /**
     * The string.
     *
     * @return the string
     * @throws IllegalStateException if this value is not a string
     */
    public String toStringValue() {
        require(Tag.STRING);
        return (String) reference;
    }

    /**
     * The double.
     *
     * @return the double
     * @throws IllegalStateException if this value is not a double
     */
    public double toDouble() {
        require(Tag.DOUBLE);
        return number;
    }

    /**
     * The integer.
     *
     * @return the integer
     * @throws IllegalStateException if this value is not an integer
     */
    public long toLong() {
        require(Tag.INTEGER);
        return integer;
    }

    /**
     * The boolean.
     *
     * @return the boolean
     * @throws IllegalStateException if this value is not a boolean
     */
    public boolean toBoolean() {
        require(Tag.BOOLEAN);
        return integer != 0;
    }

    /**
     * The double narrowed to a float (exact for a value created with {@link #of(float)}).
     *
     * @return the float
     * @throws IllegalStateException if this value is not a double
     */
    public float toFloat() {
        require(Tag.DOUBLE);
        return (float) number;
    }

    /** {@return the tensor, or empty if this value is not a tensor} */
    public Optional<Tensor> tensor() {
        return tag == Tag.TENSOR ? Optional.of((Tensor) reference) : Optional.empty();
    }

    /** {@return the string, or empty if this value is not a string} */
    public Optional<String> string() {
        return tag == Tag.STRING ? Optional.of((String) reference) : Optional.empty();
    }

    /**
     * {@return the scalar as a {@link Long}, {@link Double} or {@link Boolean}, or empty if this value
     * is not a scalar}
     */
    public Optional<Object> scalar() {
        switch (tag) {
            case INTEGER:
                return Optional.of(integer);
            case DOUBLE:
                return Optional.of(number);
            case BOOLEAN:
                return Optional.of(integer != 0);
            default:
                return Optional.empty();
        }
    }

    /**
     * Whether another value has the same tag and payload, comparing tensors by content.
     *
     * @param other the other value, or null
     * @return true if equal
     */
    public boolean contentEquals(Value other) {
        if (other == null || other.tag != tag) {
            return false;
        }
        return tag == Tag.TENSOR ? ((Tensor) reference).contentEquals((Tensor) other.reference) : equals(other);
    }

    /**
     * A copy of this value: a tensor value gets a deep copy of its tensor ({@link Tensor#copy()}),
     * which the caller owns and should close; other values are immutable and returned as they are.
     *
     * @return the copy
     */
    public Value copy() {
        return tag == Tag.TENSOR ? of(((Tensor) reference).copy()) : this;
    }

    private void require(Tag expected) {
        if (tag != expected) {
            throw new IllegalStateException("the value is " + describeTag(tag) + ", not " + describeTag(expected));
        }
    }

    private static String describeTag(Tag tag) {
        if (tag == Tag.NONE) {
            return "none";
        }
        String name = tag.name().toLowerCase(Locale.ROOT);
        return (name.startsWith("i") ? "an " : "a ") + name;
    }

    /** {@return the raw payload word exchanged with native code: integer, boolean as 0/1, or double bits} */
    long payloadBits() {
        return tag == Tag.DOUBLE ? Double.doubleToRawLongBits(number) : integer;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Value)) {
            return false;
        }
        Value that = (Value) other;
        if (tag != that.tag) {
            return false;
        }
        switch (tag) {
            case TENSOR:
                return reference == that.reference;
            case STRING:
                return reference.equals(that.reference);
            case DOUBLE:
                return Double.doubleToLongBits(number) == Double.doubleToLongBits(that.number);
            default:
                return integer == that.integer;
        }
    }

    @Override
    public int hashCode() {
        switch (tag) {
            case TENSOR:
                return 31 * tag.number() + System.identityHashCode(reference);
            case STRING:
                return 31 * tag.number() + reference.hashCode();
            case DOUBLE:
                return 31 * tag.number() + Double.hashCode(number);
            default:
                return 31 * tag.number() + Long.hashCode(integer);
        }
    }

    /**
     * The documented description: {@code Value {}, a {@code tag: } line naming the tag (none, tensor,
     * string, double, integer or boolean), a {@code value: } line with the payload ({@code nil} for
     * none; a tensor's description indented), then {@code }}.
     */
    @Override
    public String toString() {
        String payload;
        switch (tag) {
            case NONE:
                payload = "nil";
                break;
            case TENSOR:
                payload = reference.toString().replace("\n", "\n  ");
                break;
            case STRING:
                payload = "\"" + reference + "\"";
                break;
            case DOUBLE:
                payload = Double.toString(number);
                break;
            case INTEGER:
                payload = Long.toString(integer);
                break;
            case BOOLEAN:
                payload = Boolean.toString(integer != 0);
                break;
            default:
                payload = tag.runtimeName();
        }
        return "Value {\n  tag: " + tag.name().toLowerCase(Locale.ROOT) + ",\n  value: " + payload + "\n}";
    }
}
