package org.etcts.steps.value;

import java.util.HashMap;
import java.util.Map;
import org.etcts.executorch.Value;

/** The values of one scenario by the names the feature gives them; picocontainer makes one per scenario. */
public final class ValueState {

    private final Map<String, Value> values = new HashMap<>();

    /** Names a value. */
    public void put(String name, Value value) {
        values.put(name, value);
    }

    /** The value a feature named. */
    public Value get(String name) {
        Value value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no value named '" + name + "' in this scenario; values: " + values.keySet());
        }
        return value;
    }
}
