package org.etcts.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process run with or without a mutant preloaded: its exit, whether it was ended for running past
 * its time, how long it took, and its output (stdout and stderr together, kept in a file).
 *
 * @param exitCode the exit code (128 + n for a process ended by signal n), or -1 when it timed out
 * @param timedOut whether it ran past its time and was killed
 * @param seconds how long it ran
 * @param output where its output is
 */
public record ChildRun(int exitCode, boolean timedOut, double seconds, Path output) {

    /**
     * Runs a command to its end or its time limit. The preload is set for this process and everything it
     * starts, and for nothing else.
     *
     * @param command the command
     * @param workingDirectory where it runs
     * @param preload the library to preload, or null for none
     * @param limit the time limit
     * @param output where its output goes
     * @return how it ended
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static ChildRun run(List<String> command, Path workingDirectory, Path preload, Duration limit, Path output)
            throws IOException, InterruptedException {
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.remove("LD_PRELOAD");
        if (preload != null) {
            env.put("LD_PRELOAD", preload.toAbsolutePath().toString());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            // The whole tree: a hung suite has Maven, its forked JVMs and their children under it.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ChildRun(finished ? process.exitValue() : -1, !finished, seconds, output);
    }

    /** {@return the output's lines} */
    public List<String> lines() throws IOException {
        return Files.readAllLines(output);
    }
}
