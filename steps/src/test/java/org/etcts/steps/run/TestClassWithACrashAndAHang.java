package org.etcts.steps.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A test class for {@link UnitTestRunTest} to run in workers (its name keeps Surefire from running it):
 * one test kills its JVM, one outlives any budget, two pass.
 */
class TestClassWithACrashAndAHang {

    @Test
    void passesBefore() {
        assertThat(1 + 1).isEqualTo(2);
    }

    @Test
    void haltsItsJvm() {
        Runtime.getRuntime().halt(134);
    }

    @Test
    void sleepsPastItsBudget() throws InterruptedException {
        Thread.sleep(600_000);
    }

    @Test
    void passesAfter() {
        assertThat("etcts").startsWith("et");
    }
}
