package org.etcts.steps.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.ScenarioState;

/**
 * Reads the input lists the module features write in words, one value per {@code ;}-separated item:
 *
 * <ul>
 *   <li>{@code tensor [1.0, 2.0]}: a float tensor of that shape ({@code [2]});</li>
 *   <li>{@code tensor [1, 2, 3, 4] of shape [2, 2]}: a float tensor of an explicit shape;</li>
 *   <li>{@code tensor 'k'}: a tensor the scenario created and named before;</li>
 *   <li>{@code double 1.0}, {@code float 1.0} (a float value, which the documented API stores with the
 *       double tag), {@code integer 1}, {@code boolean true}, {@code string "text"}, {@code none}.</li>
 * </ul>
 *
 * Tensors created here live until the scenario ends.
 */
public final class ValueSpecs {

    private ValueSpecs() {
    }

    /** Parses a whole list; an empty text is an empty list. */
    public static List<Value> parseList(ScenarioState state, String text) {
        List<Value> values = new ArrayList<>();
        if (text.isBlank()) {
            return values;
        }
        for (String item : text.split(";")) {
            values.add(parse(state, item.trim()));
        }
        return values;
    }

    /** Parses one value. */
    public static Value parse(ScenarioState state, String item) {
        String[] words = item.split("\\s+", 2);
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

    /** A bracketed list of floats. */
    public static float[] floats(String list) {
        String[] parts = split(list);
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    /** A bracketed list of integers. */
    public static long[] longs(String list) {
        return Arrays.stream(split(list)).mapToLong(Long::parseLong).toArray();
    }

    private static String[] split(String list) {
        String trimmed = list.trim();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw new IllegalArgumentException("expected a bracketed list, got '" + list + "'");
        }
        String inner = trimmed.substring(1, trimmed.length() - 1).trim();
        return inner.isEmpty() ? new String[0] : inner.split("\\s*,\\s*");
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
