package org.etcts.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;

/**
 * The one reader of the values and lists the features write in words. Every step that takes a list or
 * a value as text reads it here, so a feature writes them the same way everywhere:
 *
 * <ul>
 *   <li>a bracketed list: {@code [1.0, 2.5]}, {@code [2, 2]}, {@code []};</li>
 *   <li>a value: {@code tensor [1.0, 2.0]} (a float tensor of shape [2]), {@code tensor [1, 2, 3, 4] of
 *       shape [2, 2]}, {@code tensor 'k'} (a tensor named before), {@code double 1.0}, {@code float 1.0}
 *       (stored with the double tag, as the documented API does), {@code integer 1}, {@code boolean true},
 *       {@code string "text"}, {@code none};</li>
 *   <li>a list of values: values separated by {@code ;};</li>
 *   <li>a scalar of a documented Swift type ({@code Int8}, {@code UInt16}, {@code Float}, ...): the Java
 *       primitive of that width, unsigned types as the 64-bit integer of the same bits.</li>
 * </ul>
 *
 * Tensors created here are owned by the scenario and closed when it ends.
 */
public final class Literals {

    private Literals() {
    }

    /**
     * The items of a bracketed, comma-separated list, trimmed.
     *
     * @throws IllegalArgumentException when the text is not in brackets
     */
    public static String[] items(String list) {
        String trimmed = list.trim();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw new IllegalArgumentException("expected a bracketed list such as [1, 2], got '" + list + "'");
        }
        String inner = trimmed.substring(1, trimmed.length() - 1).trim();
        return inner.isEmpty() ? new String[0] : inner.split("\\s*,\\s*");
    }

    /** A bracketed list of floats. */
    public static float[] floats(String list) {
        String[] parts = items(list);
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    /** A bracketed list of integers (sizes, strides, dimension orders; negative ones allowed). */
    public static long[] longs(String list) {
        return Arrays.stream(items(list)).mapToLong(Long::parseLong).toArray();
    }

    /** A {@code ;}-separated list of values; an empty text is an empty list. */
    public static List<Value> values(ScenarioState state, String text) {
        List<Value> values = new ArrayList<>();
        if (text.isBlank()) {
            return values;
        }
        for (String item : text.split(";")) {
            values.add(value(state, item.trim()));
        }
        return values;
    }

    /** One value, its kind first: {@code tensor ...}, {@code double 1.0}, {@code none}, ... */
    public static Value value(ScenarioState state, String item) {
        String[] words = item.trim().split("\\s+", 2);
        String rest = words.length > 1 ? words[1].trim() : "";
        return switch (words[0]) {
            case "tensor" -> Value.of(tensor(state, rest));
            case "double" -> Value.of(Double.parseDouble(rest));
            case "float" -> Value.of(Float.parseFloat(rest));
            case "integer" -> Value.of(Long.parseLong(rest));
            case "boolean" -> Value.of(Boolean.parseBoolean(rest));
            case "string" -> Value.of(unquote(rest));
            case "none" -> Value.none();
            default -> throw new IllegalArgumentException("unknown value '" + item
                    + "': expected tensor, double, float, integer, boolean, string or none");
        };
    }

    /** A float tensor from {@code [values]} or {@code [values] of shape [dims]}, or a named one from {@code 'name'}. */
    public static Tensor tensor(ScenarioState state, String text) {
        if (text.startsWith("'") || text.startsWith("\"")) {
            return state.namedTensor(unquote(text));
        }
        int of = text.indexOf(" of shape ");
        float[] values = floats(of < 0 ? text : text.substring(0, of));
        long[] shape = of < 0 ? new long[] {values.length} : longs(text.substring(of + " of shape ".length()));
        return state.own(Tensor.of(values, shape));
    }

    /**
     * A scalar value of a documented Swift type, as the Java primitive of that width ({@code Int8} a byte,
     * {@code Float} a float); Java has no unsigned primitives, so an unsigned value travels as the 64-bit
     * integer of the same bits.
     */
    public static Value scalarOf(String swiftType, String text) {
        return switch (swiftType) {
            case "Bool" -> Value.of(Boolean.parseBoolean(text));
            case "Int8" -> Value.of(Byte.parseByte(text));
            case "Int16" -> Value.of(Short.parseShort(text));
            case "Int32" -> Value.of(Integer.parseInt(text));
            case "Int", "Int64" -> Value.of(Long.parseLong(text));
            case "UInt8", "UInt16", "UInt32", "UInt", "UInt64" -> Value.of(Long.parseUnsignedLong(text));
            case "Float" -> Value.of(Float.parseFloat(text));
            case "Double" -> Value.of(Double.parseDouble(text));
            case "String" -> Value.of(text);
            default -> throw new IllegalArgumentException("unknown scalar type '" + swiftType + "'");
        };
    }

    private static String unquote(String text) {
        String t = text.trim();
        boolean quoted = t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"));
        if (!quoted) {
            throw new IllegalArgumentException("expected a quoted name, got '" + text + "'");
        }
        return t.substring(1, t.length() - 1);
    }
}
