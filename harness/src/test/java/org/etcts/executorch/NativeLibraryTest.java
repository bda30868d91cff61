package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search logic, run against a fake environment so the real, already loaded library is untouched. */
class NativeLibraryTest {

    /** Records what would have been loaded; fails or succeeds as configured. */
    private static final class FakeEnvironment implements NativeLibrary.Environment {
        final Map<String, String> properties = new HashMap<>();
        final Map<String, byte[]> resources = new HashMap<>();
        final List<String> loadedFiles = new ArrayList<>();
        final List<String> loadedNames = new ArrayList<>();
        boolean fileLoadFails;
        boolean nameLoadFails = true;

        FakeEnvironment() {
            properties.put("os.name", "Linux");
            properties.put("os.arch", "amd64");
            properties.put("java.library.path", "/nowhere");
        }

        @Override
        public String property(String name) {
            return properties.get(name);
        }

        @Override
        public InputStream resource(String path) {
            byte[] bytes = resources.get(path);
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public void loadFile(String absolutePath) {
            if (fileLoadFails) {
                throw new UnsatisfiedLinkError(absolutePath + ": libexecutorch.so: cannot open shared object file");
            }
            loadedFiles.add(absolutePath);
        }

        @Override
        public void loadLibrary(String name) {
            if (nameLoadFails) {
                throw new UnsatisfiedLinkError("no " + name + " in java.library.path: /nowhere");
            }
            loadedNames.add(name);
        }
    }

    @Test
    void explicitPathToAMissingFileNamesThePropertyAndThePath() {
        FakeEnvironment env = new FakeEnvironment();
        env.properties.put(NativeLibrary.PATH_PROPERTY, "/no/such/dir/libetcts_jni.so");
        assertThatThrownBy(() -> new NativeLibrary.Loader(env).load())
                .isInstanceOf(UnsatisfiedLinkError.class)
                .hasMessageContaining("etcts.native.path")
                .hasMessageContaining("/no/such/dir/libetcts_jni.so")
                .hasMessageContaining("./mvnw");
        assertThat(env.loadedFiles).isEmpty();
        assertThat(env.loadedNames).as("nothing else is tried when the property is set").isEmpty();
    }

