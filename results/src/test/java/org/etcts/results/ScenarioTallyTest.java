package org.etcts.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tally as the suite writes it and the report reads it back, and the taxonomy's order. */
class ScenarioTallyTest {

    @TempDir
    Path dir;

    @Test
    void theTallyOfTheSuiteIsRead() throws IOException {
        Path tally = dir.resolve("scenario-tally.json");
        Files.writeString(tally, """
                {"totals":{"PASS":1,"QUALITY_WARNING":0,"NOT_SUPPORTED":1,"FAIL":0,"CRASH":0},"executed":2,"scenarios":[
                 {"id":"MOD-01","name":"Creating","uri":"classpath:features/module.feature","tags":["@area:MOD","@id:MOD-01"],
                  "result":"PASS","reason":"","durationMillis":3},
                 {"id":"LNK-02","name":"Core ML","uri":"classpath:features/linkage.feature","tags":["@area:LNK"],
                  "result":"NOT_SUPPORTED","reason":"NOT_SUPPORTED: no backend_coreml\\nsecond line","durationMillis":1}]}
                """);

        List<ScenarioOutcome> entries = ScenarioTally.read(tally);

        assertThat(entries).extracting(ScenarioOutcome::id).containsExactly("MOD-01", "LNK-02");
        assertThat(entries.get(1).result()).isEqualTo(ResultClass.NOT_SUPPORTED);
        assertThat(entries.get(1).tagValue("@area:")).isEqualTo("LNK");
        Files.writeString(tally, "{\"scenarios\":[{\"id\":\"A\",\"result\":\"MAYBE\"}]}");
        assertThatThrownBy(() -> ScenarioTally.read(tally)).hasMessageContaining("is not a scenario tally").hasMessageContaining("MAYBE");
    }

    @Test
    void aMissingTallyIsNamedAsTheSuiteNotHavingRun() {
        assertThatThrownBy(() -> ScenarioTally.read(dir.resolve(ScenarioTally.FILE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the scenarios did not run in this build");
    }

    @Test
    void theTotalsCountEveryClassAndTheClosingLineNamesThem() {
        List<ScenarioOutcome> outcomes = List.of(
                new ScenarioOutcome("A", "a", "u", List.of(), ResultClass.PASS, "", 1),
                new ScenarioOutcome("B", "b", "u", List.of(), ResultClass.CRASH, "CRASH: SIGSEGV", 1));

        ScenarioTallyReport report = ScenarioTally.report(outcomes, new Shard(2, 3), 7);

        assertThat(report.totals()).isEqualTo(Map.of(ResultClass.PASS, 1, ResultClass.QUALITY_WARNING, 0, ResultClass.NOT_SUPPORTED, 0,
                ResultClass.FAIL, 0, ResultClass.CRASH, 1));
        assertThat(report.executed()).isEqualTo(2);
        assertThat(report.shard()).isEqualTo("2/3");
        assertThat(report.planned()).isEqualTo(7);
        assertThat(report.closingLine()).isEqualTo("Scenarios: 1 passed, 0 failed, 0 not supported, 1 crashed, 0 quality warnings");
    }

    @Test
    void worstResultWins() {
        assertThat(ResultClass.PASS.worst(ResultClass.NOT_SUPPORTED)).isEqualTo(ResultClass.NOT_SUPPORTED);
        assertThat(ResultClass.CRASH.worst(ResultClass.FAIL)).isEqualTo(ResultClass.CRASH);
    }
}
