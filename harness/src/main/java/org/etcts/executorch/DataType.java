package org.etcts.executorch;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tensor element types, mirroring {@code ScalarType} in
 * {@code runtime/core/portable_type/scalar_type.h} (same numbers, same order).
 *
 * <p>Names follow the runtime, not Java: {@link #BYTE} is an <em>unsigned</em> 8-bit integer and
 * {@link #CHAR} a signed one. The runtime's {@code Undefined} and {@code NumOptions} markers are not
 * element types and are not listed.
 */
public enum DataType {
    /** Unsigned 8-bit integer ({@code uint8}). */
    BYTE(0, 1, "Byte", "uint8", "u8"),
    /** Signed 8-bit integer ({@code int8}). */
    CHAR(1, 1, "Char", "int8", "i8"),
    /** Signed 16-bit integer. */
    SHORT(2, 2, "Short", "int16", "i16"),
    /** Signed 32-bit integer. */
    INT(3, 4, "Int", "int32", "i32"),
    /** Signed 64-bit integer. */
    LONG(4, 8, "Long", "int64", "i64"),
    /** IEEE 754 half precision. */
    HALF(5, 2, "Half", "float16", "f16"),
    /** IEEE 754 single precision. */
    FLOAT(6, 4, "Float", "float32", "f32"),
    /** IEEE 754 double precision. */
    DOUBLE(7, 8, "Double", "float64", "f64"),
    /** Complex number of two halfs. */
    COMPLEX_HALF(8, 4, "ComplexHalf", "complex32", "chalf"),
    /** Complex number of two floats. */
    COMPLEX_FLOAT(9, 8, "ComplexFloat", "complex64", "cfloat"),
    /** Complex number of two doubles. */
    COMPLEX_DOUBLE(10, 16, "ComplexDouble", "complex128", "cdouble"),
    /** Boolean stored in one byte (0 or 1). */
    BOOL(11, 1, "Bool", "boolean"),
    /** Quantized signed 8-bit integer. */
    QINT8(12, 1, "QInt8"),
    /** Quantized unsigned 8-bit integer. */
    QUINT8(13, 1, "QUInt8"),
    /** Quantized signed 32-bit integer. */
    QINT32(14, 4, "QInt32"),
    /** Brain floating point (16 bits). */
    BFLOAT16(15, 2, "BFloat16", "bf16"),
    /** Two unsigned 4-bit quantized values in one byte. */
    QUINT4X2(16, 1, "QUInt4x2"),
    /** Four unsigned 2-bit quantized values in one byte. */
    QUINT2X4(17, 1, "QUInt2x4"),
    /** Eight 1-bit values in one byte. */
    BITS1X8(18, 1, "Bits1x8"),
    /** Four 2-bit values in one byte. */
    BITS2X4(19, 1, "Bits2x4"),
    /** Two 4-bit values in one byte. */
    BITS4X2(20, 1, "Bits4x2"),
    /** Eight opaque bits. */
    BITS8(21, 1, "Bits8"),
    /** Sixteen opaque bits. */
    BITS16(22, 2, "Bits16"),
    /** 8-bit float, 5 exponent and 2 mantissa bits. */
    FLOAT8_E5M2(23, 1, "Float8_e5m2"),
    /** 8-bit float, 4 exponent and 3 mantissa bits, finite only. */
    FLOAT8_E4M3FN(24, 1, "Float8_e4m3fn"),
    /** 8-bit float, 5 exponent and 2 mantissa bits, finite only, unsigned zero. */
    FLOAT8_E5M2FNUZ(25, 1, "Float8_e5m2fnuz"),
    /** 8-bit float, 4 exponent and 3 mantissa bits, finite only, unsigned zero. */
    FLOAT8_E4M3FNUZ(26, 1, "Float8_e4m3fnuz"),
    /** Unsigned 16-bit integer. */
    UINT16(27, 2, "UInt16", "u16"),
    /** Unsigned 32-bit integer. */
    UINT32(28, 4, "UInt32", "u32"),
    /** Unsigned 64-bit integer. */
    UINT64(29, 8, "UInt64", "u64");

    private static final DataType[] BY_NUMBER;
    private static final Map<String, DataType> BY_NAME = new HashMap<>();

    static {
        DataType[] all = values();
        BY_NUMBER = new DataType[all.length];
        for (DataType type : all) {
            BY_NUMBER[type.number] = type;
            BY_NAME.put(Names.normalize(type.name()), type);
            BY_NAME.put(Names.normalize(type.runtimeName), type);
            for (String alias : type.aliases) {
                BY_NAME.put(Names.normalize(alias), type);
            }
        }
    }

    private final int number;
    private final int elementSize;
    private final String runtimeName;
    private final String[] aliases;

    DataType(int number, int elementSize, String runtimeName, String... aliases) {
        this.number = number;
        this.elementSize = elementSize;
        this.runtimeName = runtimeName;
        this.aliases = aliases;
    }

    /** {@return the runtime's {@code ScalarType} number} */
    public int number() {
        return number;
    }

    /** {@return the size of one element in bytes, as the runtime's {@code elementSize()} reports it} */
    public int elementSize() {
        return elementSize;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "Float"} or {@code "QUInt4x2"}} */
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * The type with the given runtime number.
     *
     * @param number a ScalarType number
     * @return the element type with that number
     * @throws IllegalArgumentException if the number is not an element type (0..29)
     */
    public static DataType fromNumber(int number) {
        if (number < 0 || number >= BY_NUMBER.length) {
            throw new IllegalArgumentException("no ExecuTorch element type has number " + number);
        }
        return BY_NUMBER[number];
    }

    /**
     * Parses a type name. Accepted: this enum's constant names ({@code FLOAT}, {@code UINT16}), the
     * runtime's names ({@code Float}, {@code BFloat16}, {@code QUInt4x2}), the documented binding's
     * names ({@code float}, {@code bFloat16}, {@code uInt16}) and the common spellings
     * {@code float32, float64, float16, half, double, int8, int16, int32, int64, uint8 ... uint64,
     * bool, boolean, bf16}, optionally prefixed with {@code torch.}. Case, underscores and hyphens are
     * ignored. Following the runtime, {@code byte} means unsigned {@code uint8} and {@code char}
     * means signed {@code int8}.
     *
     * @param name the name to parse
     * @return the element type with that name
     * @throws IllegalArgumentException if no type has that name
     */
    public static DataType parse(String name) {
        Objects.requireNonNull(name, "name");
        DataType type = BY_NAME.get(Names.normalize(Names.unqualified(name, "ScalarType::", "torch.",
                "DataType.")));
        if (type == null) {
            throw new IllegalArgumentException("unknown ExecuTorch element type '" + name
                    + "'; expected a name such as float, float32, int64, uint8, bool or bfloat16");
        }
        return type;
    }
}
