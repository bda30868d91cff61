package org.etcts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A side run as a program of its own (the C++ driver, the Python driver): one process per measurement, given
 * the benchmark and the settings, printing {@code {"benchmark": NAME, "nsPerOp": [...]}} as its last line.
 */
final class DriverSide {

    private static final long TIMEOUT_MINUTES = 20;

    private final List<String> command;
    private final String fixtures;
    private final Settings settings;
    private final Path log;

    /**
     * @param command the program and its leading arguments
     * @param fixtures the fixtures folder
     * @param settings iterations and their length
     * @param log where the program's standard error (the runtime's log lines) is appended
     */
    DriverSide(List<String> command, String fixtures, Settings settings, Path log) {
        this.command = command;
        this.fixtures = fixtures;
        this.settings = settings;
        this.log = log;
    }

    /** {@return the nanoseconds per operation of each measured iteration} */
    List<Double> measure(Benchmarks.Benchmark benchmark) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--fixtures", fixtures, "--benchmark", benchmark.name(),
                "--warmups", Integer.toString(settings.warmups()),
                "--iterations", Integer.toString(settings.iterations()),
                "--iteration-millis", Integer.toString(settings.iterationMillis())));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(args)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", args) + " ran longer than " + TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", args) + " exited with " + process.exitValue() + "; its stderr is in "
                    + log);
        }
        String last = out.strip();
        last = last.substring(last.lastIndexOf('\n') + 1);
        JsonNode result = new ObjectMapper().readTree(last);
        List<Double> figures = new ArrayList<>();
        result.get("nsPerOp").forEach(node -> figures.add(node.asDouble()));
        return figures;
    }
}
