package org.etcts.steps.golden;

import java.util.Locale;

/** The platform name golden outputs are kept under: operating system and architecture, e.g. {@code linux-x86_64}. */
public final class Platform {

    private Platform() {
    }

    /** This JVM's platform. */
    public static String current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        os = os.startsWith("mac") ? "macos" : os.startsWith("windows") ? "windows" : os.replaceAll("[^a-z0-9]", "");
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        arch = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch.replaceAll("[^a-z0-9_]", "");
        };
        return os + "-" + arch;
    }
}
