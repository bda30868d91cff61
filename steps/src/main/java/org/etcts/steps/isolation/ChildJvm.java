package org.etcts.steps.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etcts.results.JvmLauncher;

/**
 * Runs the cases of an {@link IsolatedTask} in child JVMs, so that a runtime crash costs only the case
 * that caused it (docs/design.md §5). The children share this JVM's class path and {@code etcts.*}
 * system properties. When a child dies, the running case is recorded as CRASH with the signal and
 * the tail of the child's stderr, and a new child carries on with the remaining cases.
 *
 * <p>Two limits are optional, for work whose input is untrusted (malformed programs): a per-case time
 * limit ({@link #withCaseTimeout}), past which the child is killed and the running case recorded as
 * {@link CaseOutcome.Status#HANG}, and a cap on the memory the child may map ({@link #withDataLimit}), so
 * that a program planning a buffer of gigabytes fails its allocation instead of exhausting the machine.
 */
public final class ChildJvm {

    private static final int STDERR_TAIL_LINES = 25;
    private static final Pattern JVM_SIGNAL = Pattern.compile("#\\s+(SIG[A-Z]+) \\(0x[0-9a-f]+\\)");

    private static final long POLL_MILLIS = 50;

    private final Duration timeout;
    private final Duration caseTimeout;
    private final long dataLimitBytes;

    /** The system property with a factor on every child's time budget (emulated platforms are slower). */
    public static final String TIMEOUT_SCALE_PROPERTY = "etcts.timeout.scale";

    /**
     * Creates a runner.
     *
     * @param timeout how long one child may run before it is killed and its running case counted as a crash,
     *     multiplied by {@value #TIMEOUT_SCALE_PROPERTY} when that is set
     */
    public ChildJvm(Duration timeout) {
        this(timeout.multipliedBy(timeoutScale()), null, 0);
    }

    /** {@return the factor {@value #TIMEOUT_SCALE_PROPERTY} puts on time budgets, 1 when it is not set} */
    public static long timeoutScale() {
        String value = System.getProperty(TIMEOUT_SCALE_PROPERTY, "").trim();
        try {
            return value.isEmpty() ? 1 : Math.max(1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + TIMEOUT_SCALE_PROPERTY + "=" + value + " is not a whole number: give the factor"
                    + " on child JVM time budgets, e.g. -D" + TIMEOUT_SCALE_PROPERTY + "=10", e);
        }
    }

    private ChildJvm(Duration timeout, Duration caseTimeout, long dataLimitBytes) {
        this.timeout = timeout;
        this.caseTimeout = caseTimeout;
        this.dataLimitBytes = dataLimitBytes;
    }

    /**
     * A runner that also limits each case: a case running longer is a hang, its child is killed, and
     * the next child carries on with the cases after it.
     *
     * @param limit how long one case may run (multiplied by {@value #TIMEOUT_SCALE_PROPERTY} when that is set)
     * @return a runner with that per-case limit
     */
    public ChildJvm withCaseTimeout(Duration limit) {
        return new ChildJvm(timeout, limit.multipliedBy(timeoutScale()), dataLimitBytes);
    }

    /**
     * A runner whose children may map at most this much writable memory ({@code RLIMIT_DATA}, set by
     * {@code ulimit -d} in a {@code /bin/sh} wrapper before the JVM starts). The JVM's reserved but
     * uncommitted heap does not count against it, but every allocation of the runtime does.
     *
     * @param bytes the limit, at least 256 MiB so that the JVM itself starts
     * @return a runner with that limit
     */
    public ChildJvm withDataLimit(long bytes) {
        if (bytes < 256L << 20) {
            throw new IllegalArgumentException("a child JVM needs a data limit of at least 256 MiB, not " + bytes + " bytes");
        }
        return new ChildJvm(timeout, caseTimeout, bytes);
    }

    /**
     * Runs every case, in order, restarting a child after each crash.
     *
     * @param task the task class (with a public no-argument constructor)
     * @param caseIds the cases to run
     * @return one outcome per case, in the order given
     */
    public Map<String, CaseOutcome> runAll(Class<? extends IsolatedTask> task, List<String> caseIds) {
        return runAll(task, caseIds, Map.of());
    }

