package org.etcts.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.etcts.report.summary.CrossPlatformGoldens.Agreement;
import org.etcts.results.fixtures.AccuracyClass;
import org.etcts.results.fixtures.ReferenceValue;
import org.junit.jupiter.api.Test;

class CrossPlatformGoldensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccuracyClass ULP_4 = new AccuracyClass("ulp", 4, 0, 0, 0, true, true);

    private static ReferenceValue floats(String elements) throws Exception {
        return new ReferenceValue("tensor", "float32", new long[] {3}, new int[] {0}, JSON.readTree(elements), null);
    }

    private static CrossPlatformGoldens.Output compare(String golden, String other) throws Exception {
        return CrossPlatformGoldens.compareOutput("linux-aarch64", "m", "forward", 0, ULP_4, floats(golden), floats(other));
    }

    @Test
    void theSameBitsAreBitIdentical() throws Exception {
        CrossPlatformGoldens.Output output = compare("[1.0, 2.5, \"NaN\"]", "[1.0, 2.5, \"NaN\"]");
        assertThat(output.agreement()).isEqualTo(Agreement.BIT_IDENTICAL);
        assertThat(output.maxAbsError()).isZero();
        assertThat(output.maxUlp()).isZero();
    }

    @Test
    void aFewUlpOffIsWithinTheClassWithItsErrorMeasured() throws Exception {
        float one = 1.0f;
        float twoUlpUp = Math.nextUp(Math.nextUp(one));
        CrossPlatformGoldens.Output output = compare("[1.0, 2.0, 3.0]", "[" + (double) twoUlpUp + ", 2.0, 3.0]");
        assertThat(output.agreement()).isEqualTo(Agreement.WITHIN_CLASS);
        assertThat(output.maxUlp()).isEqualTo(2);
        assertThat(output.maxAbsError()).isEqualTo((double) twoUlpUp - 1.0);
    }

    @Test
    void farOffIsOutsideTheClass() throws Exception {
        CrossPlatformGoldens.Output output = compare("[1.0, 2.0, 3.0]", "[1.0, 2.0, 3.5]");
        assertThat(output.agreement()).isEqualTo(Agreement.OUTSIDE_CLASS);
        assertThat(output.maxAbsError()).isEqualTo(0.5);
        assertThat(output.detail()).contains("OUTSIDE");
    }

    @Test
    void nanAgainstANumberIsOutsideWithAnInfiniteError() throws Exception {
        CrossPlatformGoldens.Output output = compare("[1.0, 2.0, \"NaN\"]", "[1.0, 2.0, 3.0]");
        assertThat(output.agreement()).isEqualTo(Agreement.OUTSIDE_CLASS);
        assertThat(output.maxAbsError()).isInfinite();
    }
}
