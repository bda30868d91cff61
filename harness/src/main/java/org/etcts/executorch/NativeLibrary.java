package org.etcts.executorch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the binding's JNI library, {@code libetcts_jni.so} ({@code libetcts_jni.dylib} on macOS: the name
 * {@link System#mapLibraryName(String)} gives it), once per class loader.
 *
 * <p>Three places are tried, in this order:
 * <ol>
 *   <li>the file named by the system property {@value #PATH_PROPERTY}. When the property is set,
 *       nothing else is tried: a missing or unloadable file is an error that names the property and
 *       the path;</li>
 *   <li>the classpath resource {@code /org/etcts/executorch/native/<os>-<arch>/<library file>}
 *       ({@code os} is {@code linux} or {@code macos}, {@code arch} is {@code x86_64} or
 *       {@code aarch64}: see {@link Platform}), which the {@code etcts-native} jar carries. It is copied into a private
 *       temporary directory, removed when the JVM exits, and loaded from there;</li>
 *   <li>{@code System.loadLibrary("etcts_jni")}, i.e. {@code java.library.path}.</li>
 * </ol>
 * If all fail, the {@link UnsatisfiedLinkError} lists each attempt with the reason it failed and how
 * to fix the setup.
 *
 * <p>Every class of this package that needs native code calls {@link #load()} first; calling it
 * directly is only useful to fail early. It is thread-safe and idempotent.
 */
public final class NativeLibrary {

    /** System property naming the library file to load instead of searching for it. */
    public static final String PATH_PROPERTY = "etcts.native.path";

    /** The library's base name, as given to {@link System#loadLibrary(String)}. */
    static final String LIBRARY_NAME = "etcts_jni";

    private static final String RESOURCE_ROOT = "/org/etcts/executorch/native/";
    /** What the native build leaves in the library's place when it could not build it (build-jni.sh). */
    static final String BUILD_FAILURE_FILE = "jni-build-failure.txt";

    private static final Object LOCK = new Object();
    private static volatile Loaded loaded;

    private NativeLibrary() {
    }

    /**
     * Loads the JNI library if this class loader has not loaded it yet.
     *
     * @throws UnsatisfiedLinkError if the library cannot be loaded from any of the places tried; the
     *     message lists them and says how to fix the setup
     */
    public static void load() {
        if (loaded != null) {
            return;
        }
        synchronized (LOCK) {
            if (loaded == null) {
                loaded = new Loader(SystemEnvironment.INSTANCE).load();
            }
        }
    }

    /** {@return where the library was loaded from (a file path or a description), or null if it is not loaded yet} */
    public static String loadedFrom() {
        Loaded current = loaded;
        return current == null ? null : current.description;
    }

    /**
     * The library file that was loaded, so that a child JVM can be pointed at the same file with
     * {@code -D}{@value #PATH_PROPERTY} instead of extracting its own copy.
     *
     * @return the absolute path of the loaded file, or null if the library is not loaded yet or was
     *     loaded by name from {@code java.library.path}
     */
    public static Path loadedFile() {
        Loaded current = loaded;
        return current == null ? null : current.file;
    }

    /** The outcome of a successful search. */
    static final class Loaded {
        /** Where the library came from, for people. */
        final String description;
        /** The file that was loaded, or null when it was loaded by name. */
        final Path file;

        Loaded(String description, Path file) {
            this.description = description;
            this.file = file;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * {@return the classpath resource holding the library for a platform, e.g.
     * {@code /org/etcts/executorch/native/linux-x86_64/libetcts_jni.so}}
     */
    static String resourcePath(String platform, String fileName) {
        return RESOURCE_ROOT + platform + "/" + fileName;
    }

    /**
     * Resolves the value of {@value #PATH_PROPERTY}.
     *
     * @param value the property value, possibly null
     * @return null if the property is unset or blank, else the absolute path of an existing regular file
     * @throws UnsatisfiedLinkError if the property is set but does not name an existing regular file;
     *     the message names the property and the path
     */
    static Path explicitPath(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path;
        try {
            path = Path.of(value.trim()).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UnsatisfiedLinkError("system property " + PATH_PROPERTY + " is set to '" + value
                    + "', which is not a valid path (" + e.getMessage() + "). " + fixHint());
        }
        if (!Files.isRegularFile(path)) {
            String what = Files.exists(path) ? "which is not a regular file" : "but no file exists there";
            throw new UnsatisfiedLinkError("system property " + PATH_PROPERTY + " is set to '" + value
                    + "', " + what + " (resolved to " + path + "). " + fixHint());
        }
        return path;
    }

    private static String fixHint() {
        return "Fix: build the library with ./mvnw from the repository root (it is packaged into the"
                + " etcts-native jar and found on the classpath), or set -D" + PATH_PROPERTY
                + "=/absolute/path/to/" + System.mapLibraryName(LIBRARY_NAME) + ", or unset "
                + PATH_PROPERTY + " to let the binding search the classpath and java.library.path.";
    }

    /** What the loader needs from the JVM; replaced by a fake in tests so nothing is really loaded. */
    interface Environment {
        String property(String name);

        /** Opens a classpath resource, or returns null if there is none. */
        InputStream resource(String path) throws IOException;

        /** Loads a library file by absolute path ({@link System#load(String)}). */
        void loadFile(String absolutePath);

        /** Loads a library by name from {@code java.library.path} ({@link System#loadLibrary(String)}). */
        void loadLibrary(String name);
    }

    private enum SystemEnvironment implements Environment {
        INSTANCE;

        @Override
        public String property(String name) {
            return System.getProperty(name);
        }

        @Override
        public InputStream resource(String path) {
            return NativeLibrary.class.getResourceAsStream(path);
        }

        @Override
        public void loadFile(String absolutePath) {
            System.load(absolutePath);
        }

        @Override
        public void loadLibrary(String name) {
            System.loadLibrary(name);
        }
    }

    /** The search itself, separated from the JVM so that its decisions and messages can be tested. */
    static final class Loader {
        private final Environment env;

        Loader(Environment env) {
            this.env = env;
        }

        /**
         * Runs the search.
         *
         * @return where the library was loaded from
         * @throws UnsatisfiedLinkError if every attempt failed
         */
        Loaded load() {
            String fileName = System.mapLibraryName(LIBRARY_NAME);
            Path explicit = explicitPath(env.property(PATH_PROPERTY));
            if (explicit != null) {
                try {
                    env.loadFile(explicit.toString());
                    return new Loaded(explicit.toString(), explicit);
                } catch (UnsatisfiedLinkError | SecurityException e) {
                    throw new UnsatisfiedLinkError("system property " + PATH_PROPERTY + " is set to '"
                            + env.property(PATH_PROPERTY) + "', but loading " + explicit + " failed: "
                            + e.getMessage() + ". " + fixHint());
                }
            }
            List<String> attempts = new ArrayList<>();
            attempts.add("system property " + PATH_PROPERTY + ": not set");

            String platform = Platform.of(String.valueOf(env.property("os.name")),
                    String.valueOf(env.property("os.arch")));
            String resource = resourcePath(platform, fileName);
            String recordedFailure = null;
            try {
                Path extracted = extract(resource, fileName);
                if (extracted == null) {
                    recordedFailure = buildFailure(platform);
                    attempts.add("classpath resource " + resource + ": not on the classpath");
                } else {
                    env.loadFile(extracted.toString());
                    return new Loaded("classpath resource " + resource + " (extracted to " + extracted + ")",
                            extracted);
                }
            } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
                attempts.add("classpath resource " + resource + ": " + e.getMessage());
            }
            if (recordedFailure != null) {
                throw new UnsatisfiedLinkError("could not load the etcts JNI library " + fileName + " for " + platform + ": "
                        + recordedFailure);
            }

            try {
                env.loadLibrary(LIBRARY_NAME);
                return new Loaded("java.library.path (" + env.property("java.library.path") + ")", null);
            } catch (UnsatisfiedLinkError | SecurityException e) {
                attempts.add("System.loadLibrary(\"" + LIBRARY_NAME + "\") with java.library.path="
                        + env.property("java.library.path") + ": " + e.getMessage());
            }

            StringBuilder message = new StringBuilder("could not load the etcts JNI library ")
                    .append(fileName).append(" for ").append(platform).append(". Tried:");
            for (int i = 0; i < attempts.size(); i++) {
                message.append(System.lineSeparator()).append("  ").append(i + 1).append(". ")
                        .append(attempts.get(i));
            }
            message.append(System.lineSeparator()).append(fixHint());
            throw new UnsatisfiedLinkError(message.toString());
        }

        /**
         * Why the native build left the library out, when it recorded that instead of stopping (a library
         * that did not compile against the build under test, in a conformance run); null otherwise.
         */
        private String buildFailure(String platform) throws IOException {
            try (InputStream in = env.resource(resourcePath(platform, BUILD_FAILURE_FILE))) {
                return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            }
        }

        /** Copies the resource into a fresh private directory; null if the resource does not exist. */
        private Path extract(String resource, String fileName) throws IOException {
            try (InputStream in = env.resource(resource)) {
                if (in == null) {
                    return null;
                }
                // createTempDirectory makes an owner-only directory on POSIX file systems.
                Path dir = Files.createTempDirectory("etcts-jni-");
                dir.toFile().deleteOnExit();
                Path file = dir.resolve(fileName);
                // Registered after the directory, so it is deleted before it.
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            }
        }
    }
}
