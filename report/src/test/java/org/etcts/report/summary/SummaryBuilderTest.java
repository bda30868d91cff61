package org.etcts.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etcts.report.TestSummaries;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryBuilderTest {

    @TempDir
    Path dir;

    @Test
    void totalsCountEveryExecutionAndScenariosAreKeyedById() {
        ConformanceSummary summary = TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("MOD-02", ResultClass.FAIL)
                .scenario("MOD-02", ResultClass.PASS)
                .scenario("LNK-01", ResultClass.NOT_SUPPORTED, List.of("@area:LNK", "@requires:component=backend_coreml"))
                .build();

        assertThat(summary.executed()).isEqualTo(4);
        assertThat(summary.totals()).containsEntry(ResultClass.PASS, 2).containsEntry(ResultClass.FAIL, 1)
                .containsEntry(ResultClass.NOT_SUPPORTED, 1).containsEntry(ResultClass.CRASH, 0);
        assertThat(summary.scenarios()).containsOnlyKeys("MOD-01", "MOD-02", "LNK-01");
        ScenarioResult twice = summary.scenarios().get("MOD-02");
        assertThat(twice.result()).as("the worst of its executions").isEqualTo(ResultClass.FAIL);
        assertThat(twice.executions()).isEqualTo(2);
        assertThat(twice.durationMillis()).isEqualTo(20);
        assertThat(twice.reason()).isEqualTo("[isLoaded()]");
        assertThat(summary.scenarios().get("LNK-01").backend()).isEqualTo("coreml");
    }

    @Test
    void platformsMatricesCombineIntoBandsWithTheColumnsOfAll() {
        Matrix x86 = TestSummaries.run().scenario("MOD-01", ResultClass.PASS)
                .scenario("GLD-01/a", ResultClass.PASS, List.of("@area:GLD", "@backend:xnnpack")).build().matrix();
        Matrix arm = TestSummaries.run().platform("linux-aarch64").linked("backend_openvino").scenario("MOD-01", ResultClass.FAIL).build().matrix();

        Matrix both = Matrix.combine(List.of(x86, arm));

        assertThat(both.platforms()).containsExactly("linux-aarch64", "linux-x86_64");
        assertThat(both.backends()).containsExactly("kernels", "openvino", "xnnpack");
        assertThat(both.areas()).containsExactly("GLD", "MOD");
        assertThat(both.cell("linux-aarch64", "MOD", "kernels")).hasValueSatisfying(c -> assertThat(c.counts()).containsEntry(ResultClass.FAIL, 1));
        assertThat(both.cell("linux-x86_64", "GLD", "xnnpack")).hasValueSatisfying(c -> assertThat(c.total()).isEqualTo(1));
        assertThat(MatrixSvg.render(both, "two platforms", "merged")).contains(">linux-aarch64<", ">linux-x86_64<", ">two platforms<");
        assertThatThrownBy(() -> Matrix.combine(List.of(x86, x86)))
                .hasMessageContaining("two matrices hold platform linux-x86_64");
    }

    @Test
    void theMatrixCrossesAreasWithBackendsKernelsFirst() {
        ConformanceSummary summary = TestSummaries.run()
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("GLD-01/a", ResultClass.PASS, List.of("@area:GLD", "@backend:xnnpack", "@requires:component=backend_xnnpack"))
                .scenario("GLD-01/b", ResultClass.QUALITY_WARNING, List.of("@area:GLD", "@backend:xnnpack"))
                .scenario("GLD-01/c", ResultClass.CRASH, List.of("@area:GLD", "@backend:kernels"))
                .scenario("LNK-06/d", ResultClass.PASS, List.of("@area:GLD", "@requires:component=backend_xnnpack"))
                .scenario("X", ResultClass.PASS, List.of())
                .build();

        Matrix matrix = summary.matrix();
        assertThat(matrix.platforms()).containsExactly(summary.platform());
        assertThat(matrix.areas()).containsExactly("(no area)", "GLD", "MOD");
        assertThat(matrix.backends()).containsExactly("kernels", "xnnpack");
        MatrixCell xnnpack = matrix.cell(summary.platform(), "GLD", "xnnpack").orElseThrow();
        assertThat(xnnpack.counts()).containsEntry(ResultClass.PASS, 2).containsEntry(ResultClass.QUALITY_WARNING, 1);
        assertThat(matrix.cell(summary.platform(), "GLD", "kernels").orElseThrow().counts()).containsEntry(ResultClass.CRASH, 1);
        assertThat(matrix.cell(summary.platform(), "MOD", "xnnpack")).isEmpty();

        String svg = MatrixSvg.render(summary);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains(">GLD<", ">xnnpack<", ">kernels<",
                "2 pass, 1 quality warning", "1 crash", "ExecuTorch 1.5.1+cpu (git 3b6068392324) on linux-x86_64").endsWith("</svg>\n");
    }

    @Test
    void theMatrixHasAColumnForEveryLinkedBackendAndALegendOfAreaNames() {
        ConformanceSummary summary = TestSummaries.run().linked("backend_xnnpack", "backend_qnn", "backend_openvino", "kernels_quantized")
                .scenario("MOD-01", ResultClass.PASS)
                .scenario("GLD-01", ResultClass.PASS, List.of("@area:GLD", "@backend:xnnpack"))
                .build();

        assertThat(summary.matrix().backends()).containsExactly("kernels", "openvino", "qnn", "xnnpack");
        assertThat(summary.matrix().cell(summary.platform(), "MOD", "qnn")).isEmpty();
        assertThat(summary.matrix().areaNames()).containsExactly(java.util.Map.entry("GLD", "Golden outputs"),
                java.util.Map.entry("MOD", "Module lifecycle"));
        String svg = MatrixSvg.render(summary);
        assertThat(svg).contains(">openvino<", ">qnn<", "GLD: Golden outputs", "MOD: Module lifecycle", "no scenario");
    }

    @Test
    void aWrittenSummaryReadsBack() throws Exception {
        Path file = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.CRASH).writeTo(dir.resolve("c.json"));

        ConformanceSummary read = SummaryFiles.read(file);

        assertThat(read).isEqualTo(TestSummaries.run().scenario("MOD-01", ResultClass.PASS).scenario("MOD-02", ResultClass.CRASH).build());
        assertThat(Files.readString(file)).contains("\"schema\" : \"etcts-conformance/1\"", "\"MOD-02\" : {", "\"result\" : \"CRASH\"",
                "\"gitRevision\" : \"" + TestSummaries.GIT_REVISION + "\"");
    }

    @Test
    void aBuildWithoutARecordedRevisionSaysSo() {
        BuildIdentity build = new BuildIdentity("1.5.1", null, "prefix", "prefix", Map.of(), List.of(), List.of(), "JDK");
        assertThat(build.gitRevision()).isEmpty();
        assertThat(build.label()).isEqualTo("1.5.1 (git revision unknown)");
        assertThat(TestSummaries.run().build().build().label()).isEqualTo("1.5.1+cpu (git 3b6068392324)");
    }

    @Test
    void aMissingOrMalformedSummaryIsRefusedWithTheReason() throws IOException {
        assertThatThrownBy(() -> SummaryFiles.read(dir.resolve("none.json")))
                .isInstanceOf(MalformedSummaryException.class).hasMessageContaining("no conformance summary at");
        Files.writeString(dir.resolve("truncated.json"), "{\"schema\": \"etcts-conformance/1\", \"totals\": {");
        assertThatThrownBy(() -> SummaryFiles.read(dir.resolve("truncated.json")))
                .isInstanceOf(MalformedSummaryException.class).hasMessageContaining("not a readable conformance summary");
        Path good = TestSummaries.run().scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("good.json"));
        Files.writeString(dir.resolve("inconsistent.json"), Files.readString(good).replace("\"executed\" : 1", "\"executed\" : 5"));
        assertThatThrownBy(() -> SummaryFiles.read(dir.resolve("inconsistent.json")))
                .isInstanceOf(MalformedSummaryException.class).hasMessageContaining("totals add up to 1 but executed is 5");
        Files.writeString(dir.resolve("schema.json"), Files.readString(good).replace("etcts-conformance/1", "something-else"));
        assertThatThrownBy(() -> SummaryFiles.read(dir.resolve("schema.json")))
                .isInstanceOf(MalformedSummaryException.class).hasMessageContaining("schema is 'something-else'");
    }
}
