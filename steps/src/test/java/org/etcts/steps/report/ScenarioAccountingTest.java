package org.etcts.steps.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.etcts.results.ResultClass;
import org.etcts.steps.run.ScenarioEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How scenarios are classified and counted, and when the count gate stops the build. */
class ScenarioAccountingTest {

    @Test
    void onlyAProbeMarkedSkipIsNotSupported() {
        assertThat(ScenarioEvents.classify(Status.SKIPPED, ResultClass.NOT_SUPPORTED_MARKER + "no mlock")).isEqualTo(ResultClass.NOT_SUPPORTED);
        assertThat(ScenarioEvents.classify(Status.SKIPPED, "skipped for no reason")).isEqualTo(ResultClass.FAIL);
        assertThat(ScenarioEvents.classify(Status.UNDEFINED, null)).isEqualTo(ResultClass.FAIL);
        assertThat(ScenarioEvents.classify(Status.FAILED, ResultClass.CRASH_MARKER + "SIGABRT")).isEqualTo(ResultClass.CRASH);
        assertThat(ScenarioEvents.classify(Status.PASSED, null)).isEqualTo(ResultClass.PASS);
        assertThat(ScenarioEvents.classify(Status.SKIPPED, ResultClass.QUALITY_WARNING_MARKER + "off golden")).isEqualTo(ResultClass.QUALITY_WARNING);
    }

    @Test
    void theGateRejectsAnEmptyOrIncompleteRun() {
        assertThat(ScenarioCountGate.check(5, 0)).contains("No scenario ran");
        assertThat(ScenarioCountGate.check(5, 4)).contains("Only 4 of the 5");
        assertThat(ScenarioCountGate.check(5, 5)).isNull();
    }

    @Test
    void scenariosAreCountedPerPickleIncludingOutlineRows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.feature"), """
                Feature: a
                  Scenario: one
                    Given x
                  Scenario Outline: rows
                    Given <v>
                    Examples:
                      | v |
                      | 1 |
                      | 2 |
                """);
        assertThat(ScenarioCountGate.countScenarios(dir)).isEqualTo(3);
    }
}
