package org.etcts.steps.isolation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command that starts a JVM of the suite, the one way every child JVM is launched.
 *
 * <p>By default it is this JVM's own {@code <java.home>/bin/java}. The system property
 * {@value #PROPERTY} replaces it with a space-separated command prefix, for a platform the host is not:
 * {@code -Detcts.platform=linux-aarch64} on an x86_64 host sets it to
 * {@code qemu-aarch64-static /usr/lib/jvm/java-17-openjdk-arm64/bin/java}, so children run as the aarch64
 * JDK under qemu-user invoked explicitly (there, {@code java.home} names the aarch64 JDK, which the host
 * cannot execute by itself). The property is an {@code etcts.*} one, so children inherit it and launch
 * their own children the same way.
 */
public final class JvmLauncher {

    /** The system property holding the launcher prefix. */
    public static final String PROPERTY = "etcts.jvm.launcher";

    private JvmLauncher() {
    }

    /** {@return the command prefix that starts a JVM: the launcher property's words, else this JVM's java} */
    public static List<String> command() {
        return command(System.getProperty(PROPERTY), System.getProperty("java.home"));
    }

    /**
     * The command prefix for a launcher property value and a {@code java.home}.
     *
     * @param launcher the property's value, or {@code null}/blank for none
     * @param javaHome this JVM's {@code java.home}
     * @return the words of the command prefix
     */
    static List<String> command(String launcher, String javaHome) {
        if (launcher == null || launcher.isBlank()) {
            return List.of(Path.of(javaHome, "bin", "java").toString());
        }
        return Arrays.stream(launcher.strip().split("\\s+")).toList();
    }
}
