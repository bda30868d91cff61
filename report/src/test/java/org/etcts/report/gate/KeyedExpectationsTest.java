package org.etcts.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.etcts.report.TestSummaries;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expectation lines keyed by the build's configuration: one must-pass list judging differently built runtimes. */
class KeyedExpectationsTest {

    @TempDir
    Path dir;

    private Path gateDir;
    private String output;

    @BeforeEach
    void gateFiles() throws IOException {
        gateDir = Files.createDirectories(dir.resolve("mustpass"));
        Files.writeString(gateDir.resolve("linux-x86_64.txt"), """
                MOD-01
                LDM-12
                LNK-04
                """);
        Files.createDirectories(gateDir.resolve("expectations"));
        Files.writeString(gateDir.resolve("expectations").resolve("linux-x86_64.txt"), """
                [verification=on] LDM-11 | NOT_SUPPORTED | verification is compiled in
                [verification=off] LDM-12 | NOT_SUPPORTED | verification is compiled out
                [component.backend_xnnpack!=linked] LNK-04 | NOT_SUPPORTED | no XNNPACK delegate
                """);
    }

    private int gate(TestSummaries run) throws IOException {
        Path summary = run.writeTo(dir.resolve("conformance.json"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = GateCommand.run(new String[] {"--summary", summary.toString(), "--gate-dir", gateDir.toString(), "--minimum", "1"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static TestSummaries run(ResultClass ldm11, ResultClass ldm12) {
        return TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("LDM-11", ldm11).scenario("LDM-12", ldm12)
                .scenario("LNK-04", ResultClass.NOT_SUPPORTED);
    }

    @Test
    void aBuildWithVerificationIsJudgedByTheLinesForVerification() throws IOException {
        int code = gate(run(ResultClass.NOT_SUPPORTED, ResultClass.PASS).configuration("verification", "on"));

        // LNK-04 is NOT_SUPPORTED although the test build links no XNNPACK: tolerated by its keyed line.
        assertThat(code).as(output).isZero();
        assertThat(output).contains("2 apply to this build's configuration", "verification=on")
                .contains("LNK-04: NOT_SUPPORTED").doesNotContain("stale");
    }

    @Test
    void aBuildWithoutVerificationIsJudgedByTheLinesForThatConfiguration() throws IOException {
        int code = gate(run(ResultClass.PASS, ResultClass.NOT_SUPPORTED).configuration("verification", "off"));

        assertThat(code).as(output).isZero();
        assertThat(output).contains("tolerated: LDM-12: NOT_SUPPORTED")
                .contains("expected on this build's configuration by expectations line 2 ('[verification=off] LDM-12')");
    }

    @Test
    void aRowPassingOnABuildWhoseConfigurationSaysItCannotFailsTheGate() throws IOException {
        int code = gate(run(ResultClass.PASS, ResultClass.PASS).configuration("verification", "off"));

        assertThat(code).isEqualTo(1);
        assertThat(output).contains("expected failure passed: LDM-12: passed, but expectations line 2 ('[verification=off] LDM-12') "
                + "expects NOT_SUPPORTED on a build so configured");
    }

    @Test
    void theSameRowNotSupportedOnABuildThatShouldPassItFailsTheGate() throws IOException {
        int code = gate(run(ResultClass.NOT_SUPPORTED, ResultClass.NOT_SUPPORTED).configuration("verification", "on"));

        assertThat(code).isEqualTo(1);
        assertThat(output).contains("must-pass scenario did not pass: LDM-12: NOT_SUPPORTED");
    }

    @Test
    void anUnreadableConditionIsAProblemOfTheGateFiles() throws IOException {
        Files.writeString(gateDir.resolve("expectations").resolve("linux-x86_64.txt"), """
                [verification] LDM-11 | NOT_SUPPORTED | no value
                [logging=off LOG-14 | NOT_SUPPORTED | never closed
                """);

        assertThat(gate(run(ResultClass.NOT_SUPPORTED, ResultClass.PASS))).isEqualTo(1);
        assertThat(output).contains("unreadable condition 'verification'").contains("never closes");
    }
}
