package org.etcts.steps.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ValueDecoder;
import org.etcts.executorch.ValueSequenceDecoder;
import org.etcts.steps.Literals;

/**
 * A type the features decode values into, named as the documented binding names it: {@code Value},
 * {@code AnyTensor}, {@code Tensor<Float>}, {@code Int}, {@code Int8} ... {@code Int64}, {@code Float},
 * {@code Double}, {@code Bool}, {@code String}, or an array of one of them in brackets ({@code [Int]}).
 * It maps each to the harness's {@link ValueDecoder}, and reads the literals the features expect of it.
 */
public final class DecodeTarget {

    private final String name;
    private final ValueDecoder<?> element;
    private final boolean array;
    /** Reads an expected element written in a feature; null for types without literals (values, tensors). */
    private final Function<String, Object> literal;

    private DecodeTarget(String name, ValueDecoder<?> element, boolean array, Function<String, Object> literal) {
        this.name = name;
        this.element = element;
        this.array = array;
        this.literal = literal;
    }

    /** Parses a type name as the features write it. */
    static DecodeTarget parse(String text) {
        boolean array = text.startsWith("[") && text.endsWith("]");
        String elementName = array ? text.substring(1, text.length() - 1) : text;
        if (elementName.startsWith("Tensor<") && elementName.endsWith(">")) {
            DataType type = elementType(elementName.substring("Tensor<".length(), elementName.length() - 1));
            return new DecodeTarget(text, ValueDecoder.tensor(type), array, null);
        }
        return switch (elementName) {
            case "Value" -> new DecodeTarget(text, ValueDecoder.VALUE, array, null);
            case "AnyTensor" -> new DecodeTarget(text, ValueDecoder.TENSOR, array, null);
            // The documented Int is 64 bits wide on every platform the bindings ship for.
            case "Int", "Int64" -> new DecodeTarget(text, ValueDecoder.LONG, array, Long::parseLong);
            case "Int32" -> new DecodeTarget(text, ValueDecoder.INTEGER, array, Integer::parseInt);
            case "Int16" -> new DecodeTarget(text, ValueDecoder.SHORT, array, Short::parseShort);
            case "Int8" -> new DecodeTarget(text, ValueDecoder.BYTE, array, Byte::parseByte);
            case "Float" -> new DecodeTarget(text, ValueDecoder.FLOAT, array, Float::parseFloat);
            case "Double" -> new DecodeTarget(text, ValueDecoder.DOUBLE, array, Double::parseDouble);
            case "Bool" -> new DecodeTarget(text, ValueDecoder.BOOLEAN, array, DecodeTarget::bool);
            case "String" -> new DecodeTarget(text, ValueDecoder.STRING, array, s -> s);
            default -> throw new IllegalArgumentException("no decoder for the type '" + text + "'");
        };
    }

    /** The element type of a {@code Tensor<T>}, by the scalar type T. */
    private static DataType elementType(String scalarType) {
        return switch (scalarType) {
            case "Float" -> DataType.FLOAT;
            case "Double" -> DataType.DOUBLE;
            case "Int8" -> DataType.CHAR;
            case "UInt8" -> DataType.BYTE;
            case "Int16" -> DataType.SHORT;
            case "Int32" -> DataType.INT;
            case "Int64", "Int" -> DataType.LONG;
            case "Bool" -> DataType.BOOL;
            default -> throw new IllegalArgumentException("no tensor element type for '" + scalarType + "'");
        };
    }

    private static Object bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("expected true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    /** {@return whether this is an array type ({@code [T]}), which decodes into a list} */
    boolean isArray() {
        return array;
    }

    /** {@return whether the element type is {@code Value}, which decodes into the value itself} */
    boolean isValue() {
        return element == ValueDecoder.VALUE;
    }

    /** {@return the decoder of sequences: the array decoder, or the element decoder for a single type} */
    ValueSequenceDecoder<?> sequenceDecoder() {
        return array ? ValueDecoder.list(element) : element;
    }

    /**
     * {@return the decoder of one value}
     *
     * @throws IllegalArgumentException for an array type, which decodes sequences only
     */
    ValueDecoder<?> valueDecoder() {
        if (array) {
            throw new IllegalArgumentException(name + " decodes a sequence of values, not one value");
        }
        return element;
    }

    /** Reads the result a feature expects: one literal, or a bracketed list of them for an array type. */
    Object expected(String text) {
        if (literal == null) {
            throw new IllegalArgumentException(name + " has no literals; check its tensor instead");
        }
        if (!array) {
            return literal.apply(text.trim());
        }
        List<Object> out = new ArrayList<>();
        Arrays.stream(Literals.items(text)).map(literal).forEach(out::add);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
