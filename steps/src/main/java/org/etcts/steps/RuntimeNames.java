package org.etcts.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.etcts.executorch.DataType;
import org.etcts.executorch.RuntimeEnum;

/**
 * The names the suite's own files (features, fixture manifests) give the binding's runtime enums, read back
 * into constants. One word names a constant in any of the forms people write it: the enum constant
 * ({@code INVALID_ARGUMENT}), the C++ enumerator ({@code InvalidArgument}, optionally qualified as
 * {@code Error::InvalidArgument}), the spec's camelCase ({@code invalidArgument}); case, underscores,
 * hyphens and spaces do not count. Element types also go by PyTorch's names ({@code float32},
 * {@code torch.int64}, {@code bf16}); following the runtime, {@code byte} is unsigned and {@code char}
 * signed.
 */
public final class RuntimeNames {

    /** PyTorch's and NumPy's names of the element types, normalized. */
    private static final Map<String, RuntimeEnum> ALIASES = Map.ofEntries(
            Map.entry("uint8", DataType.BYTE), Map.entry("u8", DataType.BYTE),
            Map.entry("int8", DataType.CHAR), Map.entry("i8", DataType.CHAR),
            Map.entry("int16", DataType.SHORT), Map.entry("i16", DataType.SHORT),
            Map.entry("int32", DataType.INT), Map.entry("i32", DataType.INT),
            Map.entry("int64", DataType.LONG), Map.entry("i64", DataType.LONG),
            Map.entry("float16", DataType.HALF), Map.entry("f16", DataType.HALF),
            Map.entry("float32", DataType.FLOAT), Map.entry("f32", DataType.FLOAT),
            Map.entry("float64", DataType.DOUBLE), Map.entry("f64", DataType.DOUBLE),
            Map.entry("complex32", DataType.COMPLEX_HALF), Map.entry("chalf", DataType.COMPLEX_HALF),
            Map.entry("complex64", DataType.COMPLEX_FLOAT), Map.entry("cfloat", DataType.COMPLEX_FLOAT),
            Map.entry("complex128", DataType.COMPLEX_DOUBLE), Map.entry("cdouble", DataType.COMPLEX_DOUBLE),
            Map.entry("boolean", DataType.BOOL), Map.entry("bf16", DataType.BFLOAT16),
            Map.entry("u16", DataType.UINT16), Map.entry("u32", DataType.UINT32), Map.entry("u64", DataType.UINT64));

    private RuntimeNames() {
    }

    /**
     * The constant a name stands for.
     *
     * @param type the enum
     * @param name the name, in any of the forms of the class description
     * @param <E> the enum
     * @return the constant
     * @throws IllegalArgumentException naming the word and the names it could have been, if it names none
     */
    public static <E extends Enum<E> & RuntimeEnum> E parse(Class<E> type, String name) {
        Objects.requireNonNull(name, "name");
        String key = normalize(unqualified(name));
        RuntimeEnum alias = ALIASES.get(key);
        if (type.isInstance(alias)) {
            return type.cast(alias);
        }
        List<String> known = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (normalize(constant.name()).equals(key) || normalize(constant.runtimeName()).equals(key)) {
                return constant;
            }
            known.add(constant.runtimeName());
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + name + "'; expected one of "
                + String.join(", ", known) + " (or their camelCase or CONSTANT_CASE forms)");
    }

    /** The name without a C++ scope or a Python module ({@code Error::}, {@code torch.}). */
    private static String unqualified(String name) {
        String trimmed = name.trim();
        int scope = trimmed.lastIndexOf("::");
        if (scope >= 0) {
            return trimmed.substring(scope + 2);
        }
        return trimmed.substring(trimmed.lastIndexOf('.') + 1);
    }

    private static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
