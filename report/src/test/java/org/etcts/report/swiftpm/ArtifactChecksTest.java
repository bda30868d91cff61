package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.etcts.report.swiftpm.SyntheticXcframeworks.Member.API_CLASSES;
import static org.etcts.report.swiftpm.SyntheticXcframeworks.Member.API_CLASSES_WITHOUT_LOG;
import static org.etcts.report.swiftpm.SyntheticXcframeworks.Member.PLAIN;
import static org.etcts.report.swiftpm.SyntheticXcframeworks.Member.REGISTERS_BACKEND;
import static org.etcts.report.swiftpm.SyntheticXcframeworks.Member.REGISTERS_KERNELS;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary checks on xcframework zips built at test time from real arm64 Mach-O objects (clang, llvm-ar):
 * a healthy set passes, and each kind of breakage is caught and named. The module's slowest test class: it
 * starts first, and the others run beside it (report/pom.xml).
 */
@Order(1)
class ArtifactChecksTest {

    private static final List<Xcframework.RequiredSlice> ALL = List.of(Xcframework.RequiredSlice.values());

    @TempDir
    static Path work;

    private static SyntheticXcframeworks frameworks;

    @BeforeAll
    static void tools() {
        String missing = SyntheticXcframeworks.missingTools();
        assumeTrue(missing == null, () -> "skipped: " + missing);
        frameworks = new SyntheticXcframeworks(work);
    }

    /** A manifest declaring one binary target per zip, with the zip's own checksum unless one is given. */
    private static SwiftManifest manifest(Map<String, String> checksums) {
        StringBuilder targets = new StringBuilder();
        checksums.forEach((name, checksum) -> targets.append("""
                    .binaryTarget(name: "%s", url: "https://example.invalid/%s-1.0.0.zip", checksum: "%s"),
                """.formatted(name, name, checksum)));
        return SwiftManifestReader.read("""
                // swift-tools-version:5.9
                let version = "1.0.0"
                let package = Package(name: "x", platforms: [.iOS(.v17), .macOS(.v12)],
                  products: [.library(name: "executorch", targets: ["executorch"])],
                  targets: [
                %s  ])
                """.formatted(targets));
    }

    private static Findings check(Path folder, Map<String, String> checksums) {
        Findings findings = new Findings();
        ArtifactChecks.check(manifest(checksums), folder, "_debug", findings);
        return findings;
    }

    private static Path folder(String name) throws Exception {
        return Files.createDirectories(work.resolve(name));
    }

    private static String zip(Path folder, String target, List<Xcframework.RequiredSlice> slices, List<SyntheticXcframeworks.Member> members)
            throws Exception {
        Path zip = frameworks.zip(target, target + "-1.0.0.zip", slices, members);
        Files.move(zip, folder.resolve(zip.getFileName()));
        return ArtifactChecks.sha256(folder.resolve(zip.getFileName()));
    }

    @Test
    void aHealthySetOfBinariesPassesEveryCheck() throws Exception {
        Path folder = folder("healthy");
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("executorch", zip(folder, "executorch", ALL, List.of(API_CLASSES, PLAIN)));
        sums.put("executorch_debug", zip(folder, "executorch_debug", ALL, List.of(PLAIN, API_CLASSES)));
        sums.put("backend_xnnpack", zip(folder, "backend_xnnpack", ALL, List.of(PLAIN, REGISTERS_BACKEND)));
        sums.put("kernels_optimized_debug", zip(folder, "kernels_optimized_debug", ALL, List.of(REGISTERS_KERNELS, PLAIN)));
        sums.put("threadpool", zip(folder, "threadpool", ALL, List.of(PLAIN)));

        Findings findings = check(folder, sums);

        assertThat(findings.failures()).isEmpty();
        assertThat(findings.notTested()).isEmpty();
        assertThat(findings.facts()).containsExactly(
                "executorch: executorch-1.0.0.zip matches its checksum; executorch.xcframework has the slices ios-arm64, ios-arm64-simulator,"
                        + " macos-arm64; the API classes ExecuTorchModule, ExecuTorchTensor, ExecuTorchValue, ExecuTorchLog in every slice",
                "executorch_debug: executorch_debug-1.0.0.zip matches its checksum; executorch_debug.xcframework has the slices ios-arm64,"
                        + " ios-arm64-simulator, macos-arm64; the API classes ExecuTorchModule, ExecuTorchTensor, ExecuTorchValue, ExecuTorchLog in every slice",
                "backend_xnnpack: backend_xnnpack-1.0.0.zip matches its checksum; backend_xnnpack.xcframework has the slices ios-arm64,"
                        + " ios-arm64-simulator, macos-arm64; its registration object (static initialiser calling register_backend) in every slice",
                "kernels_optimized_debug: kernels_optimized_debug-1.0.0.zip matches its checksum; kernels_optimized_debug.xcframework has the slices"
                        + " ios-arm64, ios-arm64-simulator, macos-arm64; its registration object (static initialiser calling register_kernels) in every slice",
                "threadpool: threadpool-1.0.0.zip matches its checksum; threadpool.xcframework has the slices ios-arm64, ios-arm64-simulator,"
                        + " macos-arm64; objects built for each slice's platform");
    }

    @Test
    void aZipThatNoLongerMatchesItsChecksumFails() throws Exception {
        Path folder = folder("replaced");
        String published = zip(folder, "backend_xnnpack", ALL, List.of(REGISTERS_BACKEND));
        String declared = published.substring(0, 63) + (published.endsWith("0") ? "1" : "0");

        Findings findings = check(folder, Map.of("backend_xnnpack", declared));

        assertThat(findings.failures()).containsExactly("backend_xnnpack: backend_xnnpack-1.0.0.zip has the SHA-256 " + published
                + " but the manifest's checksum is \"" + declared + "\": SwiftPM refuses it (the published zip was replaced, or the manifest is stale)");
    }

