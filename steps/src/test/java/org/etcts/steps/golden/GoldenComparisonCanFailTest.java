package org.etcts.steps.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.etcts.results.fixtures.AccuracyClass;
import org.etcts.results.fixtures.ElementCodec;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.fixtures.ReferenceCase;
import org.etcts.results.fixtures.ReferenceValue;
import org.etcts.results.fixtures.ValueComparison;
import org.etcts.results.golden.GoldenStore;
import org.etcts.steps.fixtures.FixtureCheck;
import org.etcts.steps.fixtures.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The golden verdicts can fail, on real fixture data: an output nudged just beyond its accuracy class
 * fails the reference check, one nudged just within passes it, and a one-ULP change against the blessed
 * golden is caught (the golden step turns that into a quality warning).
 */
class GoldenComparisonCanFailTest {

    private static final String MODEL = "conv";
    private final FixtureCatalog catalog = FixtureCatalog.fromSystemProperty();

    @Test
    void anOutputJustBeyondItsClassFailsAndOneJustWithinPasses() {
        ReferenceCase reference = catalog.reference(MODEL, "forward");
        AccuracyClass accuracy = reference.accuracyOf(0);
        assertThat(accuracy.kind()).as("conv's output class").isEqualTo("allclose");
        ReferenceValue eager = reference.outputs().get(0);
        double expected = ElementCodec.toDouble(eager.elements().get(3));
        double limit = accuracy.atol() + accuracy.rtol() * Math.abs(expected);

        RunResult beyond = new RunResult(List.of(List.of(nudged(eager, 3, expected + limit * 1.05))), null, 0, null);
        assertThatThrownBy(() -> FixtureCheck.judge(catalog, MODEL, "forward", beyond))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not reproduce its reference")
                .hasMessageContaining("1 of " + eager.count() + " elements outside")
                .hasMessageContaining("index=3");

        RunResult within = new RunResult(List.of(List.of(nudged(eager, 3, expected + limit * 0.5))), null, 0, null);
        assertThatCode(() -> FixtureCheck.judge(catalog, MODEL, "forward", within)).doesNotThrowAnyException();
    }

    @Test
    void oneUlpOffTheBlessedGoldenIsNotIdentical() {
        GoldenStore store = new GoldenStore(catalog, "linux-x86_64");
        ReferenceValue golden = store.outputs(MODEL, "forward").orElseThrow(
                () -> new AssertionError("no linux-x86_64 golden for conv.forward: run ./mvnw -B -Pbless verify")).get(0);
        float value = (float) ElementCodec.toDouble(golden.elements().get(0));
        ReferenceValue oneUlp = nudged(golden, 0, Math.nextUp(value));
        assertThat(ValueComparison.identical(golden, oneUlp).passed()).isFalse();
        assertThat(ValueComparison.identical(golden, golden).passed()).isTrue();
    }

    private static ReferenceValue nudged(ReferenceValue value, int index, double newValue) {
        ArrayNode elements = ((ArrayNode) value.elements()).deepCopy();
        elements.set(index, elements.numberNode((double) (float) newValue));
        return new ReferenceValue(value.type(), value.dtype(), value.shape(), value.dimOrder(), elements, value.scalar());
    }
}
