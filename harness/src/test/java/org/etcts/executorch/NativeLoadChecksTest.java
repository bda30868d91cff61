package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library checks, when it loads, that it and the Java classes agree: on the natives it binds by table
 * (native/src/native_registration.h) and on the layouts of the arrays they pass each other
 * (native/src/native_layout.h, {@link NativeLayout}). Shown on the real library: a child JVM loads it with
 * stand-ins for {@link Runtime} and {@link NativeLayout} first on its classpath, generated from the real
 * classes. Unchanged, the library loads; with one native renamed, or one layout constant changed, as an edit
 * of the Java side alone would leave them, the load fails and names the difference.
 */
class NativeLoadChecksTest {

    private static final String RENAMED = "nativeVersion";

    @Test
    void theLibraryLoadsWhenTheClassesAgreeWithIt(@TempDir Path dir) throws Exception {
        Child child = loadWithStandIns(dir, runtimeStandIn(name -> name), layoutStandIn(name -> 0));
        assertThat(child.exitCode).as("child output: %s", child.output).isZero();
        assertThat(child.output).contains("loaded");
    }

    @Test
    void aRenamedNativeFailsTheLoadNamingTheClassAndTheMethod(@TempDir Path dir) throws Exception {
        Child child = loadWithStandIns(dir, runtimeStandIn(name -> name.equals(RENAMED) ? RENAMED + "Renamed" : name),
                layoutStandIn(name -> 0));
        assertThat(child.exitCode).as("child output: %s", child.output).isEqualTo(LoadInChild.LOAD_FAILED);
        assertThat(child.output)
                .contains("its native methods do not match the Java classes, so none were bound")
                .contains("org.etcts.executorch.Runtime.nativeVersion ()Ljava/lang/String;: the library's table"
                        + " provides it, but the class declares no method of that name and signature")
                .contains("org.etcts.executorch.Runtime.nativeVersionRenamed: the class declares it native, but no"
                        + " table of the library provides it")
                .doesNotContain("nativeRegisteredBackends");
    }

    @Test
    void aChangedLayoutConstantFailsTheLoadNamingTheConstant(@TempDir Path dir) throws Exception {
        Child child = loadWithStandIns(dir, runtimeStandIn(name -> name),
                layoutStandIn(name -> name.equals("TENSOR_RANK") ? 1 : 0));
        assertThat(child.exitCode).as("child output: %s", child.output).isEqualTo(LoadInChild.LOAD_FAILED);
        assertThat(child.output)
                .contains("its array layouts differ from the Java binding's")
                .contains("TENSOR_RANK: native_layout.h says " + NativeLayout.TENSOR_RANK + ", NativeLayout.java says "
                        + (NativeLayout.TENSOR_RANK + 1))
                .doesNotContain("TENSOR_DATA_TYPE");
    }

    /** Loads the binding's library, as a child JVM's main class. */
    static final class LoadInChild {
        static final int LOAD_FAILED = 3;

        public static void main(String[] args) {
            try {
                NativeLibrary.load();
                System.out.println("loaded");
            } catch (UnsatisfiedLinkError e) {
                System.out.println(e.getMessage());
                System.exit(LOAD_FAILED);
            }
        }
    }

    private record Child(int exitCode, String output) {
    }

    private static Child loadWithStandIns(Path dir, String... sources)
            throws IOException, InterruptedException, URISyntaxException {
        NativeLibrary.load();
        Path library = NativeLibrary.loadedFile();
        assertThat(library).as("the library was loaded from a file the child can load too").isNotNull();
        Path classes = compile(dir, sources);
        List<String> command = new ArrayList<>(javaLauncher());
        command.add("-D" + NativeLibrary.PATH_PROPERTY + "=" + library);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classes.toString(), location(NativeLibrary.class),
                location(LoadInChild.class)));
        command.add(LoadInChild.class.getName());
        Path output = dir.resolve("child-output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 5 minutes: " + command);
        }
        return new Child(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** The source of a class named org.etcts.executorch.Runtime declaring the real class's natives, renamed as asked. */
    private static String runtimeStandIn(UnaryOperator<String> rename) {
        StringBuilder source = new StringBuilder("package org.etcts.executorch;\nfinal class Runtime {\n");
        Method[] natives = Arrays.stream(Runtime.class.getDeclaredMethods())
                .filter(method -> Modifier.isNative(method.getModifiers())).toArray(Method[]::new);
        assertThat(natives).extracting(Method::getName).contains(RENAMED);
        for (Method method : natives) {
            source.append("    private ").append(Modifier.isStatic(method.getModifiers()) ? "static " : "")
                    .append("native ").append(method.getReturnType().getTypeName()).append(' ')
                    .append(rename.apply(method.getName())).append('(');
            Class<?>[] parameters = method.getParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                source.append(i == 0 ? "" : ", ").append(parameters[i].getTypeName()).append(" p").append(i);
            }
            source.append(");\n");
        }
        return source.append("}\n").toString();
    }

    /** The source of a class named org.etcts.executorch.NativeLayout with the real constants, shifted as asked. */
    private static String layoutStandIn(ToIntFunction<String> shift) throws IllegalAccessException {
        StringBuilder source = new StringBuilder("package org.etcts.executorch;\nfinal class NativeLayout {\n");
        for (Field field : NativeLayout.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                source.append("    static final int ").append(field.getName()).append(" = ")
                        .append(field.getInt(null) + shift.applyAsInt(field.getName())).append(";\n");
            }
        }
        return source.append("}\n").toString();
    }

    private static Path compile(Path dir, String... sources) throws IOException {
        Path sourceDir = Files.createDirectories(dir.resolve("src/org/etcts/executorch"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
        for (String source : sources) {
            String name = source.substring(source.indexOf("final class ") + 12, source.indexOf(" {"));
            arguments.add(Files.writeString(sourceDir.resolve(name + ".java"), source).toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK's compiler (the tests run on a JDK)").isNotNull();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("compiling the stand-ins: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** The command that starts a JVM like this one: the platform's launcher when one is configured. */
    private static List<String> javaLauncher() {
        String configured = System.getProperty("etcts.jvm.launcher", "").trim();
        if (configured.isEmpty()) {
            configured = System.getenv().getOrDefault("ETCTS_JVM_LAUNCHER", "").trim();
        }
        if (!configured.isEmpty()) {
            return Arrays.asList(configured.split("\\s+"));
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
