package org.etcts.steps.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import org.etcts.executorch.DataType;
import org.etcts.executorch.Tensor;

/** The factories: empty, full, ones, zeros, rand, randn, randint, their like forms, and checks of random contents. */
public final class TensorFactorySteps {

    private final TensorState state;

    /** Picocontainer injects the scenario's tensors. */
    public TensorFactorySteps(TensorState state) {
        this.state = state;
    }

    @When("I make {string} with {word} of shape {dims} and data type {dataType}")
    public void iMakeWithFactory(String name, String factory, long[] shape, DataType type) {
        state.put(name, switch (factory) {
            case "empty" -> Tensor.empty(shape, type);
            case "ones" -> Tensor.ones(shape, type);
            case "zeros" -> Tensor.zeros(shape, type);
            case "rand" -> Tensor.rand(shape, type);
            case "randn" -> Tensor.randn(shape, type);
            default -> throw new IllegalArgumentException("unknown factory '" + factory + "'");
        });
    }

    @When("I try to make a tensor with {word} of shape {dims} and data type {dataType}")
    public void iTryToMakeWithFactory(String factory, long[] shape, DataType type) {
        state.scenario().attempt(() -> iMakeWithFactory("attempted", factory, shape, type));
    }

    @When("I make {string} with full of shape {dims} and data type {dataType} filled with {word}")
    public void iMakeWithFull(String name, long[] shape, DataType type, String value) {
        state.put(name, isIntegral(value) ? Tensor.full(shape, Long.parseLong(value), type)
                : Tensor.full(shape, Double.parseDouble(value), type));
    }

    @When("I make {string} with random integers from {long} to {long} of shape {dims} and data type {dataType}")
    public void iMakeWithRandint(String name, long low, long high, long[] shape, DataType type) {
        state.put(name, Tensor.randint(low, high, shape, type));
    }

    @When("I make {string} with {word} like tensor {string}")
    public void iMakeLike(String name, String factory, String source) {
        Tensor like = state.tensor(source);
        state.put(name, switch (factory) {
            case "empty" -> Tensor.emptyLike(like);
            case "full" -> Tensor.fullLike(like, 1L);
            case "ones" -> Tensor.onesLike(like);
            case "zeros" -> Tensor.zerosLike(like);
            case "rand" -> Tensor.randLike(like);
            case "randn" -> Tensor.randnLike(like);
            case "randint" -> Tensor.randintLike(like, 0, 10);
            default -> throw new IllegalArgumentException("unknown factory '" + factory + "'");
        });
    }

    @When("I make {string} with full like tensor {string} filled with {word}")
    public void iMakeFullLike(String name, String source, String value) {
        Tensor like = state.tensor(source);
        state.put(name, isIntegral(value) ? Tensor.fullLike(like, Long.parseLong(value))
                : Tensor.fullLike(like, Double.parseDouble(value)));
    }

    @When("I make {string} with random integers from {long} to {long} like tensor {string}")
    public void iMakeRandintLike(String name, long low, long high, String source) {
        state.put(name, Tensor.randintLike(state.tensor(source), low, high));
    }

    @Then("every scalar of tensor {string} is at least {double} and below {double}")
    public void everyScalarIsWithin(String name, double low, double high) {
        double[] values = values(name);
        assertThat(values).as("scalars of tensor %s", name).isNotEmpty();
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i]).as("scalar %d of tensor %s", i, name).isGreaterThanOrEqualTo(low).isLessThan(high);
        }
    }

    @Then("the scalars of tensor {string} are not all equal")
    public void theScalarsAreNotAllEqual(String name) {
        assertThat(Arrays.stream(values(name)).distinct().count()).as("distinct scalars of tensor %s", name)
                .isGreaterThan(1);
    }

    @Then("the mean of the scalars of tensor {string} is within {double} of {double}")
    public void theMeanIsWithin(String name, double tolerance, double expected) {
        double mean = Arrays.stream(values(name)).average().orElseThrow();
        assertThat(mean).as("mean of the scalars of tensor %s", name).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(tolerance));
    }

    @Then("the standard deviation of the scalars of tensor {string} is within {double} of {double}")
    public void theStandardDeviationIsWithin(String name, double tolerance, double expected) {
        double[] values = values(name);
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
        assertThat(Math.sqrt(variance)).as("standard deviation of the scalars of tensor %s", name).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(tolerance));
    }

    private double[] values(String name) {
        Tensor t = state.tensor(name);
        return Arrays.stream(Elements.decode(t.dataType(), t.bytes())).mapToDouble(Number::doubleValue).toArray();
    }

    private static boolean isIntegral(String text) {
        return text.matches("-?[0-9]+");
    }
}
