package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.report.TestSummaries;
import org.etcts.steps.report.ResultClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swiftpm branch gate over the test manifests in src/test/resources/swiftpm (written for these tests). */
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
        summary = TestSummaries.run().version("1.5.1+cpu").scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));
    }

    private static String manifest(String name) throws IOException {
        try (InputStream in = SwiftPmCheckTest.class.getResourceAsStream("/swiftpm/" + name + "/Package.swift")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path manifestFile(String name) {
        try {
            return Path.of(SwiftPmCheckTest.class.getResource("/swiftpm/" + name + "/Package.swift").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> check(String branch, String name) throws IOException {
        return SwiftPmCheck.checkManifest(branch, SwiftManifestReader.read(manifest(name)), new ArrayList<>());
    }

    private int gate(String branch, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SwiftPmGateMain.run(new String[] {"--branch", branch, "--manifest", manifestFile(name).toString(), "--summary",
            summary.toString(), "--gate-dir", gateDir.toString(), "--minimum", "1"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aManifestDeclaringEveryProductLiterallyIsRead() throws IOException {
        SwiftManifest manifest = SwiftManifestReader.read(manifest("release-explicit"));

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.version()).isEqualTo("1.5.1");
        assertThat(manifest.products()).containsExactlyElementsOf(DocumentedProducts.all());
        assertThat(manifest.binaryTargets()).hasSize(16).allSatisfy(t -> assertThat(t.checksum()).hasSize(64));
        assertThat(manifest.binaryTargets().get(0).declaredAt()).isEqualTo("line 34");
    }

    @Test
    void aManifestBuildingItsProductsFromATableIsRead() throws IOException {
        SwiftManifest manifest = SwiftManifestReader.read(manifest("nightly-table"));

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.version()).isEqualTo("1.5.1.20260115");
        assertThat(manifest.products()).containsExactlyElementsOf(DocumentedProducts.all());
        assertThat(manifest.binaryTargets()).hasSize(16).allSatisfy(t -> assertThat(t.checksum()).matches("[0-9a-f]{64}"));
    }

    @Test
    void goodManifestsOnTheirBranchesPassTiedToTheConformanceRun() throws IOException {
        assertThat(check("swiftpm-1.5.1", "release-explicit")).isEmpty();
        assertThat(check("swiftpm-1.5.1.20260115", "nightly-table")).isEmpty();

        assertThat(gate("swiftpm-1.5.1", "release-explicit")).as(output).isZero();
        assertThat(output).contains("ok: manifest version \"1.5.1\" matches the branch",
                "ok: declares the 16 documented products (8 and their _debug variants), no others",
                "ok: 16 binary targets, each with a 64-hex-digit checksum",
                "ok: conformance run of ExecuTorch 1.5.1+cpu on linux-x86_64", "SWIFTPM GATE PASSED");
        assertThat(gate("swiftpm-1.5.1.20260115", "nightly-table")).as(output).isZero();
    }

    @Test
    void aVersionThatDoesNotMatchTheBranchFails() throws IOException {
        assertThat(check("swiftpm-1.5.1", "wrong-version")).containsExactly(
                "version mismatch: the manifest declares version \"1.5.0\" (release 1.5.0) but branch swiftpm-1.5.1 is the release 1.5.1");
        assertThat(check("swiftpm-1.5.1", "nightly-table")).containsExactly(
                "version mismatch: the manifest declares version \"1.5.1.20260115\" (nightly 1.5.1 of 2026-01-15) but branch swiftpm-1.5.1 is the release 1.5.1");
        assertThat(check("swiftpm-1.5.1.20260116", "nightly-table")).hasSize(1).first().asString().contains("nightly 1.5.1 of 2026-01-16");
    }

    @Test
    void aChecksumThatIsNot64HexDigitsFails() throws IOException {
        assertThat(check("swiftpm-1.5.1", "bad-checksum")).containsExactly(
                "binary target backend_mps (line 58) has the checksum \"5e4cb5b4acd7ddda6bf9a9700eeaba0a83333a6b3078a959059733f585756c7\": "
                        + "not 64 hex digits (63 characters)",
                "binary target kernels_custom_debug (line 88) has the checksum \"TODO-fill-in-checksum\": not 64 hex digits (21 characters)");
    }

    @Test
    void aProductWithoutItsDebugVariantFails() throws IOException {
        assertThat(check("swiftpm-1.5.1", "missing-debug")).containsExactly(
                "kernels_portable is declared without its kernels_portable_debug variant");
    }

    @Test
    void anUnknownNewProductIsDrift() throws IOException {
        assertThat(check("swiftpm-1.5.1", "new-product")).containsExactly(
                "new products the spec does not document: kernels_llm, kernels_llm_debug (add them to the spec and the suite, or drop them from the branch)");
    }

    @Test
    void aManifestLackingADocumentedProductFailsTheGateNamingIt() {
        assertThat(gate("swiftpm-1.5.1", "missing-product")).isEqualTo(1);
        assertThat(output).contains("FAIL: documented products gone: backend_mps, kernels_custom").contains("SWIFTPM GATE FAILED (1 reasons)");
    }

    @Test
    void theBranchIsTiedToAConformanceRunOfTheSameVersionThatPassedTheGate() throws IOException {
        summary = TestSummaries.run().version("1.4.0+cpu").scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));
        assertThat(gate("swiftpm-1.5.1", "release-explicit")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run tested ExecuTorch 1.4.0+cpu (" + summary
                + "), not the branch's 1.5.1: run ./mvnw -B -Pconformance verify -Dexecutorch.version=1.5.1");

        summary = TestSummaries.run().scenario("MOD-01", ResultClass.FAIL).writeTo(dir.resolve("conformance.json"));
        assertThat(gate("swiftpm-1.5.1", "release-explicit")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run of ExecuTorch 1.5.1+cpu on linux-x86_64 did not pass the gate: "
                + "must-pass scenario did not pass: MOD-01: FAIL");

        summary = TestSummaries.run().platform("macos-arm64").scenario("MOD-01", ResultClass.PASS).writeTo(dir.resolve("conformance.json"));
        assertThat(gate("swiftpm-1.5.1", "release-explicit")).isEqualTo(1);
        assertThat(output).contains("FAIL: the conformance run ran on macos-arm64, not on Linux");

        Files.delete(summary);
        assertThat(gate("swiftpm-1.5.1", "release-explicit")).isEqualTo(1);
        assertThat(output).contains("FAIL: no conformance run to tie the branch to: no conformance summary at");
    }

    @Test
    void aNameThatIsNoSwiftpmBranchFails() {
        assertThat(gate("release/1.5", "release-explicit")).isEqualTo(1);
        assertThat(output).contains("FAIL: 'release/1.5' is not a swiftpm branch");
    }

    @Test
    void productsBuiltByCodeTheReaderCannotFollowAreAProblemNotAPass() {
        SwiftManifest manifest = SwiftManifestReader.read("""
                let version = "1.5.1"
                let names = loadNames()
                let package = Package(name: "x", products: names.map { .library(name: $0, targets: [$0]) },
                  targets: names.map { .binaryTarget(name: $0, url: "u", checksum: sums[$0]!) })
                """);
        assertThat(manifest.problems()).containsExactly(
                "library products are built by code this reader cannot follow (.library(name: <not a string>) at line 3) and no product table was found",
                "binary targets are built by code this reader cannot follow (.binaryTarget(name: <not a string>) at line 4) and no table of checksums was found");
    }

    @Test
    void commentsAndConstantsAreUnderstood() {
        SwiftManifest manifest = SwiftManifestReader.read("""
                // let version = "0.0.1"
                /* .library(name: "commented_out", targets: []) /* nested */ still a comment */
                let version = "1.5.1"
                let base = "executorch"
                let sum = "%s"
                let package = Package(name: "x",
                  products: [.library(name: base, targets: ["t"]), .library(name: "\\(base)_debug", targets: ["t"])],
                  targets: [.binaryTarget(name: base, url: "https://x/\\(base).zip", checksum: sum),
                            .binaryTarget(name: "local", path: "Frameworks/local.xcframework")])
                """.formatted("0123456789abcdef".repeat(4)));
        assertThat(manifest.version()).isEqualTo("1.5.1");
        assertThat(manifest.products()).containsExactly("executorch", "executorch_debug");
        assertThat(manifest.binaryTargets()).extracting(SwiftManifest.BinaryTarget::name).containsExactly("executorch", "local");
        assertThat(manifest.binaryTargets().get(0).checksum()).isEqualTo("0123456789abcdef".repeat(4));
        assertThat(SwiftPmCheck.checksums(manifest, new ArrayList<>())).containsExactly(
                "binary target local (line 9) points at a local path: a release branch downloads its binaries by url with a checksum");
    }
}