    @Test
    void explicitPathResolutionIsTestableOnItsOwn(@TempDir Path dir) throws Exception {
        assertThat(NativeLibrary.explicitPath(null)).isNull();
        assertThat(NativeLibrary.explicitPath("  ")).isNull();
        Path library = Files.write(dir.resolve("libetcts_jni.so"), new byte[] {1});
        assertThat(NativeLibrary.explicitPath(library.toString())).isEqualTo(library.toAbsolutePath());
        assertThatThrownBy(() -> NativeLibrary.explicitPath(dir.toString()))
                .isInstanceOf(UnsatisfiedLinkError.class)
                .hasMessageContaining(NativeLibrary.PATH_PROPERTY)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void explicitPathThatExistsIsLoaded(@TempDir Path dir) throws Exception {
        Path library = Files.write(dir.resolve("libetcts_jni.so"), new byte[] {1});
        FakeEnvironment env = new FakeEnvironment();
        env.properties.put(NativeLibrary.PATH_PROPERTY, library.toString());
        NativeLibrary.Loaded loaded = new NativeLibrary.Loader(env).load();
        assertThat(loaded.description).isEqualTo(library.toString());
        assertThat(loaded.file).isEqualTo(library);
        assertThat(env.loadedFiles).containsExactly(library.toString());
    }

    @Test
    void classpathResourceIsExtractedAndLoaded() throws Exception {
        FakeEnvironment env = new FakeEnvironment();
        byte[] content = {0x7f, 'E', 'L', 'F'};
        env.resources.put("/org/etcts/executorch/native/linux-x86_64/libetcts_jni.so", content);
        NativeLibrary.Loaded loaded = new NativeLibrary.Loader(env).load();
        assertThat(loaded.description).contains("/org/etcts/executorch/native/linux-x86_64/libetcts_jni.so");
        assertThat(env.loadedFiles).hasSize(1);
        Path extracted = Path.of(env.loadedFiles.get(0));
        assertThat(loaded.file).isEqualTo(extracted);
        assertThat(extracted.getFileName().toString()).isEqualTo("libetcts_jni.so");
        assertThat(Files.readAllBytes(extracted)).isEqualTo(content);
        assertThat(env.loadedNames).isEmpty();
    }

    @Test
    void javaLibraryPathIsTheLastResort() {
        FakeEnvironment env = new FakeEnvironment();
        env.nameLoadFails = false;
        NativeLibrary.Loaded loaded = new NativeLibrary.Loader(env).load();
        assertThat(loaded.description).contains("java.library.path");
        assertThat(loaded.file).isNull();
        assertThat(env.loadedNames).containsExactly("etcts_jni");
    }

    @Test
    void whenEverythingFailsTheMessageListsEachAttemptAndTheFix() {
        FakeEnvironment env = new FakeEnvironment();
        env.resources.put("/org/etcts/executorch/native/linux-x86_64/libetcts_jni.so", new byte[] {1});
        env.fileLoadFails = true;
        assertThatThrownBy(() -> new NativeLibrary.Loader(env).load())
                .isInstanceOf(UnsatisfiedLinkError.class)
                .hasMessageContaining("linux-x86_64")
                .hasMessageContaining("1. system property etcts.native.path: not set")
                .hasMessageContaining("2. classpath resource /org/etcts/executorch/native/linux-x86_64/libetcts_jni.so")
                .hasMessageContaining("libexecutorch.so: cannot open shared object file")
                .hasMessageContaining("3. System.loadLibrary(\"etcts_jni\")")
                .hasMessageContaining("/nowhere")
                .hasMessageContaining("./mvnw")
                .hasMessageContaining("-Detcts.native.path=");
    }

    @Test
    void missingResourceIsReportedAsNotOnTheClasspath() {
        FakeEnvironment env = new FakeEnvironment();
        assertThatThrownBy(() -> new NativeLibrary.Loader(env).load())
                .hasMessageContaining("libetcts_jni.so: not on the classpath");
    }

    @Test
    void aLibraryTheNativeBuildCouldNotBuildIsReportedWithTheRecordedReasonAndNotSearchedFurther() {
        FakeEnvironment env = new FakeEnvironment();
        env.nameLoadFails = false;
        env.resources.put("/org/etcts/executorch/native/linux-x86_64/jni-build-failure.txt",
                "the JNI library did not compile against the ExecuTorch build under test\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new NativeLibrary.Loader(env).load())
                .isInstanceOf(UnsatisfiedLinkError.class)
                .hasMessage("could not load the etcts JNI library libetcts_jni.so for linux-x86_64: "
                        + "the JNI library did not compile against the ExecuTorch build under test");
        // A library of another build on java.library.path must not stand in for the one that failed.
        assertThat(env.loadedNames).isEmpty();
    }

    @Test
    void platformNamesMatchTheBuildsResourceFolders() {
        assertThat(Platform.of("Linux", "amd64")).isEqualTo("linux-x86_64");
        assertThat(Platform.of("Linux", "aarch64")).isEqualTo("linux-aarch64");
        assertThat(Platform.of("Mac OS X", "aarch64")).isEqualTo("macos-aarch64");
        assertThat(Platform.of("Mac OS X", "x86_64")).isEqualTo("macos-x86_64");
        assertThat(NativeLibrary.resourcePath("linux-x86_64", "libetcts_jni.so"))
                .isEqualTo("/org/etcts/executorch/native/linux-x86_64/libetcts_jni.so");
    }

    @Test
    void theRealLibraryLoadsAndSaysFromWhere() {
        NativeLibrary.load();
        NativeLibrary.load();
        assertThat(NativeLibrary.loadedFrom()).isNotBlank();
        assertThat(NativeLibrary.loadedFile()).isRegularFile();
    }
}
