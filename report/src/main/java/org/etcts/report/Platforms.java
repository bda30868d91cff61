package org.etcts.report;

import java.util.Locale;

/** The platform names etcts uses for must-pass lists and golden outputs: {@code linux-x86_64}, {@code macos-arm64}, ... */
public final class Platforms {

    private Platforms() {
    }

    /** The platform this JVM runs on. */
    public static String current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform name of an {@code os.name} and {@code os.arch}. */
    public static String of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            os = "linux";
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            os = "macos";
        } else {
            os = os.replaceAll("[^a-z0-9]", "");
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        };
        return os + "-" + arch;
    }
}
