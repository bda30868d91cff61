package org.etcts.executorch;

import java.util.Locale;

/**
 * The name etcts gives a platform: operating system and architecture, e.g. {@code linux-x86_64} or
 * {@code macos-aarch64}. It names the JNI library's resource folder in the native jar, the golden outputs
 * of a platform ({@code fixtures/golden/<platform>/}) and its must-pass list ({@code mustpass/<platform>.txt}),
 * so all of them are found under the same name.
 */
public final class Platform {

    private Platform() {
    }

    /** {@return this JVM's platform, from {@code os.name} and {@code os.arch}} */
    public static String current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /**
     * The platform name of an operating system and architecture as the JVM reports them.
     *
     * @param osName the value of {@code os.name}, e.g. {@code Linux} or {@code Mac OS X}
     * @param osArch the value of {@code os.arch}, e.g. {@code amd64} or {@code aarch64}
     * @return e.g. {@code linux-x86_64}; {@code arm64} and {@code aarch64} are both {@code aarch64}
     */
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
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        };
        return os + "-" + arch;
    }
}
