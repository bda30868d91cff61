package org.etcts.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.etcts.report.TestSummaries;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate as the conformance profile runs it: files in, explanation and exit code out. */
class GateCommandTest {

    @TempDir
    Path dir;

    private Path gateDir;
    private String output;

    @BeforeEach
    void gateFiles() throws IOException {
        gateDir = Files.createDirectories(dir.resolve("mustpass"));
        Files.writeString(gateDir.resolve("linux-x86_64.txt"), """
                # must pass on linux-x86_64
                MOD-01
                MOD-02
                GLD-01/*
                """);
        Files.createDirectories(gateDir.resolve("expectations"));
        Files.writeString(gateDir.resolve("expectations").resolve("linux-x86_64.txt"), """
                # id glob | classes | reason
                LNK-02 | NOT_SUPPORTED | the Linux wheel ships no Core ML backend
                MOD-9? | FAIL | issue 12: unload of a running method is not refused
                GLD-01/mobilenet* | PASS,QUALITY_WARNING | float accumulation depends on the CPU
                """);
    }

    private int gate(Path summary, String... more) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--summary", summary.toString(), "--gate-dir", gateDir.toString(), "--minimum", "5"));
        args.addAll(List.of(more));
        int code = GateCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private TestSummaries goodRun() {
        return TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("MOD-02", ResultClass.PASS)
                .scenario("GLD-01/add.forward on kernels", ResultClass.PASS)
                .scenario("GLD-01/mobilenet_v3_small.forward on kernels", ResultClass.PASS)
                .scenario("LNK-02", ResultClass.NOT_SUPPORTED)
                .scenario("MOD-91", ResultClass.FAIL);
    }

    @Test
    void aGoodRunPasses() throws IOException {
        int code = gate(goodRun().writeTo(dir.resolve("conformance.json")));

        assertThat(code).as(output).isZero();
        assertThat(output).contains("[etcts gate] conformance gate, linux-x86_64, ExecuTorch 1.5.1+cpu (git 3b6068392324) (wheel): 6 scenarios")
                .endsWith("[etcts gate] GATE PASSED\n");
    }

    @Test
    void passingScenariosMissingFromTheMustPassListAreNamedWithoutFailingTheGate() throws IOException {
        int code = gate(goodRun().scenario("TEN-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json")));

