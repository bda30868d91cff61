package org.etcts.steps.tensor;

import java.util.Locale;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Tensor;

/**
 * The documented binding's scalar types ({@code UInt8}, {@code Int}, {@code Float}, ...) with the element
 * type each maps to, and how a Java caller builds a tensor from an array of them: Java's own primitive
 * arrays where Java has the type, raw bytes of the element type where it has not (the unsigned types).
 */
enum ScalarKind {
    UINT8(DataType.BYTE), INT8(DataType.CHAR), INT16(DataType.SHORT), INT32(DataType.INT), INT64(DataType.LONG),
    INT(DataType.LONG), UINT(DataType.UINT64), UINT16(DataType.UINT16), UINT32(DataType.UINT32),
    UINT64(DataType.UINT64), FLOAT(DataType.FLOAT), DOUBLE(DataType.DOUBLE), BOOL(DataType.BOOL);

    final DataType dataType;

    ScalarKind(DataType dataType) {
        this.dataType = dataType;
    }

    static ScalarKind parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * A Java array of this scalar type holding {@code values}: {@code byte[]}, {@code short[]},
     * {@code int[]}, {@code long[]}, {@code float[]}, {@code double[]} or {@code boolean[]}; the unsigned
     * types as the raw bytes of their element type.
     */
    Object array(String[] values) {
        int n = values.length;
        switch (this) {
            case UINT8, INT8: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (byte) Long.parseLong(values[i]);
                }
                return a;
            }
            case INT16: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Short.parseShort(values[i]);
                }
                return a;
            }
            case INT32: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Integer.parseInt(values[i]);
                }
                return a;
            }
            case INT64, INT: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Long.parseLong(values[i]);
                }
                return a;
            }
            case FLOAT: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (float) Elements.toDouble(values[i]);
                }
                return a;
            }
            case DOUBLE: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Elements.toDouble(values[i]);
                }
                return a;
            }
            case BOOL: {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = !values[i].equals("0") && !values[i].equals("false");
                }
                return a;
            }
            default:
                return Elements.encode(dataType, values);
        }
    }

    /** A tensor holding a copy of {@code array} (from {@link #array}) with the given, explicit shape. */
    Tensor copyOf(Object array, long... shape) {
        return switch (this) {
            case UINT8 -> Tensor.ofUInt8((byte[]) array, shape);
            case INT8 -> Tensor.ofInt8((byte[]) array, shape);
            case INT16 -> Tensor.of((short[]) array, shape);
            case INT32 -> Tensor.of((int[]) array, shape);
            case INT64, INT -> Tensor.of((long[]) array, shape);
            case FLOAT -> Tensor.of((float[]) array, shape);
            case DOUBLE -> Tensor.of((double[]) array, shape);
            case BOOL -> Tensor.of((boolean[]) array, shape);
            default -> Tensor.fromBytes((byte[]) array, shape, dataType);
        };
    }

    /** A 0-D tensor of one scalar, through the typed single-scalar initialisers where Java has them. */
    Tensor scalar(String value) {
        return switch (this) {
            case INT32 -> Tensor.scalar(Integer.parseInt(value));
            case INT64, INT -> Tensor.scalar(Long.parseLong(value));
            case FLOAT -> Tensor.scalar((float) Elements.toDouble(value));
            case DOUBLE -> Tensor.scalar(Elements.toDouble(value));
            case BOOL -> Tensor.scalar(!value.equals("0") && !value.equals("false"));
            default -> Tensor.fromBytes(Elements.encode(dataType, new String[] {value}), new long[0], dataType);
        };
    }

    /** Overwrites every element of an array made by {@link #array} (to show a copy does not follow it). */
    static void scribble(Object array) {
        if (array instanceof byte[] a) {
            java.util.Arrays.fill(a, (byte) 7);
        } else if (array instanceof short[] a) {
            java.util.Arrays.fill(a, (short) 7);
        } else if (array instanceof int[] a) {
            java.util.Arrays.fill(a, 7);
        } else if (array instanceof long[] a) {
            java.util.Arrays.fill(a, 7L);
        } else if (array instanceof float[] a) {
            java.util.Arrays.fill(a, 7f);
        } else if (array instanceof double[] a) {
            java.util.Arrays.fill(a, 7.0);
        } else if (array instanceof boolean[] a) {
            java.util.Arrays.fill(a, false);
        }
    }
}
