package org.etcts.steps.options;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.BackendOption;

/** The backend-options words of the features: the documented option types. */
public final class OptionsParameterTypes {

    /** A backend option's type: {@code boolean}, {@code integer} or {@code string}. */
    @ParameterType("boolean|integer|string")
    public BackendOption.Type backendOptionType(String name) {
        return BackendOption.Type.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** Makes an option of a type from the value as the feature writes it. */
    static BackendOption make(String key, BackendOption.Type type, String value) {
        return switch (type) {
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("a boolean option value is true or false, not '" + value + "'");
                }
                yield BackendOption.of(key, Boolean.parseBoolean(value));
            }
            case INTEGER -> BackendOption.of(key, Long.parseLong(value));
            case STRING -> BackendOption.of(key, value);
        };
    }
}
