package org.etcts.steps.tensor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.etcts.executorch.DataType;

/**
 * Encodes numbers written in a feature into a tensor's element bytes and decodes them back, for the
 * element types a scenario writes literally. Native byte order, as the binding's tensors use.
 */
final class Elements {

    private Elements() {
    }

    /** Parses one written number: integers of any width, decimals, {@code nan}, {@code inf}, {@code -inf}. */
    static double toDouble(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** The bytes of {@code values} as elements of {@code type}. */
    static byte[] encode(DataType type, String[] values) {
        ByteBuffer out = ByteBuffer.allocate(values.length * type.elementSize()).order(ByteOrder.nativeOrder());
        for (String v : values) {
            put(out, type, v);
        }
        return out.array();
    }

    /** A direct buffer holding {@code values} as elements of {@code type}. */
    static ByteBuffer direct(DataType type, String[] values) {
        byte[] bytes = encode(type, values);
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        buffer.put(bytes).clear();
        return buffer;
    }

    static void put(ByteBuffer out, DataType type, String text) {
        switch (type) {
            case BYTE, CHAR, BOOL -> out.put((byte) integral(text, type).longValue());
            case SHORT, UINT16 -> out.putShort((short) integral(text, type).longValue());
            case INT, UINT32 -> out.putInt((int) integral(text, type).longValue());
            case LONG, UINT64 -> out.putLong(integral(text, type).longValue());
            case FLOAT -> out.putFloat((float) toDouble(text));
            case DOUBLE -> out.putDouble(toDouble(text));
            case BFLOAT16 -> out.putShort((short) (Float.floatToRawIntBits((float) toDouble(text)) >>> 16));
            default -> throw new IllegalArgumentException("a scenario cannot write " + type + " elements literally");
        }
    }

    private static BigInteger integral(String text, DataType type) {
        if (type == DataType.BOOL && (text.equals("true") || text.equals("false"))) {
            return text.equals("true") ? BigInteger.ONE : BigInteger.ZERO;
        }
        return new BigDecimal(text).toBigIntegerExact();
    }

    /** Decodes element bytes into numbers: exact for integers (unsigned types read unsigned), doubles otherwise. */
    static Number[] decode(DataType type, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        Number[] out = new Number[bytes.length / type.elementSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (type) {
                case BYTE -> (long) (in.get() & 0xff);
                case CHAR, BOOL -> (long) in.get();
                case SHORT -> (long) in.getShort();
                case UINT16 -> (long) (in.getShort() & 0xffff);
                case INT -> (long) in.getInt();
                case UINT32 -> in.getInt() & 0xffffffffL;
                case LONG -> in.getLong();
                case UINT64 -> new BigInteger(Long.toUnsignedString(in.getLong()));
                case FLOAT -> (double) in.getFloat();
                case DOUBLE -> in.getDouble();
                case HALF -> halfToDouble(in.getShort());
                case BFLOAT16 -> (double) Float.intBitsToFloat((in.getShort() & 0xffff) << 16);
                default -> throw new IllegalArgumentException("a scenario cannot read " + type + " elements");
            };
        }
        return out;
    }

    /** Whether a decoded element equals a written number exactly (bit for bit for floating types, as written). */
    static boolean same(DataType type, Number actual, String expected) {
        if (actual instanceof BigInteger big) {
            return big.equals(new BigDecimal(expected).toBigIntegerExact());
        }
        if (actual instanceof Long l) {
            BigDecimal want = new BigDecimal(expected);
            return want.signum() == 0 ? l == 0 : BigDecimal.valueOf(l).compareTo(want) == 0;
        }
        double want = toDouble(expected);
        if (type == DataType.FLOAT) {
            want = (float) want;
        }
        return Double.doubleToLongBits(actual.doubleValue()) == Double.doubleToLongBits(want)
                || (Double.isNaN(want) && Double.isNaN(actual.doubleValue()));
    }

    /** IEEE 754 binary16 to double (Java 17 has no Float.float16ToFloat). */
    static double halfToDouble(short bits) {
        int sign = (bits & 0x8000) != 0 ? -1 : 1;
        int exponent = (bits >> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return mantissa == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (exponent == 0) {
            return sign * Math.scalb((double) mantissa, -24);
        }
        return sign * Math.scalb(1.0 + mantissa / 1024.0, exponent - 15);
    }
}
