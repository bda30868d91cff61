package org.etcts.report.swiftpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An unpacked {@code .xcframework} as its {@code Info.plist} describes it: one library per slice.
 *
 * @param root the {@code .xcframework} folder
 * @param libraries its {@code AvailableLibraries}
 */
public record Xcframework(Path root, List<Library> libraries) {

    /**
     * One slice.
     *
     * @param identifier its {@code LibraryIdentifier}, the slice's folder (e.g. {@code ios-arm64-simulator})
     * @param path its {@code LibraryPath} inside that folder (e.g. {@code libbackend_xnnpack_simulator.a})
     * @param platform its {@code SupportedPlatform} ({@code ios}, {@code macos})
     * @param variant its {@code SupportedPlatformVariant} ({@code simulator}, {@code maccatalyst}), or null
     * @param architectures its {@code SupportedArchitectures}
     */
    public record Library(String identifier, String path, String platform, String variant, List<String> architectures) {

        /** The static library's file: the archive itself, or the binary inside a {@code .framework}. */
        public Path binary(Path root) {
            Path library = root.resolve(identifier).resolve(path);
            if (path.endsWith(".framework")) {
                String name = library.getFileName().toString();
                return library.resolve(name.substring(0, name.length() - ".framework".length()));
            }
            return library;
        }

        /** Whether it serves a platform, variant (null: the device or the Mac itself) and architecture. */
        public boolean serves(String wantedPlatform, String wantedVariant, String architecture) {
            return wantedPlatform.equals(platform) && java.util.Objects.equals(wantedVariant, variant) && architectures.contains(architecture);
        }
    }

    /** The slices an Apple app needs from every binary, by the identifier {@code xcodebuild -create-xcframework} gives them. */
    public enum RequiredSlice {
        /** iPhone and iPad devices. */
        IOS_ARM64("ios-arm64", "ios", null, "ios"),
        /** The simulator on Apple silicon Macs. */
        IOS_ARM64_SIMULATOR("ios-arm64-simulator", "ios", "simulator", "iossimulator"),
        /** Apple silicon Macs. */
        MACOS_ARM64("macos-arm64", "macos", null, "macos");

        /** The identifier, e.g. {@code ios-arm64-simulator}. */
        public final String id;
        final String platform;
        final String variant;
        /** The Mach-O build platform its objects carry ({@code LC_BUILD_VERSION}). */
        public final String machoPlatform;

        RequiredSlice(String id, String platform, String variant, String machoPlatform) {
            this.id = id;
            this.platform = platform;
            this.variant = variant;
            this.machoPlatform = machoPlatform;
        }

        /** The library serving this slice, or null. */
        public Library in(Xcframework framework) {
            return framework.libraries().stream().filter(l -> l.serves(platform, variant, "arm64")).findFirst().orElse(null);
        }
    }

    /**
     * Reads an unpacked xcframework's {@code Info.plist}.
     *
     * @throws IOException saying what is missing or malformed
     */
    public static Xcframework read(Path root) throws IOException {
        Path plist = root.resolve("Info.plist");
        if (!Files.isRegularFile(plist)) {
            throw new IOException(root.getFileName() + " has no Info.plist");
        }
        Object parsed;
        try {
            parsed = PropertyList.parse(Files.readAllBytes(plist));
        } catch (IOException e) {
            throw new IOException(root.getFileName() + "/Info.plist does not parse: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> top) || !(top.get("AvailableLibraries") instanceof List<?> available)) {
            throw new IOException(root.getFileName() + "/Info.plist has no AvailableLibraries array");
        }
        List<Library> libraries = new ArrayList<>();
        for (Object item : available) {
            if (!(item instanceof Map<?, ?> library)) {
                throw new IOException(root.getFileName() + "/Info.plist: an AvailableLibraries entry is not a dictionary");
            }
            String identifier = text(library, "LibraryIdentifier", root);
            List<String> architectures = new ArrayList<>();
            if (library.get("SupportedArchitectures") instanceof List<?> archs) {
                archs.forEach(a -> architectures.add(String.valueOf(a)));
            }
            libraries.add(new Library(identifier, text(library, "LibraryPath", root), text(library, "SupportedPlatform", root),
                    library.get("SupportedPlatformVariant") instanceof String v ? v : null, List.copyOf(architectures)));
        }
        return new Xcframework(root, List.copyOf(libraries));
    }

    private static String text(Map<?, ?> library, String key, Path root) throws IOException {
        if (library.get(key) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw new IOException(root.getFileName() + "/Info.plist: a library entry has no " + key);
    }
}
