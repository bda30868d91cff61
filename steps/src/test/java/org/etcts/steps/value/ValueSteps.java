package org.etcts.steps.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.Literals;
import org.etcts.steps.RuntimeNames;
import org.etcts.steps.tensor.TensorState;

/**
 * Values: making them from every scalar kind, a string, a tensor or nothing; tags, is-checks and
 * accessors; equality with the documented semantics (tensors by content); copies, descriptions and the
 * API's shape.
 */
public final class ValueSteps {

    /** The documented is-checks, in a fixed order. */
    private static final Map<String, Predicate<Value>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("isNone", Value::isNone);
        CHECKS.put("isTensor", Value::isTensor);
        CHECKS.put("isString", Value::isString);
        CHECKS.put("isScalar", Value::isScalar);
        CHECKS.put("isBoolean", Value::isBoolean);
        CHECKS.put("isInteger", Value::isInteger);
        CHECKS.put("isDouble", Value::isDouble);
        CHECKS.put("isFloat", Value::isFloat);
    }

    private final ValueState values;
    private final TensorState tensors;

    /** Picocontainer injects the scenario's values and tensors. */
    public ValueSteps(ValueState values, TensorState tensors) {
        this.values = values;
        this.tensors = tensors;
    }

    // ------------------------------------------------------------------ making values

    @Given("a value {string} holding nothing")
    public void aValueHoldingNothing(String name) {
        values.put(name, Value.none());
    }

    @Given("a value {string} holding the tensor {string}")
    public void aValueHoldingTheTensor(String name, String tensor) {
        values.put(name, Value.of(tensors.tensor(tensor)));
    }

    @Given("a value {string} holding the string {string}")
    public void aValueHoldingTheString(String name, String text) {
        values.put(name, Value.of(text));
    }

    @Given("a value {string} holding the {word} scalar {word}")
    public void aValueHoldingTheScalar(String name, String kind, String text) {
        values.put(name, Literals.scalarOf(kind, text));
    }

    @When("I copy value {string} to {string}")
    public void iCopyValue(String source, String copy) {
        Value copied = values.get(source).copy();
        copied.tensor().ifPresent(t -> tensors.put("copy of value " + copy, t));
        values.put(copy, copied);
    }

    // ------------------------------------------------------------------ tags and checks

    @Then("value {string} has tag {valueTag}")
    public void valueHasTag(String name, Value.Tag tag) {
        assertThat(values.get(name).tag()).as("tag of value %s", name).isEqualTo(tag);
    }

    @Then("value {string} has tag {valueTag} with raw value {int}")
    public void valueHasTagWithRawValue(String name, Value.Tag tag, int number) {
        valueHasTag(name, tag);
        assertThat(values.get(name).tag().number()).as("raw tag of value %s", name).isEqualTo(number);
    }

    @Then("value {string} answers yes only to {string}")
    public void valueAnswersYesOnlyTo(String name, String checks) {
        List<String> yes = Arrays.asList(checks.split("\\s*,\\s*"));
        Value value = values.get(name);
        for (Map.Entry<String, Predicate<Value>> check : CHECKS.entrySet()) {
            assertThat(check.getValue().test(value)).as("%s of value %s", check.getKey(), name)
                    .isEqualTo(yes.contains(check.getKey()));
        }
    }

    // ------------------------------------------------------------------ accessors

    @Then("value {string} has no tensor, no string and no scalar")
    public void valueHasNothing(String name) {
        valueHasNo(name, "tensor");
        valueHasNo(name, "string");
        valueHasNo(name, "scalar");
    }

    @Then("value {string} has no {word}")
    public void valueHasNo(String name, String accessor) {
        Value value = values.get(name);
        Object result = switch (accessor) {
            case "tensor" -> value.tensor();
            case "string" -> value.string();
            case "scalar" -> value.scalar();
            default -> throw new IllegalArgumentException("unknown object accessor '" + accessor + "'");
        };
        assertThat(result).as("%s accessor of value %s", accessor, name).isEqualTo(java.util.Optional.empty());
    }

    @Then("the tensor of value {string} is tensor {string}")
    public void theTensorOfValueIs(String name, String tensor) {
        Tensor t = tensors.tensor(tensor);
        assertThat(values.get(name).tensor()).as("tensor of value %s", name).containsSame(t);
        assertThat(values.get(name).toTensor().contentEquals(t)).isTrue();
    }

    @Then("the tensor of value {string} is not tensor {string}")
    public void theTensorOfValueIsNot(String name, String tensor) {
        assertThat(values.get(name).toTensor()).as("tensor of value %s", name).isNotSameAs(tensors.tensor(tensor));
    }

    @Then("the tensor of value {string} has the scalars {scalars}")
    public void theTensorOfValueHasTheScalars(String name, String[] expected) {
        float[] actual = values.get(name).toTensor().toFloatArray();
        assertThat(actual).as("scalars of the tensor of value %s", name).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("scalar %d", i).isEqualTo(Float.parseFloat(expected[i]));
        }
    }

    @Then("reading the tensor of value {string} as {word} scalars gives {scalars}")
    public void readingTheTensorOfValueGives(String name, String kind, String[] expected) {
        Tensor t = values.get(name).tensor().orElseThrow();
        double[] actual = switch (kind) {
            case "Float" -> toDoubles(t.toFloatArray());
            case "Double" -> t.toDoubleArray();
            default -> throw new IllegalArgumentException("no typed reader for " + kind);
        };
        assertThat(actual).as("tensor of value %s read as %s", name, kind)
                .containsExactly(Arrays.stream(expected).mapToDouble(Double::parseDouble).toArray());
    }

    @Then("reading the tensor of value {string} as {word} scalars is refused")
    public void readingTheTensorOfValueIsRefused(String name, String kind) {
        Tensor t = values.get(name).tensor().orElseThrow();
        ThrowingCallable read = switch (kind) {
            case "Float" -> t::toFloatArray;
            case "Double" -> t::toDoubleArray;
            case "Int32" -> t::toIntArray;
            case "Int64" -> t::toLongArray;
            default -> throw new IllegalArgumentException("no typed reader for " + kind);
        };
        assertThatThrownBy(read).as("reading a %s tensor as %s", t.dataType(), kind)
                .isInstanceOf(IllegalStateException.class);
    }

    @Then("the string of value {string} is {string}")
    public void theStringOfValueIs(String name, String text) {
        assertThat(values.get(name).string()).as("string of value %s", name).contains(text);
        assertThat(values.get(name).toStringValue()).isEqualTo(text);
    }

    @Then("the boolean of value {string} is {word}")
    public void theBooleanOfValueIs(String name, String expected) {
        assertThat(values.get(name).toBoolean()).as("boolean of value %s", name).isEqualTo(Boolean.parseBoolean(expected));
    }

    @Then("the integer of value {string} is {long}")
    public void theIntegerOfValueIs(String name, long expected) {
        assertThat(values.get(name).toLong()).as("integer of value %s", name).isEqualTo(expected);
    }

    @Then("the double of value {string} is {double}")
    public void theDoubleOfValueIs(String name, double expected) {
        assertThat(values.get(name).toDouble()).as("double of value %s", name).isEqualTo(expected);
    }

    @Then("the float of value {string} is exactly the float {float}")
    public void theFloatOfValueIsExactly(String name, float expected) {
        assertThat(Float.floatToRawIntBits(values.get(name).toFloat())).as("float of value %s (bits)", name)
                .isEqualTo(Float.floatToRawIntBits(expected));
    }

    @Then("the double of value {string} is the float {float} widened")
    public void theDoubleOfValueIsTheFloatWidened(String name, float expected) {
        assertThat(values.get(name).toDouble()).as("double of value %s", name).isEqualTo((double) expected);
    }

    @Then("the scalar of value {string} is the {word} {word}")
    public void theScalarOfValueIs(String name, String kind, String text) {
        Object expected = Literals.value(tensors.scenario(), kind + " " + text).scalar()
                .orElseThrow(() -> new IllegalArgumentException("'" + kind + " " + text + "' is not a scalar"));
        assertThat(values.get(name).scalar()).as("scalar of value %s", name).contains(expected);
    }

    @Then("the {word} accessor of value {string} is refused")
    public void theAccessorIsRefused(String accessor, String name) {
        Value value = values.get(name);
        ThrowingCallable call = switch (accessor) {
            case "boolean" -> value::toBoolean;
            case "integer" -> value::toLong;
            case "double" -> value::toDouble;
            case "float" -> value::toFloat;
            case "string" -> value::toStringValue;
            case "tensor" -> value::toTensor;
            default -> throw new IllegalArgumentException("unknown accessor '" + accessor + "'");
        };
        assertThatThrownBy(call).as("%s accessor of a %s value", accessor, value.tag())
                .isInstanceOf(IllegalStateException.class);
    }

    @Then("value {string} gives back the {word} scalar {word}")
    public void valueGivesBack(String name, String kind, String text) {
        Value value = values.get(name);
        Object back = switch (kind) {
            case "Bool" -> Boolean.toString(value.toBoolean());
            case "Int8", "Int16", "Int32", "Int", "Int64" -> Long.toString(value.toLong());
            case "UInt8", "UInt16", "UInt32", "UInt", "UInt64" -> Long.toUnsignedString(value.toLong());
            case "Float" -> Float.toString(value.toFloat());
            case "Double" -> Double.toString(value.toDouble());
            case "String" -> value.toStringValue();
            default -> throw new IllegalArgumentException("unknown scalar type '" + kind + "'");
        };
        String expected = switch (kind) {
            case "Float" -> Float.toString(Float.parseFloat(text));
            case "Double" -> Double.toString(Double.parseDouble(text));
            default -> text;
        };
        assertThat(back).as("%s decoded from value %s", kind, name).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ equality

    @Then("value {string} equals value {string}")
    public void valueEquals(String a, String b) {
        assertThat(values.get(a).contentEquals(values.get(b))).as("value %s equals value %s", a, b).isTrue();
    }

    @Then("value {string} does not equal value {string}")
    public void valueDoesNotEqual(String a, String b) {
        assertThat(values.get(a).contentEquals(values.get(b))).as("value %s equals value %s", a, b).isFalse();
    }

    @Then("two values holding nothing are equal")
    public void twoValuesHoldingNothingAreEqual() {
        assertThat(Value.none().contentEquals(Value.none())).isTrue();
    }

    @Then("the values of these payloads compare as follows:")
    public void theValuesCompareAsFollows(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            String kind = row.get("kind");
            Value first = kind.equals("Tensor") ? Value.of(tensors.tensor(row.get("first"))) : Literals.scalarOf(kind, row.get("first"));
            Value second = kind.equals("Tensor") ? Value.of(tensors.tensor(row.get("second"))) : Literals.scalarOf(kind, row.get("second"));
            assertThat(first.contentEquals(second)).as("%s %s equals %s", kind, row.get("first"), row.get("second"))
                    .isEqualTo(row.get("equal").equals("yes"));
            assertThat(second.contentEquals(first)).as("symmetry: %s %s equals %s", kind, row.get("second"), row.get("first"))
                    .isEqualTo(row.get("equal").equals("yes"));
        }
    }

    // ------------------------------------------------------------------ description, enum, API shape

    @Then("the description of value {string} starts with {string} and has the lines {string} and {string}")
    public void theDescriptionOfValue(String name, String prefix, String tagLine, String valueLine) {
        String description = values.get(name).toString();
        tensors.scenario().attach(description, "text/plain", "description of value " + name);
        assertThat(description).as("description of value %s", name).startsWith(prefix);
        List<String> lines = description.lines().map(String::strip).toList();
        assertThat(lines).as("lines of the description of value %s", name)
                .anyMatch(l -> l.startsWith(tagLine)).anyMatch(l -> l.startsWith(valueLine));
    }

    @Then("the description of value {string} indents the tensor's description")
    public void theDescriptionIndentsTheTensor(String name) {
        String description = values.get(name).toString();
        String tensorLine = values.get(name).toTensor().toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(description).as("description of value %s", name).contains("\n  " + tensorLine);
    }

    @Then("the value tags have the raw values 0 to 5 in the order {string}")
    public void theValueTagsHaveTheRawValues(String names) {
        String[] ordered = names.split("\\s*,\\s*");
        for (int i = 0; i < ordered.length; i++) {
            assertThat(RuntimeNames.parse(Value.Tag.class, ordered[i]).number()).as("raw value of tag %s", ordered[i]).isEqualTo(i);
        }
    }

    @Then("the list tags have the raw values 6 to 11 and no value can hold them")
    public void theListTagsHaveTheRawValues() {
        List<Value.Tag> lists = Arrays.stream(Value.Tag.values()).filter(Value.Tag::isList).toList();
        assertThat(lists.stream().map(Value.Tag::number)).containsExactly(6, 7, 8, 9, 10, 11);
        // Every factory makes one of the six value tags.
        List<Value> made = List.of(Value.none(), Value.of("s"), Value.of(1L), Value.of(1.0), Value.of(true));
        assertThat(made).noneMatch(v -> v.tag().isList());
    }

    @Then("a value can be copied")
    public void aValueCanBeCopied() throws NoSuchMethodException {
        Method copy = Value.class.getMethod("copy");
        assertThat(copy.getReturnType()).isEqualTo(Value.class);
        assertThat(Value.of(42L).copy().contentEquals(Value.of(42L))).isTrue();
    }

    @Then("a value cannot be subclassed")
    public void aValueCannotBeSubclassed() {
        assertThat(Modifier.isFinal(Value.class.getModifiers())).as("Value is final").isTrue();
    }

    @Then("values are made by class factories, not by messages to an instance")
    public void valuesAreMadeByClassFactories() {
        for (Constructor<?> constructor : Value.class.getDeclaredConstructors()) {
            assertThat(Modifier.isPublic(constructor.getModifiers())).as("public constructor %s", constructor).isFalse();
        }
        List<Method> factories = Arrays.stream(Value.class.getMethods())
                .filter(m -> m.getName().equals("of") || m.getName().equals("none")).toList();
        assertThat(factories).as("the factories of Value").isNotEmpty()
                .allMatch(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Value.class);
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
