package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;
import org.etcts.steps.RuntimeNames;

/** The tensor helpers and enums (element counts, type sizes, raw values), descriptions, and the API's shape. */
public final class TensorApiSteps {

    private final TensorState state;

    /** Picocontainer injects the scenario's tensors. */
    public TensorApiSteps(TensorState state) {
        this.state = state;
    }

    @Then("the element count of the shape {dims} is {long}")
    public void theElementCountOfTheShape(long[] shape, long count) {
        assertThat(Tensor.elementCount(shape)).as("elementCount(ofShape: %s)", Arrays.toString(shape)).isEqualTo(count);
    }

    @Then("the size of the data type {dataType} is {int} bytes")
    public void theSizeOfTheDataType(DataType type, int bytes) {
        assertThat(type.elementSize()).as("size(ofDataType: %s)", type).isEqualTo(bytes);
    }

    @Then("the data types have the raw values 0 to 29 in the order {string}")
    public void theDataTypesHaveTheRawValues(String names) {
        List<String> ordered = Arrays.asList(names.split("\\s*,\\s*"));
        assertThat(ordered).hasSize(30);
        for (int i = 0; i < ordered.size(); i++) {
            assertThat(RuntimeNames.parse(DataType.class, ordered.get(i)).number()).as("raw value of %s", ordered.get(i)).isEqualTo(i);
        }
        // Every element type is listed; the runtime's markers Undefined (30) and NumOptions (31) are not types.
        assertThat(DataType.values()).hasSize(30);
    }

    @Then("the shape dynamism {dynamism} has the raw value {int}")
    public void theShapeDynamismHasTheRawValue(ShapeDynamism dynamism, int number) {
        assertThat(dynamism.number()).as("raw value of %s", dynamism).isEqualTo(number);
    }

    @Then("the description of tensor {string} starts with {string}")
    public void theDescriptionStartsWith(String name, String prefix) {
        assertThat(state.tensor(name).toString()).as("description of tensor %s", name).startsWith(prefix);
    }

    @Then("the description of tensor {string} mentions {string}, {string}, {string}, {string}, {string} and {string}")
    public void theDescriptionMentions(String name, String a, String b, String c, String d, String e, String f) {
        assertThat(state.tensor(name).toString()).as("description of tensor %s", name).contains(a, b, c, d, e, f);
    }

    @Then("the description of tensor {string} lists the scalars {string}")
    public void theDescriptionListsTheScalars(String name, String scalars) {
        assertThat(state.tensor(name).toString()).as("description of tensor %s", name).contains("[" + scalars + "]");
    }

    @Then("the description of tensor {string} lists {int} scalars then {string}")
    public void theDescriptionListsScalarsThen(String name, int count, String ellipsis) {
        String description = state.tensor(name).toString();
        int end = description.indexOf(ellipsis + "]");
        assertThat(end).as("'%s' closes the scalars in the description of tensor %s:%n%s", ellipsis, name, description)
                .isPositive();
        int start = description.lastIndexOf('[', end);
        String[] listed = description.substring(start + 1, end).split(",\\s*");
        assertThat(listed).as("scalars listed before '%s'", ellipsis).hasSize(count);
    }

    @Then("a tensor can be copied")
    public void aTensorCanBeCopied() throws NoSuchMethodException {
        Method copy = Tensor.class.getMethod("copy");
        assertThat(copy.getReturnType()).isEqualTo(Tensor.class);
        assertThat(Modifier.isPublic(copy.getModifiers())).isTrue();
    }

    @Then("a tensor cannot be created with a bare initialiser")
    public void aTensorCannotBeCreatedWithABareInitialiser() {
        // Only the documented initialisers and factories make tensors: no public constructor, no subclass.
        for (Constructor<?> constructor : Tensor.class.getDeclaredConstructors()) {
            assertThat(Modifier.isPublic(constructor.getModifiers())).as("public constructor %s", constructor).isFalse();
        }
        assertThat(Modifier.isFinal(Tensor.class.getModifiers())).as("Tensor is final").isTrue();
    }

    @Then("a tensor does not expose its native instance")
    public void aTensorDoesNotExposeItsNativeInstance() {
        for (Method method : Tensor.class.getMethods()) {
            boolean handleLike = method.getReturnType() == long.class && method.getParameterCount() == 0
                    && !List.of("count", "byteCount").contains(method.getName());
            assertThat(handleLike).as("public method %s could hand out the native instance", method).isFalse();
        }
    }
}
