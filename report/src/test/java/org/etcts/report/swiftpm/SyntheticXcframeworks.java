package org.etcts.report.swiftpm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small xcframework zips at test time as upstream's release job lays them out: {@code <name>.xcframework}
 * with an {@code Info.plist} and one static archive per slice, {@code <slice>/lib<name>_<ios|simulator|macos>.a}.
 * The members are real arm64 Mach-O objects that clang emits without an Apple SDK, archived by llvm-ar.
 */
final class SyntheticXcframeworks {

    /** What an archive member is made of. */
    enum Member {
        /** A backend's registration object: a static initialiser calling register_backend. */
        REGISTERS_BACKEND("cpp", """
                namespace executorch { namespace runtime {
                class Backend { public: const char* name; void* impl; };
                int register_backend(const Backend& backend);
                } }
                namespace {
                executorch::runtime::Backend backend{"SyntheticBackend", nullptr};
                int registered = executorch::runtime::register_backend(backend);
                }
                """),
        /** A kernel library's registration object: a static initialiser calling register_kernels. */
        REGISTERS_KERNELS("cpp", """
                namespace executorch { namespace runtime {
                struct Kernel { const char* name; void* fn; };
                template <typename T> class Span { public: T* data; unsigned long size; };
                int register_kernels(Span<const Kernel> kernels);
                } }
                namespace {
                const executorch::runtime::Kernel kernels[] = {{"aten::add.out", nullptr}};
                int registered = executorch::runtime::register_kernels({kernels, 1});
                }
                """),
        /** Code with no registration: what is left when the registration object was stripped. */
        PLAIN("c", "int synthetic_kernel_body(int x) { return x + 1; }\n"),
        /** The documented Objective-C API classes. */
        API_CLASSES("objective-c", apiClasses(ArtifactChecks.API_CLASSES)),
        /** The API classes without ExecuTorchLog. */
        API_CLASSES_WITHOUT_LOG("objective-c", apiClasses(ArtifactChecks.API_CLASSES.subList(0, 3)));

        final String language;
        final String source;

        Member(String language, String source) {
            this.language = language;
            this.source = source;
        }

        private static String apiClasses(List<String> names) {
            StringBuilder source = new StringBuilder();
            for (String name : names) {
                source.append("__attribute__((objc_root_class)) @interface ").append(name).append(" @end\n")
                        .append("@implementation ").append(name).append(" @end\n");
            }
            return source.toString();
        }
    }

    /** The clang target and the library file suffix of each slice. */
    private static final Map<Xcframework.RequiredSlice, String[]> SLICES = new EnumMap<>(Map.of(
            Xcframework.RequiredSlice.IOS_ARM64, new String[] {"arm64-apple-ios15", "ios"},
            Xcframework.RequiredSlice.IOS_ARM64_SIMULATOR, new String[] {"arm64-apple-ios15-simulator", "simulator"},
            Xcframework.RequiredSlice.MACOS_ARM64, new String[] {"arm64-apple-macos11", "macos"}));

    private final Path work;
    private final Map<String, Path> objects = new HashMap<>();

    SyntheticXcframeworks(Path work) {
        this.work = work;
    }

    /** Why the tools are not usable here, or null when clang, llvm-ar, llvm-nm and llvm-objdump all are. */
    static String missingTools() {
        for (String tool : List.of("clang", "llvm-ar")) {
            if (!onPath(tool)) {
                return tool + " is not on the PATH (Debian: apt-get install clang llvm): the synthetic xcframeworks cannot be built";
            }
        }
        return StaticArchive.Tools.find() == null ? StaticArchive.Tools.missing() : null;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /**
     * Writes {@code <zipName>} holding {@code <name>.xcframework} with the given slices, each archive made of
     * the given members; returns the zip.
     */
    Path zip(String name, String zipName, List<Xcframework.RequiredSlice> slices, List<Member> members) throws IOException, InterruptedException {
        return zip(name, zipName, slices, members, Map.of());
    }

    /** As {@link #zip(String, String, List, List)}, with some slices' objects compiled for another slice. */
    Path zip(String name, String zipName, List<Xcframework.RequiredSlice> slices, List<Member> members,
            Map<Xcframework.RequiredSlice, Xcframework.RequiredSlice> builtAs) throws IOException, InterruptedException {
        Path root = Files.createDirectories(work.resolve("frameworks").resolve(zipName).resolve(name + ".xcframework"));
        StringBuilder libraries = new StringBuilder();
        for (Xcframework.RequiredSlice slice : slices) {
            String[] target = SLICES.get(slice);
            String library = "lib" + name + "_" + target[1] + ".a";
            Path archive = Files.createDirectories(root.resolve(slice.id)).resolve(library);
            List<String> command = new ArrayList<>(List.of("llvm-ar", "rcs", archive.toString()));
            for (Member member : members) {
                command.add(object(member, SLICES.get(builtAs.getOrDefault(slice, slice))[0]).toString());
            }
            run(command);
            libraries.append("""
                        <dict>
                            <key>LibraryIdentifier</key><string>%s</string>
                            <key>LibraryPath</key><string>%s</string>
                            <key>SupportedArchitectures</key><array><string>arm64</string></array>
                            <key>SupportedPlatform</key><string>%s</string>%s
                        </dict>
                    """.formatted(slice.id, library, slice.id.startsWith("macos") ? "macos" : "ios",
                    slice.id.endsWith("simulator") ? "\n            <key>SupportedPlatformVariant</key><string>simulator</string>" : ""));
        }
        Files.writeString(root.resolve("Info.plist"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>AvailableLibraries</key>
                    <array>
                %s    </array>
                    <key>CFBundlePackageType</key><string>XFWK</string>
                    <key>XCFrameworkFormatVersion</key><string>1.0</string>
                </dict>
                </plist>
                """.formatted(libraries), StandardCharsets.UTF_8);
        Path zip = work.resolve(zipName);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(root.getParent().relativize(file).toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path object(Member member, String target) throws IOException, InterruptedException {
        String key = member + "@" + target;
        Path object = objects.get(key);
        if (object == null) {
            Path source = work.resolve("src").resolve(member.name().toLowerCase() + "." + member.language);
            Files.createDirectories(source.getParent());
            Files.writeString(source, member.source);
            object = work.resolve("obj").resolve(target).resolve(member.name().toLowerCase() + ".o");
            Files.createDirectories(object.getParent());
            run(List.of("clang", "--target=" + target, "-x", member.language.equals("cpp") ? "c++" : member.language,
                    "-c", source.toString(), "-o", object.toString()));
            objects.put(key, object);
        }
        return object;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Writes a file of bytes that is not a zip under a zip's name. */
    Path notAZip(String zipName) throws IOException {
        Path file = work.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("PK\u0003\u0004 this download was cut short".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