    /**
     * Runs every case, in order, restarting a child after each crash, with extra system properties in the
     * children (for example {@code etcts.native.path} to run them on a linkage variant of the JNI library).
     *
     * @param task the task class (with a public no-argument constructor)
     * @param caseIds the cases to run
     * @param properties system properties set in each child, over this JVM's {@code etcts.*} ones
     * @return one outcome per case, in the order given
     */
    public Map<String, CaseOutcome> runAll(Class<? extends IsolatedTask> task, List<String> caseIds, Map<String, String> properties) {
        Map<String, CaseOutcome> outcomes = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>(caseIds);
        while (!remaining.isEmpty()) {
            runChild(task, remaining, properties, outcomes);
            remaining.removeIf(outcomes::containsKey);
        }
        return outcomes;
    }

    private void runChild(Class<? extends IsolatedTask> task, List<String> caseIds, Map<String, String> properties,
            Map<String, CaseOutcome> outcomes) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("etcts-child-", ".out");
            stderr = Files.createTempFile("etcts-child-", ".err");
            List<String> command = limited(command(task, caseIds, properties, stderr));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            Watch watch = watch(process, stdout);
            boolean finished = watch.exited;
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            List<String> stdoutLines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            String errors = Files.readString(stderr, StandardCharsets.UTF_8);
            String started = readProtocol(stdoutLines, errors, outcomes);
            if (started != null && watch.hungCase != null && watch.hungCase.equals(started)) {
                outcomes.put(started, new CaseOutcome(started, CaseOutcome.Status.HANG,
                        "the case ran longer than " + caseTimeout.toMillis() + " ms: the child JVM was killed\n--- stderr tail ---\n"
                                + tail(errors), errors));
            } else if (started != null) {
                // The JVM prints its crash banner on stdout and the details to the error file.
                Path errorFile = Path.of(stderr + ".hs_err");
                String banner = crashHeader(Files.exists(errorFile) ? Files.readAllLines(errorFile, StandardCharsets.UTF_8)
                        : stdoutLines.stream().filter(l -> !l.startsWith("@@etcts-")).toList());
                String cause = finished ? signalOf(process.exitValue(), banner + "\n" + errors)
                        : "timeout after " + timeout.toSeconds() + " s (killed)";
                outcomes.put(started, new CaseOutcome(started, CaseOutcome.Status.CRASH,
                        "the child JVM died running this case: " + cause + "\n--- crash report ---\n" + banner.strip()
                                + "\n--- stderr tail ---\n" + tail(errors), errors));
            } else if (caseIds.stream().noneMatch(outcomes::containsKey)) {
                // The child died before its first case (class path, JVM options): every case is lost.
                for (String caseId : caseIds) {
                    outcomes.put(caseId, new CaseOutcome(caseId, CaseOutcome.Status.CRASH,
                            "the child JVM failed before running any case (exit " + process.exitValue() + ")\n" + tail(errors), errors));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a child JVM for " + task.getName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a child JVM ran " + task.getName(), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** How the wait for a child ended: it exited, or it was still running at the deadline or in a hung case. */
    private record Watch(boolean exited, String hungCase) {
    }

    /**
     * Waits for the child, following its protocol lines as they come so that a case running past the
     * per-case limit is caught while the child still runs.
     */
    private Watch watch(Process process, Path stdout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (caseTimeout == null) {
            return new Watch(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
        }
        long read = 0;
        String running = null;
        long runningSince = 0;
        StringBuilder partial = new StringBuilder();
        while (true) {
            boolean exited = process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
            byte[] all = Files.readAllBytes(stdout);
            if (all.length > read) {
                partial.append(new String(all, (int) read, (int) (all.length - read), StandardCharsets.UTF_8));
                read = all.length;
                int newline;
                while ((newline = partial.indexOf("\n")) >= 0) {
                    String line = partial.substring(0, newline);
                    partial.delete(0, newline + 1);
                    if (line.startsWith(ChildProtocol.START)) {
                        running = line;
                        runningSince = System.nanoTime();
                    } else if (line.startsWith(ChildProtocol.END)) {
                        running = null;
                    }
                }
            }
            if (exited) {
                return new Watch(true, null);
            }
            long now = System.nanoTime();
            if (running != null && now - runningSince > caseTimeout.toNanos()) {
                return new Watch(false, ChildProtocol.decode(running.substring(ChildProtocol.START.length()).trim()));
            }
            if (now > deadline) {
                return new Watch(false, null);
            }
        }
    }

    /** The command, run under {@code ulimit -d} when a data limit is set. */
    private List<String> limited(List<String> command) {
        if (dataLimitBytes == 0) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add("/bin/sh");
        wrapped.add("-c");
        // "$0" "$@" is the JVM command, passed as arguments so that nothing in it is parsed by the shell.
        wrapped.add("ulimit -d " + (dataLimitBytes >> 10) + " && exec \"$0\" \"$@\"");
        wrapped.addAll(command);
        return wrapped;
    }

    private static List<String> command(Class<? extends IsolatedTask> task, List<String> caseIds, Map<String, String> properties,
            Path stderr) {
        List<String> command = childMain(properties, stderr);
        command.add(task.getName());
        command.addAll(caseIds);
        return command;
    }

    /**
     * The command of a child JVM up to {@link ChildMain}'s arguments: this JVM's class path and {@code etcts.*}
     * system properties with {@code properties} over them, its crash report next to {@code stderr}.
     */
    static List<String> childMain(Map<String, String> properties, Path stderr) {
        List<String> command = new ArrayList<>();
        command.addAll(JvmLauncher.command());
        command.add("-Xmx512m");
        command.addAll(WorkerJvm.SHORT_LIVED);
        command.add("-XX:-CreateCoredumpOnCrash");
        // The JVM's crash report goes next to the captured stderr, not into the working directory.
        command.add("-XX:ErrorFile=" + stderr + ".hs_err");
        Map<String, String> inherited = new java.util.TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("etcts."))
                .forEach(name -> inherited.put(name, System.getProperty(name)));
        inherited.putAll(properties);
        inherited.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(classPath());
        command.add(ChildMain.class.getName());
        return command;
    }

    /**
     * This JVM's class path. Under Surefire, {@code java.class.path} names only its booter jar; the test
     * class path is in {@code surefire.test.class.path}.
     */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Records every finished case and returns the one that started but never ended, if any. */
    private static String readProtocol(List<String> lines, String stderr, Map<String, CaseOutcome> outcomes) {
        String running = null;
        for (String line : lines) {
            if (line.startsWith(ChildProtocol.START)) {
                running = ChildProtocol.decode(line.substring(ChildProtocol.START.length()).trim());
            } else if (line.startsWith(ChildProtocol.END)) {
                String[] parts = line.substring(ChildProtocol.END.length()).split(" ", 3);
                String caseId = ChildProtocol.decode(parts[0]);
                String message = parts.length > 2 ? ChildProtocol.decode(parts[2].trim()) : "";
                outcomes.put(caseId, new CaseOutcome(caseId, CaseOutcome.Status.valueOf(parts[1]), message, stderr));
                running = null;
            }
        }
        return running;
    }

    /** The signal that ended the child: from the JVM's crash banner, else from a shell-style exit code. */
    static String signalOf(int exitCode, String stderr) {
        Matcher banner = JVM_SIGNAL.matcher(stderr);
        if (banner.find()) {
            return banner.group(1) + " (exit code " + exitCode + ")";
        }
        if (exitCode > 128) {
            return signalName(exitCode - 128) + " (exit code " + exitCode + ")";
        }
        return "exit code " + exitCode;
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 4 -> "SIGILL";
            case 6 -> "SIGABRT";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            default -> "signal " + signal;
        };
    }

    /** The signal, problematic frame and native stack of a JVM error file. */
    static String crashHeader(List<String> errorFile) {
        List<String> kept = new ArrayList<>();
        boolean inNativeFrames = false;
        for (String line : errorFile) {
            if (line.startsWith("Native frames:")) {
                inNativeFrames = true;
            } else if (inNativeFrames && line.isBlank()) {
                inNativeFrames = false;
            }
            if ((line.startsWith("#") && line.contains("SIG")) || line.startsWith("# C ") || line.startsWith("# Problematic")
                    || (inNativeFrames && kept.size() < 30)) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    static String tail(String text) {
        String[] lines = text.strip().split("\n");
        int from = Math.max(0, lines.length - STDERR_TAIL_LINES);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".hs_err"));
        } catch (IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }
}
