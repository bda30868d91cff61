package org.etcts.results;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command that starts every JVM of a run, {@value #PROPERTY}: the suite starts its worker and child JVMs
 * with it, and the report names it as the JDK that ran a platform's suite (another platform's {@code java}
 * under an emulator, for example).
 */
public final class JvmLauncher {

    /**
     * The system property holding the command that starts a JVM, as words separated by spaces (for example
     * an emulator followed by another platform's {@code java}); by default this JVM's own {@code java}.
     */
    public static final String PROPERTY = "etcts.jvm.launcher";

    private JvmLauncher() {
    }

    /** The words that start a JVM: {@value #PROPERTY}, else {@code <java.home>/bin/java}. */
    public static List<String> command() {
        String configured = System.getProperty(PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            return Arrays.asList(configured.split("\\s+"));
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
