package org.etcts.executorch;

/**
 * Tensor element types, mirroring {@code ScalarType} in
 * {@code runtime/core/portable_type/scalar_type.h} (same numbers, same order).
 *
 * <p>Names follow the runtime, not Java: {@link #BYTE} is an <em>unsigned</em> 8-bit integer and
 * {@link #CHAR} a signed one. The runtime's {@code Undefined} and {@code NumOptions} markers are not
 * element types and are not listed.
 */
public enum DataType implements RuntimeEnum {
    /** Unsigned 8-bit integer ({@code uint8}). */
    BYTE(0, 1, "Byte"),
    /** Signed 8-bit integer ({@code int8}). */
    CHAR(1, 1, "Char"),
    /** Signed 16-bit integer. */
    SHORT(2, 2, "Short"),
    /** Signed 32-bit integer. */
    INT(3, 4, "Int"),
    /** Signed 64-bit integer. */
    LONG(4, 8, "Long"),
    /** IEEE 754 half precision. */
    HALF(5, 2, "Half"),
    /** IEEE 754 single precision. */
    FLOAT(6, 4, "Float"),
    /** IEEE 754 double precision. */
    DOUBLE(7, 8, "Double"),
    /** Complex number of two halfs. */
    COMPLEX_HALF(8, 4, "ComplexHalf"),
    /** Complex number of two floats. */
    COMPLEX_FLOAT(9, 8, "ComplexFloat"),
    /** Complex number of two doubles. */
    COMPLEX_DOUBLE(10, 16, "ComplexDouble"),
    /** Boolean stored in one byte (0 or 1). */
    BOOL(11, 1, "Bool"),
    /** Quantized signed 8-bit integer. */
    QINT8(12, 1, "QInt8"),
    /** Quantized unsigned 8-bit integer. */
    QUINT8(13, 1, "QUInt8"),
    /** Quantized signed 32-bit integer. */
    QINT32(14, 4, "QInt32"),
    /** Brain floating point (16 bits). */
    BFLOAT16(15, 2, "BFloat16"),
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
    UINT16(27, 2, "UInt16"),
    /** Unsigned 32-bit integer. */
    UINT32(28, 4, "UInt32"),
    /** Unsigned 64-bit integer. */
    UINT64(29, 8, "UInt64");

    private final int number;
    private final int elementSize;
    private final String runtimeName;

    DataType(int number, int elementSize, String runtimeName) {
        this.number = number;
        this.elementSize = elementSize;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's {@code ScalarType} number} */
    @Override
    public int number() {
        return number;
    }

    /** {@return the size of one element in bytes, as the runtime's {@code elementSize()} reports it} */
    public int elementSize() {
        return elementSize;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "Float"} or {@code "QUInt4x2"}} */
    @Override
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
        return RuntimeEnum.fromNumber(DataType.class, number, "element type");
    }
}
