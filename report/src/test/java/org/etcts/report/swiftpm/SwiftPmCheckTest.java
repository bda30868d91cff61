package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.etcts.report.TestSummaries;
import org.etcts.results.ResultClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swiftpm gate over the manifests in src/test/resources/swiftpm/branches (written for these tests in the
 * shapes of upstream's swiftpm branches, named as their branch): the healthy ones pass, each broken copy
 * fails naming why, and every verdict says what was not tested.
 */
class SwiftPmCheckTest {

    @TempDir
    Path dir;

    private Path gateDir;
    private Path summary;
    private String output;

    @BeforeEach
    void aPassingConformanceRunOfTheLinuxBuild() throws IOException {
        gateDir = Files.createDirectories(dir.resolve("mustpass"));
        Files.writeString(gateDir.resolve("linux-x86_64.txt"), "MOD-01\n");
        summary = TestSummaries.run().version("1.5.0+cpu").scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));
    }

    static Path branches() {
        try {
            return Path.of(SwiftPmCheckTest.class.getResource("/swiftpm/branches").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int gate(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--summary", summary.toString(), "--gate-dir", gateDir.toString(), "--minimum", "1"}, 0, all, args.length, 6);
        int code = SwiftPmGateMain.run(all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private int gateBranch(String branch) {
        return gate("--branch", branch, "--manifest", branches().resolve(branch + ".swift").toString());
    }

    @Test
    void theBatchPrintsOneVerdictPerBranchThenTheCount() {
        assertThat(gate("--batch", branches().toString())).isEqualTo(1);

        assertThat(output.lines()).containsExactly(
                "swiftpm-0.6.0 PASSED",
                "swiftpm-0.6.0.20250501 FAILED: binary target executorch_debug (line 41) points at the release artifact executorch-0.6.0.20250501.zip:"
                        + " a _debug product must download its debug build; binary targets executorch, executorch_debug share the URL"
                        + " https://binaries.example.invalid/executorch/executorch-0.6.0.20250501.zip: each target needs its own artifact",
                "swiftpm-1.0.0 PASSED",
                "swiftpm-1.1.0.20251222 PASSED",
                "swiftpm-1.1.0.20251223 FAILED: products of release line 1.x missing: kernels_torchao",
                "swiftpm-1.1.0.20251224 FAILED: binary target kernels_quantized (table entry 'kernels_quantized' of products) has the checksum \"\":"
                        + " not 64 lowercase hex digits (0 characters)",
                "swiftpm-1.1.0.20251225 FAILED: version mismatch: the manifest declares version \"1.1.0.20251222\" (nightly 1.1.0 of 2025-12-22)"
                        + " but branch swiftpm-1.1.0.20251225 is the nightly 1.1.0 of 2025-12-25",
                "swiftpm-1.5.0.20260301 PASSED",
                "8 branches: 4 PASSED, 4 FAILED");
    }

    @Test
    void aHealthyNightlyOfTheOneLinePassesSayingWhatWasNotTested() {
        assertThat(gateBranch("swiftpm-1.1.0.20251222")).as(output).isZero();

        assertThat(output).contains(
                "ok: branch swiftpm-1.1.0.20251222: nightly 1.1.0 of 2025-12-22, release line 1.x (from 1.0.0)",
                "ok: declares the 18 products of release line 1.x (9 and their _debug variants), no others",
                "ok: every product's targets (18 products) and every target's dependencies (38 targets) are declared",
                "ok: 20 binary targets, each with its own https URL naming its version and target and a checksum of 64 lowercase hex digits",
                "ok: swift-tools-version 5.9, platforms .iOS(.v17), .macOS(.v12)",
                "not tested: backend_coreml, backend_coreml_debug: Core ML is an Apple framework",
                "not tested: kernels_torchao, kernels_torchao_debug: the TorchAO low-bit kernels",
                "not tested: no conformance run: the executorch==1.1.0 wheel carries no C++ SDK (from 1.5.0 on it does)",
                "not tested: binaries: no artifacts folder given",
                "SWIFTPM GATE PASSED (7 parts not tested, listed above)");
    }

    @Test
    void aHealthyBranchOfTheZeroLinePasses() {
        assertThat(gateBranch("swiftpm-0.6.0")).as(output).isZero();
        assertThat(output).contains("ok: declares the 16 products of release line 0.x (8 and their _debug variants), no others",
                "not tested: no conformance run: the executorch==0.6.0 wheel carries no C++ SDK");
    }

    @Test
    void aLiterallyDeclaredManifestIsReadAndChecked() throws IOException {
        Path manifest = Path.of(branches().getParent().resolve("literal-0.6.0.swift").toString());
        assertThat(gate("--branch", "swiftpm-0.6.0", "--manifest", manifest.toString())).as(output).isZero();
        assertThat(output).contains("ok: every product's targets (16 products) and every target's dependencies (32 targets) are declared");
    }

    @Test
    void aVersionWithALinuxSdkIsTiedToItsConformanceRun() throws IOException {
        assertThat(gateBranch("swiftpm-1.5.0.20260301")).as(output).isZero();
        assertThat(output).contains("ok: conformance run of ExecuTorch 1.5.0+cpu on linux-x86_64",
                "ok: a nightly branch is tied to the conformance run of its version's Linux build (1.5.0)",
                "ok: products a Linux conformance run speaks for: executorch (the runtime (libexecutorch)), backend_xnnpack (the XNNPACK delegate)");

        summary = TestSummaries.run().version("1.5.1+cpu").scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));
        assertThat(gateBranch("swiftpm-1.5.0.20260301")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run tested ExecuTorch 1.5.1+cpu (" + summary
                + "), not the branch's 1.5.0: run ./mvnw -B -Pconformance verify -Dexecutorch.version=1.5.0");

        summary = TestSummaries.run().version("1.5.0+cpu").scenario("MOD-01", ResultClass.FAIL).writeTo(dir.resolve("conformance.json"));
        assertThat(gateBranch("swiftpm-1.5.0.20260301")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run of ExecuTorch 1.5.0+cpu on linux-x86_64 did not pass the gate: "
                + "must-pass scenario did not pass: MOD-01: FAIL");

        summary = TestSummaries.run().version("1.5.0+cpu").platform("macos-arm64").scenario("MOD-01", ResultClass.PASS)
                .writeTo(dir.resolve("conformance.json"));
        assertThat(gateBranch("swiftpm-1.5.0.20260301")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run ran on macos-arm64, not on Linux");

        Files.delete(summary);
        assertThat(gateBranch("swiftpm-1.5.0.20260301")).isEqualTo(1);
        assertThat(output).contains("FAIL: no conformance run to tie the branch to: no conformance summary at");
    }

    @Test
    void aNameThatIsNoSwiftpmBranchOrAVersionNoLineCoversFails() {
        assertThat(gate("--branch", "release/1.5", "--manifest", branches().resolve("swiftpm-1.0.0.swift").toString())).isEqualTo(1);
        assertThat(output).contains("FAIL: 'release/1.5' is not a swiftpm branch");

        assertThat(gate("--branch", "swiftpm-0.5.0", "--manifest", branches().resolve("swiftpm-1.0.0.swift").toString())).isEqualTo(1);
        assertThat(output).contains("FAIL: no release line covers version 0.5.0: the oldest, 0.x, starts at 0.6.0");
    }

    @Test
    void wrongUsageIsExitCodeTwo() {
        assertThat(gate("--branch", "swiftpm-1.0.0")).isEqualTo(2);
        assertThat(output).contains("usage error: missing --manifest");
        assertThat(gate("--batch", "x", "--branch", "swiftpm-1.0.0")).isEqualTo(2);
        assertThat(output).contains("give either --branch NAME --manifest FILE, or --batch DIR");
    }
}