    @Test
    void aCorruptZipFails() throws Exception {
        Path folder = folder("corrupt");
        Path file = frameworks.notAZip("kernels_quantized-1.0.0.zip");
        Files.move(file, folder.resolve(file.getFileName()));
        String sum = ArtifactChecks.sha256(folder.resolve(file.getFileName()));

        Findings findings = check(folder, Map.of("kernels_quantized", sum));

        assertThat(findings.failures()).singleElement().asString().startsWith("kernels_quantized: kernels_quantized-1.0.0.zip is not a readable zip: ");
    }

    @Test
    void aMissingSliceFailsNamingIt() throws Exception {
        Path folder = folder("slice");
        String sum = zip(folder, "backend_coreml", List.of(Xcframework.RequiredSlice.IOS_ARM64, Xcframework.RequiredSlice.MACOS_ARM64),
                List.of(REGISTERS_BACKEND));

        Findings findings = check(folder, Map.of("backend_coreml", sum));

        assertThat(findings.failures()).containsExactly(
                "backend_coreml: backend_coreml.xcframework lacks the slices ios-arm64-simulator (its Info.plist lists ios-arm64, macos-arm64)");
    }

    @Test
    void aBackendOrKernelLibraryWithoutItsRegistrationObjectFails() throws Exception {
        Path folder = folder("stripped");
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("backend_mps", zip(folder, "backend_mps", ALL, List.of(PLAIN)));
        // A kernels library whose only static initialiser registers a backend still registers no kernel.
        sums.put("kernels_llm", zip(folder, "kernels_llm", ALL, List.of(PLAIN, REGISTERS_BACKEND)));

        Findings findings = check(folder, sums);

        List<String> expected = new ArrayList<>();
        for (String slice : List.of("ios-arm64|ios", "ios-arm64-simulator|simulator", "macos-arm64|macos")) {
            String[] s = slice.split("\\|");
            expected.add("backend_mps (" + s[0] + ", libbackend_mps_" + s[1] + ".a): no registration object: no member has a static initialiser"
                    + " (__mod_init_func) that calls register_backend, so -force_load registers nothing (1 members)");
        }
        for (String slice : List.of("ios-arm64|ios", "ios-arm64-simulator|simulator", "macos-arm64|macos")) {
            String[] s = slice.split("\\|");
            expected.add("kernels_llm (" + s[0] + ", libkernels_llm_" + s[1] + ".a): no registration object: no member has a static initialiser"
                    + " (__mod_init_func) that calls register_kernels, so -force_load registers nothing (2 members)");
        }
        assertThat(findings.failures()).containsExactlyElementsOf(expected);
    }

    @Test
    void theRuntimeWithoutADocumentedApiClassFails() throws Exception {
        Path folder = folder("api");
        String sum = zip(folder, "executorch", ALL, List.of(API_CLASSES_WITHOUT_LOG));

        Findings findings = check(folder, Map.of("executorch", sum));

        assertThat(findings.failures()).hasSize(3).allSatisfy(f -> assertThat(f)
                .endsWith("the documented API classes are not exported: _OBJC_CLASS_$_ExecuTorchLog"));
    }

    @Test
    void aZipMissingFromTheFolderOrHoldingAnotherFrameworkFails() throws Exception {
        Path folder = folder("missing");
        Path zip = frameworks.zip("executorch", "executorch_debug-1.0.0.zip", ALL, List.of(API_CLASSES));
        Files.move(zip, folder.resolve(zip.getFileName()));
        String sum = ArtifactChecks.sha256(folder.resolve(zip.getFileName()));

        Findings findings = check(folder, Map.of("executorch_debug", sum, "threadpool", "0".repeat(64)));

        assertThat(findings.failures()).containsExactlyInAnyOrder(
                "executorch_debug: executorch_debug-1.0.0.zip holds no executorch_debug.xcframework (it holds executorch.xcframework):"
                        + " SwiftPM looks for the artifact named as the target",
                "threadpool: threadpool-1.0.0.zip is not in " + folder + " (download https://example.invalid/threadpool-1.0.0.zip)");
    }

    @Test
    void objectsBuiltForAnotherPlatformThanTheirSliceFail() throws Exception {
        Path folder = folder("platform");
        // The device slice holds the simulator's objects, as a packaging mix-up would leave it.
        Path zip = frameworks.zip("threadpool", "threadpool-1.0.0.zip", ALL, List.of(PLAIN),
                Map.of(Xcframework.RequiredSlice.IOS_ARM64, Xcframework.RequiredSlice.IOS_ARM64_SIMULATOR));
        Files.move(zip, folder.resolve(zip.getFileName()));

        Findings findings = check(folder, Map.of("threadpool", ArtifactChecks.sha256(folder.resolve(zip.getFileName()))));

        assertThat(findings.failures()).containsExactly(
                "threadpool (ios-arm64, libthreadpool_ios.a): objects built for another platform than ios: plain.o (iossimulator)");
    }

    @Test
    void aBinaryInfoPlistIsRead() throws Exception {
        Path framework = Files.createDirectories(work.resolve("binary-plist/executorch.xcframework"));
        try (var in = getClass().getResourceAsStream("/swiftpm/Info.binary.plist")) {
            Files.copy(in, framework.resolve("Info.plist"));
        }

        Xcframework read = Xcframework.read(framework);

        assertThat(read.libraries()).extracting(Xcframework.Library::identifier)
                .containsExactly("ios-arm64", "ios-arm64-simulator", "macos-arm64");
        assertThat(Xcframework.RequiredSlice.IOS_ARM64_SIMULATOR.in(read).path()).isEqualTo("libexecutorch_simulator.a");
    }
}
