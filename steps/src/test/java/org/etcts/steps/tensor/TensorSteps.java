package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Tensor;

/**
 * Creating tensors (from bytes with and without copying, from scalar arrays, from single scalars), reading
 * their properties and elements, and the synchronous byte access handlers.
 */
public final class TensorSteps {

    private final TensorState state;
    private final Map<String, Object> sourceArrays = new HashMap<>();
    private final List<String> handlerCalls = new ArrayList<>();

    /** Picocontainer injects the scenario's tensors. */
    public TensorSteps(TensorState state) {
        this.state = state;
    }

    // ------------------------------------------------------------------ creating

    @Given("a tensor {string} of {dataType} scalars {scalars}")
    public void aTensorOfScalars(String name, DataType type, String[] values) {
        aTensorOfScalarsWithShape(name, type, values, new long[] {values.length});
    }

    @Given("a tensor {string} of {dataType} scalars {scalars} with shape {dims}")
    public void aTensorOfScalarsWithShape(String name, DataType type, String[] values, long[] shape) {
        state.put(name, Tensor.fromBytes(Elements.encode(type, values), shape, type));
    }

    @Given("a tensor {string} of {dataType} scalars {scalars} with shape {dims} and strides {dims}")
    public void aTensorWithStrides(String name, DataType type, String[] values, long[] shape, long[] strides) {
        state.put(name, Tensor.fromBytes(Elements.encode(type, values), shape, type, strides, null,
                ShapeDynamism.DYNAMIC_BOUND));
    }

    @Given("a tensor {string} of {dataType} scalars {scalars} with shape {dims}, strides {dims}, dimension order {dims} and shape dynamism {dynamism}")
    public void aTensorWithLayout(String name, DataType type, String[] values, long[] shape, long[] strides,
            long[] order, ShapeDynamism dynamism) {
        state.put(name, Tensor.fromBytes(Elements.encode(type, values), shape, type, strides, ints(order), dynamism));
    }

    @Given("a tensor {string} of float scalars given as integers {scalars}")
    public void aFloatTensorOfIntegers(String name, String[] integers) {
        // Integral numbers into a floating element type: allowed, converted exactly.
        long[] parsed = Arrays.stream(integers).mapToLong(Long::parseLong).toArray();
        float[] converted = new float[parsed.length];
        for (int i = 0; i < parsed.length; i++) {
            converted[i] = parsed[i];
        }
        state.put(name, Tensor.of(converted));
    }

    /** Half-precision elements given by their IEEE 754 binary16 bit patterns, e.g. "0x7c00, 0x3c00". */
    @Given("a tensor {string} of half elements with the raw bits {string}")
    public void aHalfTensorFromRawBits(String name, String bits) {
        String[] patterns = bits.split("\\s*,\\s*");
        ByteBuffer bytes = ByteBuffer.allocate(2 * patterns.length).order(ByteOrder.nativeOrder());
        for (String pattern : patterns) {
            bytes.putShort((short) Integer.parseInt(pattern.replaceFirst("^0x", ""), 16));
        }
        state.put(name, Tensor.fromBytes(bytes.array(), new long[] {patterns.length}, DataType.HALF));
    }

    @Then("the runtime holds tensor {string} as the bytes of buffer {string}")
    public void theRuntimeHoldsTheBytesOfBuffer(String name, String buffer) {
        Tensor t = state.tensor(name);
        ByteBuffer source = state.buffer(buffer).duplicate();
        source.clear();
        byte[] expected = new byte[source.remaining()];
        source.get(expected);
        assertThat(t.byteCount()).as("bytes the runtime counts for tensor %s, against the %d bytes of buffer %s",
                name, expected.length, buffer).isEqualTo(expected.length);
        assertThat(t.bytes()).as("bytes of tensor %s against those of buffer %s", name, buffer).isEqualTo(expected);
    }

    @Given("a buffer {string} holding the {dataType} scalars {scalars}")
    public void aBufferHolding(String name, DataType type, String[] values) {
        state.putBuffer(name, Elements.direct(type, values));
    }

    @Given("a tensor {string} over the bytes of buffer {string} without copying, with shape {dims} and data type {dataType}")
    public void aTensorOverBytesNoCopy(String name, String buffer, long[] shape, DataType type) {
        state.put(name, Tensor.fromBytesNoCopy(state.buffer(buffer), shape, type));
    }

    @Given("a tensor {string} over the bytes of buffer {string} without copying, with shape {dims}, data type {dataType}, strides {dims}, dimension order {dims} and shape dynamism {dynamism}")
    public void aTensorOverBytesNoCopyWithLayout(String name, String buffer, long[] shape, DataType type, long[] strides,
            long[] order, ShapeDynamism dynamism) {
        state.put(name, Tensor.fromBytesNoCopy(state.buffer(buffer), shape, type, strides, ints(order), dynamism));
    }

