package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The release lines shipped in swiftpm/release-lines.json, and the loader's consistency check. */
class ReleaseLinesTest {

    private final ReleaseLines lines = ReleaseLines.load();

    @Test
    void aVersionPicksTheNewestLineNotAboveIt() {
        assertThat(lines.lineOf("0.6.0").name()).isEqualTo("0.x");
        assertThat(lines.lineOf("0.7.0").name()).isEqualTo("0.7");
        assertThat(lines.lineOf("0.8.0").name()).isEqualTo("0.7");
        assertThat(lines.lineOf("1.0.0").name()).isEqualTo("1.x");
        assertThat(lines.lineOf("1.5.1").name()).isEqualTo("1.x");
        assertThat(lines.lineOf("0.10.0").name()).isEqualTo("0.7");
        assertThatThrownBy(() -> lines.lineOf("0.5.0")).hasMessageContaining("no release line covers version 0.5.0");
    }

    @Test
    void theLinesHoldTheDocumentedProducts() {
        assertThat(lines.lineOf("0.6.0").products()).containsExactlyInAnyOrder("executorch", "backend_coreml", "backend_mps", "backend_xnnpack",
                "kernels_custom", "kernels_optimized", "kernels_portable", "kernels_quantized");
        assertThat(lines.lineOf("1.0.0").products()).containsExactlyInAnyOrder("executorch", "executorch_llm", "backend_coreml", "backend_mps",
                "backend_xnnpack", "kernels_llm", "kernels_optimized", "kernels_quantized", "kernels_torchao");
        assertThat(lines.withDebugVariants(lines.lineOf("1.0.0"))).hasSize(18).contains("kernels_torchao_debug");
        assertThat(lines.lineOf("1.0.0").changes()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void onlyVersionsWithALinuxSdkHaveAConformanceRun() {
        assertThat(lines.hasConformanceRun("1.4.9")).isFalse();
        assertThat(lines.hasConformanceRun("1.5.0")).isTrue();
        assertThat(lines.hasConformanceRun("1.10.0")).isTrue();
    }

    @Test
    void aLineWhoseProductsDoNotFollowFromItsChangesIsRefused() throws Exception {
        String json = """
                {"products": {"a": {"linux": "x"}, "b": {"notTestedOnLinux": "y"}},
                 "lines": [{"name": "1", "from": "1.0.0", "products": ["a"]},
                           {"name": "2", "from": "2.0.0", "products": ["a", "b"], "changes": []}]}
                """;
        assertThatThrownBy(() -> ReleaseLines.parse(new ObjectMapper().readTree(json)))
                .hasMessageContaining("line 2 lists [a, b] but the line before plus its changes give [a]");
    }
}
