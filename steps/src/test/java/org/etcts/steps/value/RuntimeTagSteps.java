package org.etcts.steps.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.Capabilities;
import org.etcts.steps.ScenarioState;

/**
 * What the runtime makes of a value's tag. A value's tag as the binding reports it is the overload the
 * caller picked; the runtime decides independently: a method input declared int accepts only an Int
 * EValue, one declared bool only a Bool, a double scalar only a Double (set_input checks the tag,
 * MOD-60), and then it compares the payload with the value the program was traced with (scalar inputs are
 * baked into the program). So the value is passed as the input of that kind of a fixture: when it holds
 * the traced value the method runs and its output, computed from the number written in the feature, is
 * checked; otherwise the runtime refuses it (InvalidArgument) and its error names the payload as it read it
 * through that tag's accessor ("got 1 and 7" for an int, "got 1 and 0" for a bool, "get 7.500000 and
 * 1.000000" for a double), which is checked against the number written in the feature.
 *
 * <p>int_bool_inputs.pte computes forward(x, y: int, z: bool) = x + y + int(z); add_alpha.pte computes
 * forward(x, y, alpha: float) = x + alpha * y (fixtures/export/models.py).
 */
public final class RuntimeTagSteps {

    private final ValueState values;
    private final ScenarioState state;

    /** Picocontainer injects the scenario's values and state. */
    public RuntimeTagSteps(ValueState values, ScenarioState state) {
        this.values = values;
        this.state = state;
    }

    @Then("the runtime takes value {string} as {valueTag} input and computes with {word}")
    public void theRuntimeTakesTheValue(String name, Value.Tag tag, String written) throws ExecuTorchException {
        Value value = values.get(name);
        double number = written.equals("true") ? 1 : written.equals("false") ? 0 : Double.parseDouble(written);
        List<Value> inputs;
        String fixture;
        float expected;
        try (Tensor ones = Tensor.of(new float[] {1f}, 1);
                Tensor x = Tensor.of(new float[] {1f, 2f, 3f, 4f}, 2, 2);
                Tensor y = Tensor.of(new float[] {2f, 3f, 4f, 5f}, 2, 2)) {
            switch (tag) {
                case INTEGER -> {
                    fixture = "int_bool_inputs.pte";
                    inputs = List.of(Value.of(ones), value, Value.of(true));
                    expected = (float) (1 + number + 1);
                }
                case BOOLEAN -> {
                    fixture = "int_bool_inputs.pte";
                    inputs = List.of(Value.of(ones), Value.of(1L), value);
                    expected = (float) (1 + 1 + number);
                }
                case DOUBLE -> {
                    fixture = "add_alpha.pte";
                    inputs = List.of(Value.of(x), Value.of(y), value);
                    expected = (float) (1 + number * 2);
                }
                default -> throw new IllegalArgumentException("no fixture takes a " + tag + " scalar input");
            }
            try (Module module = new Module(state.fixtures.modelFile(fixture).toString())) {
                List<Value> outputs;
                try {
                    outputs = module.forward(inputs);
                } catch (ExecuTorchException refused) {
                    checkRefusal(refused, tag, number);
                    return;
                }
                try (Tensor out = outputs.get(0).toTensor()) {
                    float got = out.toFloatArray()[0];
                    state.attach(fixture + " forward with value " + value + ": first output element " + got,
                            "text/plain", "runtime's reading of value " + name);
                    assertThat(got).as("first output of %s computed with value %s as its %s input", fixture, name, tag)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** The runtime refused a payload other than the traced one; its error quotes the payload it read. */
    private void checkRefusal(ExecuTorchException refused, Value.Tag tag, double number) {
        state.attach(refused.getMessage(), "text/plain", "runtime's refusal");
        assertThat(refused.code()).as("error of: %s", refused.getMessage()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        String message = refused.getMessage();
        if (!message.contains("input_evalue")) {
            throw Capabilities.notSupported("the runtime refused the value but logged nothing about it (" + message
                    + "), so which tag and payload it read cannot be seen: a build without logging");
        }
        String quoted = switch (tag) {
            case INTEGER -> " and " + (long) number;
            case BOOLEAN -> " and " + (long) number;
            default -> String.format(Locale.ROOT, "get %f and ", number);
        };
        assertThat(message).as("the runtime's reading of the value as %s", tag).contains(quoted);
    }
}
