package org.etcts.executorch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The identity of the ExecuTorch build the JNI library was linked against, as the native build recorded
 * it next to the library ({@code build-info.properties}): version, where the build came from, and each
 * linked component (kernel set, backend, thread pool, profiler) with its library file and SHA-256.
 *
 * <p>This is what the build <em>ships</em>; {@link Runtime} says what it <em>registered</em> at run time.
 * Capability probes compare the two.
 */
public final class BuildInfo {

    private static final String FILE_NAME = "build-info.properties";
    private static volatile BuildInfo current;

    private final Properties properties;

    private BuildInfo(Properties properties) {
        this.properties = properties;
    }

    /**
     * The build info of this platform's JNI library, read once from the classpath: what the loaded library
     * links, so it is only given for a library that was built.
     *
     * @throws IllegalStateException when the native jar carries none (a library built outside Maven)
     * @throws UnsatisfiedLinkError when the native build recorded that the library did not build against the
     *     build under test, with its reason: what it would link is unknown, not absent
     */
    public static BuildInfo current() {
        BuildInfo info = current;
        if (info == null) {
            info = new BuildInfo(read());
            if (!info.jniBuilt()) {
                NativeLibrary.load();
            }
            current = info;
        }
        return info;
    }

    /**
     * The build info the native jar carries for a platform's JNI library, read without loading it: how a
     * tool on the host reads the identity of a build that ran under emulation (another platform's
     * library cannot be loaded here).
     *
     * @param platform the platform, e.g. {@code linux-aarch64}
     * @throws IllegalStateException when the classpath carries none for that platform
     */
    public static BuildInfo of(String platform) {
        return new BuildInfo(readResource(platform));
    }

    /**
     * The build info of the loaded library: the file beside it when it was loaded from a file (a linkage
     * variant named by {@code etcts.native.path}), else the copy in the native jar.
     */
    private static Properties read() {
        if (System.getProperty(NativeLibrary.PATH_PROPERTY) == null) {
            // The library in the jar: its identity is beside it there, readable even when the library is not
            // (one that did not build against the build under test leaves its identity, marked failed).
            return readResource(Platform.current());
        }
        NativeLibrary.load();
        Properties properties = new Properties();
        Path loaded = NativeLibrary.loadedFile();
        Path beside = loaded == null ? null : loaded.resolveSibling(FILE_NAME);
        if (beside != null && Files.isRegularFile(beside) && System.getProperty(NativeLibrary.PATH_PROPERTY) != null) {
            try (InputStream in = Files.newInputStream(beside)) {
                properties.load(in);
                return properties;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + beside, e);
            }
        }
        return readResource(Platform.current());
    }

    private static Properties readResource(String platform) {
        Properties properties = new Properties();
        String resource = NativeLibrary.resourcePath(platform, FILE_NAME);
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath: build the JNI library with ./mvnw "
                        + "(the etcts-native module writes it next to the JNI library).");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Whether the JNI library was built: false when the native build recorded that it did not configure or
     * compile against the build under test (a conformance run reports such a build instead of stopping).
     */
    public boolean jniBuilt() {
        return !"failed".equals(properties.getProperty("jni.build"));
    }

    /** Which link of the JNI library this is: {@code full}, or a linkage variant such as {@code no-xnnpack}. */
    public String variant() {
        return properties.getProperty("jni.variant", "full");
    }

    /** The ExecuTorch version of the build (e.g. {@code 1.5.1+cpu}), or {@code unknown}. */
    public String executorchVersion() {
        return properties.getProperty("executorch.build.version", "unknown");
    }

    /** Where the build came from, e.g. {@code PyPI wheel executorch==1.5.1}. */
    public String source() {
        return properties.getProperty("executorch.source", "unknown");
    }

    /** {@code wheel} or {@code prefix}. */
    public String layout() {
        return properties.getProperty("executorch.layout", "unknown");
    }

    /** The root folder of the build (its lib/ and include/ are below it). */
    public String prefix() {
        return properties.getProperty("executorch.prefix", "");
    }

    /** The git revision the build records about itself, where it records one (a wheel's version.py does). */
    public Optional<String> gitRevision() {
        String revision = properties.getProperty("executorch.git.revision", "");
        return revision.isBlank() ? Optional.empty() : Optional.of(revision);
    }

    /**
     * How the runtime is linked into the JNI library: {@code static} (its archives are inside the JNI
     * library, as from a source build's install prefix) or {@code shared} (the wheel's libraries), or
     * {@code unknown}.
     */
    public String runtimeLinkage() {
        return properties.getProperty("runtime.linkage", "unknown");
    }

    /**
     * The binary that holds the runtime's code: the runtime's shared library, or the JNI library itself
     * when the runtime is linked statically. Empty when neither is known (a library loaded from
     * {@code java.library.path}).
     */
    public Optional<Path> runtimeBinary() {
        if (runtimeLinkage().equals("static")) {
            return Optional.ofNullable(NativeLibrary.loadedFile());
        }
        return componentLibrary("runtime").map(Path::of);
    }

    /**
     * How the build is configured where scenarios can tell, as the native build found it in the binary that
     * holds the runtime (native/scripts/probe-build-config.sh), never as the build declares it:
     * {@code logging} ({@code on}/{@code off}: ET_LOG compiled in or out) and {@code verification}
     * ({@code on}/{@code off}/{@code unknown}: program verification compiled in or out).
     *
     * @return setting name to value, in a stable order; empty for a library built before these were recorded
     */
    public Map<String, String> configuration() {
        Map<String, String> configuration = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("config.") && !key.endsWith(".finding")) {
                configuration.put(key.substring("config.".length()), properties.getProperty(key));
            }
        }
        return configuration;
    }

    /** What the native build's probe found for a setting of {@link #configuration()}, in words. */
    public Optional<String> configurationFinding(String setting) {
        return Optional.ofNullable(properties.getProperty("config." + setting + ".finding"));
    }

    /**
     * The forms of the ExecuTorch C++ API the build's headers offer, as the configure step found them by
     * compiling against them (native/cmake/ExecuTorchApiProbes.cmake), e.g. {@code make_tensor_ptr} to
     * {@code device-after-deleter}.
     */
    public Map<String, String> apiForms() {
        Map<String, String> forms = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("api.")) {
                forms.put(key.substring("api.".length()), properties.getProperty(key));
            }
        }
        return forms;
    }

    /**
     * The build's own targets behind a component: {@code executorch::backend_xnnpack} in the wheel,
     * {@code xnnpack_backend} in a source build's prefix (the map is in native/README.md).
     */
    public List<String> componentTargets(String name) {
        String list = properties.getProperty("component." + name + ".targets", "");
        return list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }

    /** The linked components in link order, by the suite's component names (runtime, kernels_optimized, backend_xnnpack, ...). */
    public List<String> components() {
        String list = properties.getProperty("components", "");
        return list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }

    /** Whether a component was linked into the JNI library. */
    public boolean hasComponent(String name) {
        return components().contains(name);
    }

    /** The library file of a linked component. */
    public Optional<String> componentLibrary(String name) {
        return Optional.ofNullable(properties.getProperty("component." + name + ".library"));
    }

    /** The SHA-256 of a linked component's library file. */
    public Optional<String> componentSha256(String name) {
        return Optional.ofNullable(properties.getProperty("component." + name + ".sha256"));
    }

    /** The shared libraries the JNI library names as its dependencies (ELF DT_NEEDED, Mach-O LC_LOAD_DYLIB). */
    public List<String> neededLibraries() {
        String list = properties.getProperty("jni.needed", "");
        return list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }

    /** Every recorded property, for reports. */
    public Properties asProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