    @When("I try to make a tensor over the bytes of buffer {string} without copying, with shape {dims} and data type {dataType}")
    public void iTryToMakeATensorOverBytes(String buffer, long[] shape, DataType type) {
        state.scenario().attempt(() -> state.put("attempt", Tensor.fromBytesNoCopy(state.buffer(buffer), shape, type)));
    }

    @Given("a tensor {string} copied from the bytes of buffer {string}, with shape {dims} and data type {dataType}")
    public void aTensorCopiedFromBytes(String name, String buffer, long[] shape, DataType type) {
        ByteBuffer source = state.buffer(buffer);
        long needed = Tensor.elementCount(shape) * type.elementSize();
        // The documented initialiser reads count x elementSize bytes from the pointer it is given.
        ByteBuffer range = source.duplicate().order(ByteOrder.nativeOrder());
        range.limit((int) Math.min(range.capacity(), needed));
        state.put(name, Tensor.fromBytes(range, shape, type));
    }

    @Given("a tensor {string} wrapping the {word} array in buffer {string} without copying")
    public void aTensorWrappingTheArray(String name, String scalarType, String buffer) {
        ScalarKind kind = ScalarKind.parse(scalarType);
        ByteBuffer bytes = state.buffer(buffer);
        state.put(name, Tensor.fromBytesNoCopy(bytes, new long[] {bytes.remaining() / kind.dataType.elementSize()},
                kind.dataType));
    }

    @Given("a tensor {string} copied from the {word} array {scalars}")
    public void aTensorCopiedFromTheArray(String name, String scalarType, String[] values) {
        ScalarKind kind = ScalarKind.parse(scalarType);
        Object array = kind.array(values);
        sourceArrays.put(name, array);
        state.put(name, kind.copyOf(array, values.length));
    }

    @Given("a tensor {string} copied from the floating literal array {scalars}")
    public void aTensorFromFloatingLiterals(String name, String[] values) {
        // A floating literal with no explicit type is a double, in Java as in Swift.
        double[] literals = Arrays.stream(values).mapToDouble(Double::parseDouble).toArray();
        state.put(name, Tensor.of(literals));
    }

    @When("I overwrite the source array of tensor {string}")
    public void iOverwriteTheSourceArray(String name) {
        ScalarKind.scribble(sourceArrays.get(name));
    }

    @Given("a 0-D tensor {string} of the {word} scalar {word}")
    public void aZeroDTensorOfTheScalar(String name, String scalarType, String value) {
        state.put(name, ScalarKind.parse(scalarType).scalar(value));
    }

    @Given("^a 0-D tensor \"([^\"]*)\" from the typed initialiser for (float|double|int|long|bool|integer|unsigned integer) with (\\S+)$")
    public void aZeroDTensorFromTheTypedInitialiser(String name, String initialiser, String value) {
        Tensor tensor = switch (initialiser) {
            case "float" -> Tensor.scalar(Float.parseFloat(value));
            case "double" -> Tensor.scalar(Double.parseDouble(value));
            case "int" -> Tensor.scalar(Integer.parseInt(value));
            case "long", "integer" -> Tensor.scalar(Long.parseLong(value));  // a 64-bit platform integer is long
            case "bool" -> Tensor.scalar(!value.equals("0"));
            default -> ScalarKind.UINT.scalar(value);  // an unsigned platform integer is uInt64
        };
        state.put(name, tensor);
    }

    @When("I write the {dataType} scalars {scalars} into buffer {string}")
    public void iWriteIntoBuffer(DataType type, String[] values, String buffer) {
        ByteBuffer target = state.buffer(buffer).duplicate().order(ByteOrder.nativeOrder());
        target.clear();
        target.put(Elements.encode(type, values));
    }

    @Then("buffer {string} still holds the {dataType} scalars {scalars}")
    public void bufferStillHolds(String buffer, DataType type, String[] values) {
        ByteBuffer source = state.buffer(buffer).duplicate();
        source.clear();
        byte[] bytes = new byte[values.length * type.elementSize()];
        source.get(bytes);
        assertElements("buffer \"" + buffer + "\"", type, Elements.decode(type, bytes), values, 0);
    }

    @When("I close tensor {string}")
    public void iCloseTensor(String name) {
        state.tensor(name).close();
    }

    @When("the scenario lets go of buffer {string} and memory is reclaimed")
    public void theScenarioLetsGoOfBuffer(String name) throws InterruptedException {
        state.dropBuffer(name);
        // Nothing in the scenario refers to the buffer now: a tensor still reading it must keep it alive.
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
    }

    // ------------------------------------------------------------------ properties

    @Then("tensor {string} has data type {dataType}")
    public void tensorHasDataType(String name, DataType type) {
        assertThat(state.tensor(name).dataType()).as("dataType of tensor %s", name).isEqualTo(type);
    }

