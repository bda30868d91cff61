package org.etcts.executorch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

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
     * The build info of this platform's JNI library, read once from the classpath.
     *
     * @throws IllegalStateException when the native jar carries none (a library built outside Maven)
     */
    public static BuildInfo current() {
        BuildInfo info = current;
        if (info == null) {
            info = new BuildInfo(read());
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
                        + "(the etcts-native module writes it next to libetcts_jni.so).");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
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

    /** The linked components in link order, by their package names (runtime, kernels_optimized, backend_xnnpack, ...). */
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

    /** The shared libraries the JNI library's dynamic section names (its DT_NEEDED entries). */
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
