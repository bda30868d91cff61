package org.etcts.executorch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The checks behind {@link ValueDecoder}'s decoders; every refusal is one {@link #invalidType} error. */
final class ValueDecoders {

    private ValueDecoders() {
    }

    static Value checked(Value value) {
        return Objects.requireNonNull(value, "value");
    }

    static Tensor tensor(Value value) throws ExecuTorchException {
        if (!checked(value).isTensor()) {
            throw invalidType("Value is not a tensor");
        }
        return value.toTensor();
    }

    static String string(Value value) throws ExecuTorchException {
        if (!checked(value).isString()) {
            throw invalidType("Value is not a string");
        }
        return value.toStringValue();
    }

    static Boolean bool(Value value) throws ExecuTorchException {
        if (!checked(value).isBoolean()) {
            throw invalidType("Value is not a boolean");
        }
        return value.toBoolean();
    }

    static Double dbl(Value value) throws ExecuTorchException {
        if (!checked(value).isDouble()) {
            throw invalidType("Value is not a double");
        }
        return value.toDouble();
    }

    static Float flt(Value value) throws ExecuTorchException {
        if (!checked(value).isFloat()) {
            throw invalidType("Value is not a float");
        }
        return value.toFloat();
    }

    /**
     * The integer of an integer value within {@code [min, max]}. A double or boolean scalar is refused
     * like an out-of-range integer: truncating 3.7 to 3 or reading true as 1 would be a silent
     * conversion, which the accessors of {@link Value} refuse too.
     */
    static long integer(Value value, long min, long max, String typeName) throws ExecuTorchException {
        if (!checked(value).isScalar()) {
            throw invalidType("Value is not a scalar");
        }
        if (!value.isInteger() || value.toLong() < min || value.toLong() > max) {
            throw invalidType("Cannot convert scalar to " + typeName);
        }
        return value.toLong();
    }

    static ValueDecoder<Tensor> tensorOf(DataType dataType) {
        Objects.requireNonNull(dataType, "dataType");
        String name = scalarTypeName(dataType);
        return value -> {
            Tensor tensor = tensor(value);
            if (tensor.dataType() != dataType) {
                throw invalidType("Tensor is not of type " + name);
            }
            return tensor;
        };
    }

    static <T> ValueSequenceDecoder<List<T>> listOf(ValueDecoder<T> element) {
        Objects.requireNonNull(element, "element");
        return values -> {
            Objects.requireNonNull(values, "values");
            List<T> out = new ArrayList<>(values.size());
            for (Value value : values) {
                out.add(element.decode(value));
            }
            return Collections.unmodifiableList(out);
        };
    }

    static Value single(List<Value> values) throws ExecuTorchException {
        Objects.requireNonNull(values, "values");
        if (values.size() != 1) {
            throw invalidType("Expected exactly one value, got " + values.size());
        }
        return checked(values.get(0));
    }

    /**
     * The documented binding's name of the scalar type a tensor of this element type holds; types it
     * has no scalar type for keep the runtime's name.
     */
    static String scalarTypeName(DataType dataType) {
        return switch (dataType) {
            case BYTE -> "UInt8";
            case CHAR -> "Int8";
            case SHORT -> "Int16";
            case INT -> "Int32";
            case LONG -> "Int64";
            case HALF -> "Float16";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case BOOL -> "Bool";
            case UINT16 -> "UInt16";
            case UINT32 -> "UInt32";
            case UINT64 -> "UInt64";
            default -> dataType.runtimeName();
        };
    }

    static ExecuTorchException invalidType(String detail) {
        return ExecuTorchException.withDescription(ErrorCode.INVALID_TYPE.number(), detail);
    }
}