    @Then("tensor {string} has shape {dims}, strides {dims} and dimension order {dims}")
    public void tensorHasLayout(String name, long[] shape, long[] strides, long[] order) {
        Tensor t = state.tensor(name);
        assertThat(t.shape()).as("shape of tensor %s", name).containsExactly(shape);
        assertThat(t.strides()).as("strides of tensor %s", name).containsExactly(strides);
        assertThat(t.dimensionOrder()).as("dimensionOrder of tensor %s", name).containsExactly(ints(order));
    }

    @Then("tensor {string} has shape dynamism {dynamism}")
    public void tensorHasShapeDynamism(String name, ShapeDynamism dynamism) {
        assertThat(state.tensor(name).shapeDynamism()).as("shapeDynamism of tensor %s", name).isEqualTo(dynamism);
    }

    @Then("tensor {string} has count {long}")
    public void tensorHasCount(String name, long count) {
        Tensor t = state.tensor(name);
        assertThat(t.count()).as("count of tensor %s", name).isEqualTo(count);
        assertThat(t.count()).as("count of tensor %s is the product of its shape", name)
                .isEqualTo(Tensor.elementCount(t.shape()));
    }

    @Then("tensor {string} has {long} bytes")
    public void tensorHasBytes(String name, long bytes) {
        Tensor t = state.tensor(name);
        assertThat(t.byteCount()).as("byte count of tensor %s", name).isEqualTo(bytes);
        int[] seen = {-1};
        t.bytes(buffer -> seen[0] = buffer.remaining());
        assertThat(seen[0]).as("bytes handed to the bytes handler of tensor %s", name).isEqualTo((int) bytes);
    }

    @Then("tensor {string} has the scalars {scalars}")
    public void tensorHasTheScalars(String name, String[] values) {
        tensorHasTheScalarsWithin(name, values, 0);
    }

    @Then("tensor {string} has the scalars {scalars} within {double}")
    public void tensorHasTheScalarsWithin(String name, String[] values, double tolerance) {
        Tensor t = state.tensor(name);
        assertElements("tensor \"" + name + "\"", t.dataType(), Elements.decode(t.dataType(), t.bytes()), values, tolerance);
    }

    private void assertElements(String what, DataType type, Number[] actual, String[] expected, double tolerance) {
        state.scenario().attach(Arrays.toString(actual), "text/plain", "scalars of " + what);
        assertThat(actual).as("number of scalars of %s", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            boolean ok = tolerance > 0
                    ? Math.abs(actual[i].doubleValue() - Elements.toDouble(expected[i])) <= tolerance
                    : Elements.same(type, actual[i], expected[i]);
            assertThat(ok).as("scalar %d of %s: expected %s, got %s", i, what, expected[i], actual[i]).isTrue();
        }
    }

    // ------------------------------------------------------------------ byte access

    @When("I double every int element of tensor {string} through its mutable bytes")
    public void iDoubleEveryIntElement(String name) {
        // The step reads and writes 4-byte ints: on a tensor of another type it would scramble its bytes.
        assertThat(state.tensor(name).dataType()).as("data type of tensor %s", name).isEqualTo(DataType.INT);
        state.tensor(name).mutableBytes(buffer -> {
            for (int i = 0; i + 4 <= buffer.limit(); i += 4) {
                buffer.putInt(i, buffer.getInt(i) * 2);
            }
        });
    }

    @When("I write the {dataType} scalars {scalars} into tensor {string} through its mutable bytes")
    public void iWriteThroughMutableBytes(DataType type, String[] values, String name) {
        byte[] bytes = Elements.encode(type, values);
        state.tensor(name).mutableBytes(buffer -> buffer.put(bytes));
    }

    @When("I read the bytes of tensor {string}")
    public void iReadTheBytes(String name) {
        Tensor t = state.tensor(name);
        Thread caller = Thread.currentThread();
        handlerCalls.clear();
        t.bytes(buffer -> handlerCalls.add(describeCall(t, buffer, caller)));
        handlerCalls.add("returned");
    }

    @When("I access the mutable bytes of tensor {string}")
    public void iAccessTheMutableBytes(String name) {
        Tensor t = state.tensor(name);
        Thread caller = Thread.currentThread();
        handlerCalls.clear();
        t.mutableBytes(buffer -> handlerCalls.add(describeCall(t, buffer, caller)));
        handlerCalls.add("returned");
    }

    private static String describeCall(Tensor t, ByteBuffer buffer, Thread caller) {
        return (Thread.currentThread() == caller ? "same thread" : "other thread") + ", "
                + buffer.remaining() / t.dataType().elementSize() + " elements of " + t.dataType();
    }

    @Then("the bytes handler was called once, synchronously, with {long} elements of {dataType}")
    public void theBytesHandlerWasCalledOnce(long count, DataType type) {
        // Called before the access returned ("returned" comes last), once, on the caller's thread.
        assertThat(handlerCalls).as("handler calls, then the return of the access")
                .containsExactly("same thread, " + count + " elements of " + type, "returned");
    }

    static int[] ints(long[] values) {
        return Arrays.stream(values).mapToInt(Math::toIntExact).toArray();
    }
}
