package org.etcts.steps.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.Literals;

/**
 * Typed decoding (the documented {@code T.from(value)} and {@code T.from([values])}): decoding a
 * method's outputs or values written in words ({@link Literals}) into a documented type, and checking
 * the result. A failing decode keeps its error in the shared scenario state, so the module and errors
 * features' "it fails with the error ..." and "the error's description reads ..." steps read it.
 */
public final class DecodeSteps {

    private final ScenarioState state;
    /** The result of the last decode that succeeded. */
    private Object decoded;
    private DecodeTarget decodedAs;
    private boolean hasDecoded;

    /** Picocontainer injects the scenario's state. */
    public DecodeSteps(ScenarioState state) {
        this.state = state;
    }

    // ------------------------------------------------------------------ decoding

    @When("I decode the outputs as {decodedType}")
    public void iDecodeTheOutputsAs(DecodeTarget type) throws ExecuTorchException {
        keep(type, type.sequenceDecoder().decode(state.outputs()));
    }

    @When("I try to decode the outputs as {decodedType}")
    public void iTryToDecodeTheOutputsAs(DecodeTarget type) {
        attempt(type, () -> keep(type, type.sequenceDecoder().decode(state.outputs())));
    }

    @When("I decode the values {string} as {decodedType}")
    public void iDecodeTheValuesAs(String values, DecodeTarget type) throws ExecuTorchException {
        keep(type, type.sequenceDecoder().decode(Literals.values(state, values)));
    }

    @When("I try to decode the values {string} as {decodedType}")
    public void iTryToDecodeTheValuesAs(String values, DecodeTarget type) {
        List<Value> list = Literals.values(state, values);
        attempt(type, () -> keep(type, type.sequenceDecoder().decode(list)));
    }

    @When("I decode the value {string} as {decodedType}")
    public void iDecodeTheValueAs(String value, DecodeTarget type) throws ExecuTorchException {
        keep(type, type.valueDecoder().decode(Literals.value(state, value)));
    }

    @When("I try to decode the value {string} as {decodedType}")
    public void iTryToDecodeTheValueAs(String value, DecodeTarget type) {
        Value parsed = Literals.value(state, value);
        attempt(type, () -> keep(type, type.valueDecoder().decode(parsed)));
    }

    // ------------------------------------------------------------------ results

    /** The literal result of a scalar or array decode, read in the decoded type ({@code 99}, {@code [1.5, 2.5]}). */
    @Then("the decoded {decodedType} is {}")
    public void theDecodedResultIs(DecodeTarget type, String expected) {
        assertThat(hasDecoded).as("a decode step must succeed first").isTrue();
        assertThat(decoded).as("decoded %s", type).isEqualTo(type.expected(expected));
    }

    /**
     * The result has the form of the type it was decoded as (an array of one element for {@code [T]}, a
     * {@code Value} for {@code Value}, a tensor for {@code AnyTensor} and {@code Tensor<T>}), and that
     * element holds one float tensor.
     */
    @Then("the decoded result holds the single float tensor {floats}")
    public void theDecodedResultHoldsTheSingleFloatTensor(float[] expected) {
        assertThat(hasDecoded).as("a decode step must succeed first").isTrue();
        Object single = decoded;
        if (decodedAs.isArray()) {
            assertThat(single).as("result decoded as %s", decodedAs).isInstanceOf(List.class);
            List<?> list = (List<?>) single;
            assertThat(list).as("decoded array").hasSize(1);
            single = list.get(0);
        }
        Class<?> form = decodedAs.isValue() ? Value.class : Tensor.class;
        assertThat(single).as("element of the result decoded as %s", decodedAs).isInstanceOf(form);
        Tensor tensor = single instanceof Value value ? value.tensor().orElse(null) : (Tensor) single;
        assertThat(tensor).as("tensor of the decoded %s", decoded).isNotNull();
        assertThat(tensor.dataType()).as("data type of the decoded tensor").isEqualTo(DataType.FLOAT);
        // The documented Tensor<Float>(result).scalars(): the elements read as floats.
        assertThat(tensor.toFloatArray()).as("scalars of the decoded tensor").containsExactly(expected);
    }

    private void keep(DecodeTarget type, Object result) {
        decoded = result;
        decodedAs = type;
        hasDecoded = true;
        state.attach(type + " decoded as:\n" + result, "text/plain", "decoded " + type);
    }

    private void attempt(DecodeTarget type, ScenarioState.RuntimeCall call) {
        hasDecoded = false;
        state.attempt(call);
        if (state.error() != null) {
            state.attach(state.error().getMessage(), "text/plain", "decoding as " + type + " failed");
        }
    }
}
