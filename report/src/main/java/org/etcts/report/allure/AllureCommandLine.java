package org.etcts.report.allure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Allure 2's report generator (the {@code allure-commandline} distribution the build unpacked) in a
 * child JVM: {@code allure generate --clean -o <report> <results>...}. Given several results folders (the runs
 * of several shards and platforms), Allure reads them all into one report.
 */
public final class AllureCommandLine {

    private static final long TIMEOUT_MINUTES = 5;

    private final Path home;

    /** A generator run from the unpacked distribution at {@code home} (its {@code lib/} and {@code plugins/}). */
    public AllureCommandLine(Path home) {
        this.home = home;
    }

    /**
     * Generates the HTML report.
     *
     * @return the generator's output
     * @throws IllegalStateException when the distribution is missing or the generator fails
     */
    public String generate(Path results, Path report) throws IOException, InterruptedException {
        return generate(List.of(results), report);
    }

    /**
     * Generates one HTML report of several results folders.
     *
     * @return the generator's output
     * @throws IllegalStateException when the distribution is missing or the generator fails
     */
    public String generate(List<Path> results, Path report) throws IOException, InterruptedException {
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new IllegalStateException("No Allure command line at " + home
                    + ": the conformance profile unpacks io.qameta.allure:allure-commandline there (run through ./mvnw -Pconformance).");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // One short batch job: the C1 compiler and the serial collector halve its CPU time (measured: 4.3 s
        // instead of 9.0 s for a conformance run's results), as the optimising compiler's threads never pay off.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-classpath");
        command.add(home.resolve("lib") + "/*" + java.io.File.pathSeparator + home.resolve("lib").resolve("config"));
        command.add("io.qameta.allure.CommandLine");
        command.add("generate");
        command.add("--clean");
        command.add("--output");
        command.add(report.toString());
        results.forEach(folder -> command.add(folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The generator finds its plugins and configuration through APP_HOME, as its launcher script sets it.
        builder.environment().put("APP_HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Allure did not finish generating within " + TIMEOUT_MINUTES + " minutes:\n" + output);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
            throw new IllegalStateException("Allure failed to generate " + report + " (exit " + process.exitValue() + "):\n" + output);
        }
        return output.strip();
    }
}
