package org.etcts.report.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, one page load per call, each with a new empty profile and with everything
 * that would reach out to the network on its own switched off.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 120;
    /** Virtual time the page gets to load its data and render (the Allure app fetches JSON and animates its charts). */
    private static final String VIRTUAL_TIME_BUDGET_MS = "15000";

    private final Path binary;

    HeadlessChromium(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("No Chromium at " + binary + ": the conformance build installs Debian's chromium "
                    + "(report/scripts/ensure-chromium.sh); as root run: apt-get update && apt-get install -y chromium");
        }
        this.binary = binary;
    }

    /** The DOM of the page once it has loaded and rendered. */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    /** Saves a PNG screenshot of the page, {@code width} by {@code height} pixels. */
    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars", url));
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IllegalStateException("Chromium wrote no screenshot to " + png);
        }
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("etcts-chromium-profile");
        Path stdout = Files.createTempFile("etcts-chromium", ".out");
        Path stderr = Files.createTempFile("etcts-chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(binary.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MS));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(stderr));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": " + tail(stderr));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // A profile file Chromium still held open; the temporary folder is left to the system.
            }
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
