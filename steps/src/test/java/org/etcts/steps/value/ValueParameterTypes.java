package org.etcts.steps.value;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.Value;

/** The value words of the features: tags by the documented names. */
public final class ValueParameterTypes {

    /** A value tag: {@code none}, {@code tensor}, {@code string}, {@code double}, {@code integer} or {@code boolean}. */
    @ParameterType("none|tensor|string|double|integer|boolean")
    public Value.Tag valueTag(String name) {
        return Value.Tag.parse(name);
    }
}