        assertThat(code).as(output).isZero();
        assertThat(output).contains("passing, not on the must-pass list: must-pass list: 1 passing scenario(s) it does not name, e.g. TEN-01");
    }

    @Test
    void anEmptyPreviousOptionMeansNoComparison() throws IOException {
        int code = gate(goodRun().writeTo(dir.resolve("conformance.json")), "--previous", "");

        assertThat(code).as(output).isZero();
        assertThat(output).doesNotContain("compared with", "regressions");
    }

    @Test
    void aMustPassScenarioThatFailsFailsTheGateNamingIt() throws IOException {
        Path summary = TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("MOD-02", ResultClass.FAIL)
                .scenario("GLD-01/add.forward on kernels", ResultClass.CRASH)
                .scenario("LNK-02", ResultClass.NOT_SUPPORTED)
                .scenario("MOD-91", ResultClass.FAIL)
                .writeTo(dir.resolve("conformance.json"));

        int code = gate(summary);

        assertThat(code).isEqualTo(1);
        assertThat(output)
                .contains("must-pass scenario did not pass: MOD-02: FAIL ([isLoaded()])")
                .contains("must-pass scenario did not pass: GLD-01/add.forward on kernels: CRASH (CRASH: the child JVM died")
                .contains("GATE FAILED: must-pass scenario did not pass");
    }

    @Test
    void aMustPassScenarioThatDidNotRunFailsTheGate() throws IOException {
        Path summary = TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.PASS)
                .scenario("LNK-02", ResultClass.NOT_SUPPORTED).scenario("MOD-91", ResultClass.FAIL).scenario("MOD-03", ResultClass.PASS)
                .writeTo(dir.resolve("conformance.json"));

        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("must-pass scenario did not pass: GLD-01/*: did not run (no scenario id matches must-pass line 4)");
    }

    @Test
    void aShardJudgesWhatItRanAndLeavesTheRestToTheMerge() throws IOException {
        Path shard = dir.resolve("conformance.json");
        org.etcts.report.summary.SummaryFiles.write(TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-91", ResultClass.FAIL)
                .build().withShard("1/2"), shard);

        assertThat(gate(shard)).as(output).isZero();
        assertThat(output).contains("conformance gate, linux-x86_64 shard 1/2,", "one shard of the plan: shard 1/2:")
                .doesNotContain("did not run", "too few scenarios", "stale");

        org.etcts.report.summary.SummaryFiles.write(TestSummaries.run().scenario("MOD-01", ResultClass.FAIL).build().withShard("1/2"), shard);
        assertThat(gate(shard)).isEqualTo(1);
        assertThat(output).contains("must-pass scenario did not pass: MOD-01: FAIL");
    }

    @Test
    void aNotSupportedMustPassScenarioIsNotAPass() throws IOException {
        Path summary = goodRun().scenario("MOD-01", ResultClass.NOT_SUPPORTED).writeTo(dir.resolve("conformance.json"));

        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("must-pass scenario did not pass: MOD-01: NOT_SUPPORTED (NOT_SUPPORTED: the build ships no backend_coreml");
    }

    @Test
    void anExpectedFailureThatPassesFailsTheGateSoTheListGetsUpdated() throws IOException {
        Path summary = goodRun().scenario("MOD-92", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));

        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("expected failure passed: MOD-92: passed, but expectations line 3 ('MOD-9?') expects FAIL because: "
                + "issue 12: unload of a running method is not refused; remove or narrow that line")
                .contains("GATE FAILED: expected failure passed");
    }

    @Test
    void aToleratedQualityWarningOfAMustPassScenarioPassesButIsNoted() throws IOException {
        Path summary = goodRun().scenario("GLD-01/mobilenet_v3_small.forward on kernels", ResultClass.QUALITY_WARNING)
                .writeTo(dir.resolve("conformance.json"));

        assertThat(gate(summary)).as(output).isZero();
        assertThat(output).contains("tolerated: GLD-01/mobilenet_v3_small.forward on kernels: QUALITY_WARNING");

        Path worse = goodRun().scenario("GLD-01/mobilenet_v3_small.forward on kernels", ResultClass.FAIL).writeTo(dir.resolve("worse.json"));
        assertThat(gate(worse)).isEqualTo(1);
        assertThat(output).contains("must-pass scenario did not pass: GLD-01/mobilenet_v3_small.forward on kernels: FAIL ([isLoaded()]); "
                + "expectations line 4 tolerates only PASS,QUALITY_WARNING");
    }

    @Test
    void withoutAMinimumTheMustPassEntriesAreTheMinimum() throws IOException {
        Path summary = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.PASS)
                .writeTo(dir.resolve("conformance.json"));

        int code = GateCommand.run(new String[] {"--summary", summary.toString(), "--gate-dir", gateDir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Gate gate = GateCommand.load(gateDir, "linux-x86_64", 0, List.of());

        assertThat(gate.minimum()).as("one per must-pass entry: MOD-01, MOD-02, GLD-01/*").isEqualTo(3);
        assertThat(code).isEqualTo(1);
        assertThat(GateCommand.verdict(summary, gateDir, 0, null, null).lines())
                .anySatisfy(line -> assertThat(line).contains("2 scenarios ran, the minimum is 3 (one per must-pass entry)"));
        assertThat(GateCommand.load(gateDir, "linux-x86_64", 7, List.of()).minimum()).as("a higher number given wins").isEqualTo(7);
    }

    @Test
    void fewerScenariosThanTheMinimumFailTheGate() throws IOException {
        Path summary = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.PASS)
                .scenario("GLD-01/add.forward on kernels", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));

        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("too few scenarios ran: run: 3 scenarios ran, the minimum is 5");
    }

    @Test
    void aMissingSummaryFailsTheGate() {
        assertThat(gate(dir.resolve("nothing-here.json"))).isEqualTo(1);
        assertThat(output).contains("summary missing or malformed: summary: no conformance summary at")
                .contains("GATE FAILED: summary missing or malformed");
    }

    @Test
    void aMalformedSummaryFailsTheGate() throws IOException {
        Path summary = Files.writeString(dir.resolve("conformance.json"), "{ \"schema\": \"etcts-conformance/1\", \"executed\": ");

        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("summary missing or malformed: summary:").contains("is not a readable conformance summary");

        Files.writeString(summary, "[1, 2, 3]");
        assertThat(gate(summary)).isEqualTo(1);
        assertThat(output).contains("summary missing or malformed");
    }

    @Test
    void regressionsSinceThePreviousSummaryAreListedFirst() throws IOException {
        Path previous = goodRun().scenario("MOD-03", ResultClass.PASS).scenario("MOD-04", ResultClass.FAIL).writeTo(dir.resolve("previous.json"));
        Path now = TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("MOD-02", ResultClass.PASS)
                .scenario("GLD-01/add.forward on kernels", ResultClass.PASS)
                .scenario("GLD-01/zz.forward on kernels", ResultClass.FAIL)
                .scenario("GLD-01/mobilenet_v3_small.forward on kernels", ResultClass.FAIL)
                .scenario("LNK-02", ResultClass.NOT_SUPPORTED)
                .scenario("MOD-91", ResultClass.FAIL)
                .scenario("MOD-04", ResultClass.FAIL)
                .writeTo(dir.resolve("conformance.json"));

        assertThat(gate(now, "--previous", previous.toString())).isEqualTo(1);

        List<String> lines = output.lines().toList();
        assertThat(lines.get(1)).isEqualTo("[etcts gate] regressions (passed in the previous summary, not now):");
        assertThat(lines.subList(2, 4)).containsExactlyInAnyOrder(
                "[etcts gate]   GLD-01/mobilenet_v3_small.forward on kernels: PASS -> FAIL ([isLoaded()])",
                "[etcts gate]   MOD-03: PASS -> did not run");
        int failing = lines.indexOf("[etcts gate] failing the gate (2):");
        assertThat(failing).as(output).isEqualTo(4);
        assertThat(lines.get(failing + 1)).as("the regression comes before the new failure")
                .startsWith("[etcts gate]   must-pass scenario did not pass: GLD-01/mobilenet_v3_small.forward on kernels: FAIL").endsWith("[regression]");
        assertThat(lines.get(failing + 2)).startsWith("[etcts gate]   must-pass scenario did not pass: GLD-01/zz.forward on kernels: FAIL")
                .doesNotEndWith("[regression]");
        assertThat(output).doesNotContain("MOD-04: PASS ->");
    }

    @Test
    void aScenarioBothMustPassAndExpectedToFailIsAConfigurationError() throws IOException {
        Files.writeString(gateDir.resolve("linux-x86_64.txt"), "MOD-01\nMOD-91\n");

        assertThat(gate(goodRun().writeTo(dir.resolve("conformance.json")))).isEqualTo(1);
        assertThat(output).contains("gate configuration: MOD-91: is on the must-pass list (line 2) and expected to fail with FAIL (expectations line 3)");
    }

    @Test
    void unreadableGateFilesFailTheGate() throws IOException {
        Files.writeString(gateDir.resolve("expectations").resolve("linux-x86_64.txt"), "MOD-91 | FAIL\nMOD-92 | BROKEN | why\n");

        assertThat(gate(goodRun().writeTo(dir.resolve("conformance.json")))).isEqualTo(1);
        assertThat(output).contains("linux-x86_64.txt:1: expected '<id glob> | <CLASS>[,<CLASS>] | <reason>', every entry needs a reason")
                .contains("linux-x86_64.txt:2: unknown result class 'BROKEN'");
    }

    @Test
    void aPlatformWithoutAMustPassListIsNotGated() throws IOException {
        assertThat(gate(goodRun().platform("macos-arm64").writeTo(dir.resolve("conformance.json")))).isEqualTo(1);
        assertThat(output).contains("no must-pass list for macos-arm64 at");
    }

    @Test
    void wrongUsageIsExitCodeTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(GateCommand.run(new String[] {"--gate-dir", "x"}, new PrintStream(bytes, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("missing --summary");
    }

    @Test
    void aMinimumThatIsNotAPositiveIntegerIsWrongUsageNamingTheOption() throws IOException {
        Path summary = goodRun().writeTo(dir.resolve("conformance.json"));
        for (String minimum : List.of("-5", "0", "many", "5.5")) {
            assertThat(gate(summary, "--minimum", minimum)).as(minimum).isEqualTo(2);
            assertThat(output).as(minimum).contains("usage error: --minimum must be a positive integer")
                    .contains("-Detcts.gate.minimum=N").contains(minimum);
        }
    }

    @Test
    void aMustPassListThatIsNotUtf8NamesTheFileTheLineAndTheFix() throws IOException {
        Path list = gateDir.resolve("linux-x86_64.txt");
        Files.write(list, new byte[] {'M', 'O', 'D', '-', '0', '1', '\n', 'M', 'O', 'D', '-', (byte) 0xE9, '2', '\n'});

        assertThat(gate(goodRun().writeTo(dir.resolve("conformance.json")))).isEqualTo(1);
        assertThat(output).contains("the must-pass list " + list + " is not UTF-8 text: byte 0xe9 at line 2, column 5")
                .contains("save the file as UTF-8");
    }

    @Test
    void anExpectationsPathThatIsAFolderIsNamed() throws IOException {
        Path expectations = gateDir.resolve("expectations").resolve("linux-x86_64.txt");
        Files.delete(expectations);
        Files.createDirectory(expectations);

        assertThat(gate(goodRun().writeTo(dir.resolve("conformance.json")))).isEqualTo(1);
        assertThat(output).contains("the expectations file " + expectations + " is a directory");
    }
}
