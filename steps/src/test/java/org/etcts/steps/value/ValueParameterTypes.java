package org.etcts.steps.value;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.Value;
import org.etcts.steps.RuntimeNames;

/** The value words of the features: tags by the documented names. */
public final class ValueParameterTypes {

    /** A value tag: {@code none}, {@code tensor}, {@code string}, {@code double}, {@code integer} or {@code boolean}. */
    @ParameterType("none|tensor|string|double|integer|boolean")
    public Value.Tag valueTag(String name) {
        return RuntimeNames.parse(Value.Tag.class, name);
    }
}
