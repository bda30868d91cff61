package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The manifest checks on small manifests, each breaking one rule. */
class ManifestChecksTest {

    private static final String SUM = "0123456789abcdef".repeat(4);

    private static Findings binaries(String targets) {
        Findings findings = new Findings();
        ManifestChecks.binaryTargets(SwiftManifestReader.read("""
                // swift-tools-version:5.9
                let version = "1.0.0"
                let u = "https://example.invalid/et/"
                let package = Package(name: "x", products: [.library(name: "executorch", targets: ["executorch"])], targets: [
                %s])
                """.formatted(targets)), "_debug", findings);
        return findings;
    }

    @Test
    void urlsMustBeHttpsZipsNamingTheVersionAndTheTarget() {
        assertThat(binaries("""
                .binaryTarget(name: "executorch", url: "http://example.invalid/executorch-1.0.0.zip", checksum: "%s"),
                .binaryTarget(name: "threadpool", url: "\\(u)threadpool-0.9.0.zip", checksum: "%s"),
                .binaryTarget(name: "backend_mps", url: "\\(u)backend_xnnpack-1.0.0.zip", checksum: "%s"),
                .binaryTarget(name: "kernels_llm", url: "\\(u)kernels_llm_debug-1.0.0.zip", checksum: "%s"),
                """.formatted(SUM, SUM.replace('0', '1'), SUM.replace('0', '2'), SUM.replace('0', '3'))).failures()).containsExactly(
                "binary target executorch (line 5) has the url \"http://example.invalid/executorch-1.0.0.zip\": not an https URL of a .zip",
                "binary target threadpool (line 6) has the url \"https://example.invalid/et/threadpool-0.9.0.zip\": it does not name the version 1.0.0",
                "binary target backend_mps (line 7) has the url \"https://example.invalid/et/backend_xnnpack-1.0.0.zip\": its file backend_xnnpack-1.0.0.zip does not name the target",
                "binary target kernels_llm (line 8) points at the debug artifact kernels_llm_debug-1.0.0.zip: a release product must download its release build");
    }

    @Test
    void checksumsMustBe64LowercaseHexDigitsAndTheirOwn() {
        assertThat(binaries("""
                .binaryTarget(name: "executorch", url: "\\(u)executorch-1.0.0.zip", checksum: "%s"),
                .binaryTarget(name: "executorch_debug", url: "\\(u)executorch_debug-1.0.0.zip", checksum: "%s"),
                .binaryTarget(name: "threadpool", url: "\\(u)threadpool-1.0.0.zip", checksum: "%s"),
                .binaryTarget(name: "threadpool_debug", url: "\\(u)threadpool_debug-1.0.0.zip", checksum: "%s"),
                """.formatted(SUM.toUpperCase(), SUM.substring(1), SUM, SUM)).failures()).containsExactly(
                "binary target executorch (line 5) has the checksum \"" + SUM.toUpperCase() + "\": not 64 lowercase hex digits (64 characters)",
                "binary target executorch_debug (line 6) has the checksum \"" + SUM.substring(1) + "\": not 64 lowercase hex digits (63 characters)",
                "binary targets threadpool, threadpool_debug share the checksum " + SUM + ": one zip cannot be two artifacts");
    }

    @Test
    void namesDeclaredTwiceAndUndeclaredTargetsFail() {
        SwiftManifest manifest = SwiftManifestReader.read("""
                let version = "1.0.0"
                let package = Package(name: "x",
                  products: [.library(name: "executorch", targets: ["executorch_link"]), .library(name: "executorch", targets: ["gone"])],
                  targets: [.target(name: "executorch_link", dependencies: ["executorch", .product(name: "Other", package: "other")]),
                            .target(name: "executorch_link", dependencies: ["threadpool"])])
                """);
        Findings findings = new Findings();
        ManifestChecks.duplicates(manifest, findings);
        ManifestChecks.targetsDeclared(manifest, findings);
        ManifestChecks.toolsAndPlatforms(manifest, findings);

        assertThat(findings.failures()).containsExactly(
                "products declared more than once: executorch",
                "targets declared more than once: executorch_link",
                "product executorch (line 3) names undeclared targets: gone",
                "target executorch_link (line 4) depends on undeclared targets: executorch",
                "target executorch_link (line 5) depends on undeclared targets: threadpool",
                "the first line declares no swift-tools-version (// swift-tools-version:5.9): SwiftPM refuses such a manifest",
                "the package declares no platforms: (the binaries are built for iOS and macOS; without it SwiftPM assumes older OS versions than they need)");
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
                  products: [.library(name: base, targets: [base]), .library(name: "\\(base)_debug", targets: ["local"])],
                  targets: [.binaryTarget(name: base, url: "https://x/\\(base)-\\(version).zip", checksum: sum),
                            .binaryTarget(name: "local", path: "Frameworks/local.xcframework")])
                """.formatted(SUM));
        assertThat(manifest.version()).isEqualTo("1.5.1");
        assertThat(manifest.productNames()).containsExactly("executorch", "executorch_debug");
        assertThat(manifest.targets()).extracting(SwiftManifest.Target::name).containsExactly("executorch", "local");
        assertThat(manifest.targets().get(0).url()).isEqualTo("https://x/executorch-1.5.1.zip");
        Findings findings = new Findings();
        ManifestChecks.binaryTargets(manifest, "_debug", findings);
        assertThat(findings.failures()).containsExactly(
                "binary target local (line 9) points at a local path: a release branch downloads its binaries by url with a checksum");
    }
}
