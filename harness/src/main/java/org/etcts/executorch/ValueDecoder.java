package org.etcts.executorch;

import java.util.List;

/**
 * Decodes one {@link Value} into a typed result: the counterpart of the documented binding's
 * {@code ValueConstructible} ({@code T.from(value)}), e.g.
 *
 * <pre>{@code
 * List<Value> outputs = module.forward(x, y);
 * Tensor sum = ValueDecoder.tensor(DataType.FLOAT).decode(outputs);          // exactly one output
 * List<Tensor> all = ValueDecoder.list(ValueDecoder.TENSOR).decode(outputs); // any number of outputs
 * long n = ValueDecoder.LONG.decode(Value.of(42));
 * }</pre>
 *
 * <p><b>Sequences.</b> A value decoder is also a {@link ValueSequenceDecoder}: a sequence of exactly
 * one value decodes as that value, any other number of values fails with
 * {@link ErrorCode#INVALID_TYPE}. {@link #list(ValueDecoder)} decodes an array of any length (the empty
 * array included) element by element, and fails on the first element that does not decode.
 *
 * <p><b>Strictness.</b> Every decoder needs the value's own tag and never converts silently: the
 * same rules as the accessors of {@link Value}.
 * <ul>
 *   <li>{@link #BOOLEAN} needs the boolean tag; {@link #DOUBLE} and {@link #FLOAT} need the double tag
 *       (an integer is refused); {@link #STRING} needs the string tag; {@link #TENSOR} the tensor tag.</li>
 *   <li>The integer decoders ({@link #LONG}, {@link #INTEGER}, {@link #SHORT}, {@link #BYTE}) need the
 *       integer tag: a double or a boolean is refused instead of being truncated or counted as 0/1,
 *       and an integer outside the decoder's range is refused instead of being wrapped.</li>
 *   <li>{@link #tensor(DataType)} needs a tensor of that element type.</li>
 *   <li>{@link #VALUE} accepts every value, none included, and returns it unchanged.</li>
 * </ul>
 *
 * <p><b>Errors.</b> Every failure is an {@link ExecuTorchException} with the code
 * {@link ErrorCode#INVALID_TYPE} (19), created by {@link ExecuTorchException#withDescription(int, String)}
 * with the documented detail: {@code Value is not a tensor}, {@code ... a string}, {@code ... a scalar},
 * {@code ... a float}, {@code ... a double}, {@code ... a boolean}, {@code Tensor is not of type <T>} or
 * {@code Cannot convert scalar to <Type>}. Types are named as the documented binding names its scalar
 * types: {@code Int64} for {@code long}, {@code Int32} for {@code int}, {@code Int16}, {@code Int8},
 * {@code Float}, {@code Double}, {@code Bool}; an element type of a tensor by its scalar type
 * ({@link DataType#FLOAT} is {@code Float}, {@link DataType#INT} is {@code Int32}, {@link DataType#BYTE}
 * is {@code UInt8}, ...).
 *
 * <p><b>Tensors</b> are returned as they are held by the value, not copied: a decoded tensor belongs
 * to whoever owns the value's tensor.
 *
 * <p>Decoders are stateless and may be shared between threads.
 *
 * @param <T> the type of the decoded result
 */
@FunctionalInterface
public interface ValueDecoder<T> extends ValueSequenceDecoder<T> {

    /** Any value, returned unchanged. */
    ValueDecoder<Value> VALUE = value -> ValueDecoders.checked(value);
    /** The tensor of a tensor value, of any element type ({@code AnyTensor}). */
    ValueDecoder<Tensor> TENSOR = ValueDecoders::tensor;
    /** The string of a string value. */
    ValueDecoder<String> STRING = ValueDecoders::string;
    /** The boolean of a boolean value. */
    ValueDecoder<Boolean> BOOLEAN = ValueDecoders::bool;
    /** The double of a double value. */
    ValueDecoder<Double> DOUBLE = ValueDecoders::dbl;
    /** The double of a double value narrowed to a float (floats are held with the double tag). */
    ValueDecoder<Float> FLOAT = ValueDecoders::flt;
    /** The 64-bit integer of an integer value ({@code Int64}). */
    ValueDecoder<Long> LONG = value -> ValueDecoders.integer(value, Long.MIN_VALUE, Long.MAX_VALUE, "Int64");
    /** The integer of an integer value, when it fits 32 bits ({@code Int32}). */
    ValueDecoder<Integer> INTEGER = value ->
            (int) ValueDecoders.integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Int32");
    /** The integer of an integer value, when it fits 16 bits ({@code Int16}). */
    ValueDecoder<Short> SHORT = value ->
            (short) ValueDecoders.integer(value, Short.MIN_VALUE, Short.MAX_VALUE, "Int16");
    /** The integer of an integer value, when it fits 8 signed bits ({@code Int8}). */
    ValueDecoder<Byte> BYTE = value -> (byte) ValueDecoders.integer(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "Int8");

    /**
     * Decodes one value.
     *
     * @param value the value
     * @return the decoded result
     * @throws ExecuTorchException with {@link ErrorCode#INVALID_TYPE} if the value does not decode
     * @throws NullPointerException if {@code value} is null
     */
    T decode(Value value) throws ExecuTorchException;

    /**
     * Decodes a sequence holding exactly one value as that value.
     *
     * @param values the values
     * @return the decoded result of the only value
     * @throws ExecuTorchException with {@link ErrorCode#INVALID_TYPE} if there is not exactly one value,
     *     or it does not decode
     * @throws NullPointerException if {@code values} or its element is null
     */
    @Override
    default T decode(List<Value> values) throws ExecuTorchException {
        return decode(ValueDecoders.single(values));
    }

    /**
     * {@return a decoder of a tensor value whose tensor has the given element type (the documented
     * {@code Tensor<T>}); another element type fails with {@code Tensor is not of type <T>}}
     *
     * @param dataType the element type the tensor must have
     */
    static ValueDecoder<Tensor> tensor(DataType dataType) {
        return ValueDecoders.tensorOf(dataType);
    }

    /**
     * {@return a decoder of arrays of values (the documented {@code [T].from(values)}): each element
     * with {@code element}, in order; an empty array gives an empty list; the first element that does
     * not decode fails the whole array with its error}. The returned list is unmodifiable.
     *
     * @param element the decoder of each element
     * @param <T> the type of the decoded elements
     */
    static <T> ValueSequenceDecoder<List<T>> list(ValueDecoder<T> element) {
        return ValueDecoders.listOf(element);
    }
}
