package org.etcts.steps.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.etcts.executorch.Platform;

/**
 * A build of the JNI library linked with less than the whole ExecuTorch build ({@code runtime-only},
 * {@code no-xnnpack}, {@code no-quantized}), or with the whole build plus the suite's stub backend
 * ({@code unavailable-backend}; see native/CMakeLists.txt), or the full one ({@code full}).
 * The native jar carries each variant under {@code org/etcts/executorch/native/<os>-<arch>/variants/<name>/}
 * with its own build-info.properties; a child JVM runs on one with {@code -Detcts.native.path=<file>}.
 */
public final class LinkageVariant {

    private static final String ROOT = "/org/etcts/executorch/native/";
    /** Each variant's file, copied out once per JVM: one path per variant, so one shared child JVM per variant. */
    private static final Map<String, Optional<Path>> FILES = new ConcurrentHashMap<>();

    private LinkageVariant() {
    }

    /**
     * The library file of a variant, copied out of the jar when the native module is packaged.
     *
     * @param name the variant, or {@code full}
     * @return the file, or empty when the native jar holds no such variant
     */
    public static Optional<Path> library(String name) {
        return FILES.computeIfAbsent(name, LinkageVariant::locate);
    }

    private static Optional<Path> locate(String name) {
        String folder = ROOT + Platform.current() + "/" + (name.equals("full") ? "" : "variants/" + name + "/");
        String fileName = System.mapLibraryName("etcts_jni");
        URL library = LinkageVariant.class.getResource(folder + fileName);
        if (library == null) {
            return Optional.empty();
        }
        try {
            if (library.getProtocol().equals("file")) {
                return Optional.of(Path.of(library.toURI()));
            }
            // Inside a jar: copy the library and its build info next to each other into a private folder.
            Path dir = Files.createTempDirectory("etcts-variant-" + name + "-");
            dir.toFile().deleteOnExit();
            for (String file : new String[] {fileName, "build-info.properties"}) {
                try (InputStream in = LinkageVariant.class.getResourceAsStream(folder + file)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                        dir.resolve(file).toFile().deleteOnExit();
                    }
                }
            }
            return Optional.of(dir.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the " + name + " JNI library out of the jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable resource URL " + library, e);
        }
    }
}
