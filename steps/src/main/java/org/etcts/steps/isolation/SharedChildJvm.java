package org.etcts.steps.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM per library variant, kept for the life of this JVM, that runs the isolated cases of every
 * scenario one after another (docs/design.md §5): a JVM start per probe would cost more than the probes.
 * Crash isolation stays per case:
 * <ul>
 *   <li>a case whose child dies is a {@link CaseOutcome.Status#CRASH} of that case alone, and the next case
 *       gets a fresh child;</li>
 *   <li>when the child that died had run other cases before, the case runs again alone in a fresh child
 *       ({@link ChildJvm}), and that run is its verdict: a crash an earlier case caused is not blamed on it;</li>
 *   <li>a case that runs past its time limit is a CRASH that says it timed out; its child is killed.</li>
 * </ul>
 * Work that is expected to take its process down (damaged programs), or that needs a process of its own
 * (the first use of something process-wide), runs in a {@link ChildJvm} instead.
 *
 * <p>The variant is the set of system properties the child starts with, e.g. {@code etcts.native.path} for
 * a linkage variant of the JNI library (they must be set before the library loads); properties that only a
 * case reads (a fixtures folder) are set for that case alone.
 */
public final class SharedChildJvm {

    private static final Map<Map<String, String>, SharedChildJvm> CHILDREN = new ConcurrentHashMap<>();

    private final Map<String, String> variant;
    private Running running;

    /** A started child: its process, requests, output lines, stderr file, and how many cases it ran. */
    private static final class Running {
        final Process process;
        final Writer requests;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Path stderr;
        int casesRun;

        Running(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            this.requests = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // The child died; the end of its output says so below.
                }
                lines.add(EXITED);
            }, "etcts-shared-child-output");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Put on a child's line queue after its last output line. */
    private static final String EXITED = "@@etcts-child-exited";

    private SharedChildJvm(Map<String, String> variant) {
        this.variant = variant;
    }

    /**
     * The shared child of the default JNI library.
     *
     * @return the child (started at its first case)
     */
    public static SharedChildJvm ofDefaultLibrary() {
        return ofVariant(Map.of());
    }

    /**
     * The shared child of a library variant.
     *
     * @param properties the system properties the child starts with, over this JVM's {@code etcts.*} ones
     * @return the child (started at its first case)
     */
    public static SharedChildJvm ofVariant(Map<String, String> properties) {
        return CHILDREN.computeIfAbsent(Map.copyOf(properties), SharedChildJvm::new);
    }

    /**
     * Runs one case.
     *
     * @param task the task class (with a public no-argument constructor)
     * @param caseId the case
     * @param limit how long the case may run (multiplied by {@value ChildJvm#TIMEOUT_SCALE_PROPERTY} when that is set)
     * @return its outcome; {@link CaseOutcome#childStderr()} holds what the child wrote on stderr during the case
     */
    public CaseOutcome run(Class<? extends IsolatedTask> task, String caseId, Duration limit) {
        return run(task, caseId, limit, Map.of());
    }

    /**
     * Runs one case with system properties set while it runs.
     *
     * @param task the task class (with a public no-argument constructor)
     * @param caseId the case
     * @param limit how long the case may run (multiplied by {@value ChildJvm#TIMEOUT_SCALE_PROPERTY} when that is set)
     * @param caseProperties system properties set in the child for this case only
     * @return its outcome
     */
    public synchronized CaseOutcome run(Class<? extends IsolatedTask> task, String caseId, Duration limit, Map<String, String> caseProperties) {
        Duration scaled = limit.multipliedBy(ChildJvm.timeoutScale());
        try {
            if (running == null || !running.process.isAlive()) {
                running = start();
            }
            Running child = running;
            long stderrFrom = Files.size(child.stderr);
            child.requests.write(ChildProtocol.request(new ChildProtocol.Request(task.getName(), caseId, caseProperties)) + "\n");
            child.requests.flush();
            child.casesRun++;
            long deadline = System.nanoTime() + scaled.toNanos();
            boolean started = false;
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : child.lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    stop(child);
                    String errors = stderrSince(child.stderr, stderrFrom);
                    return new CaseOutcome(caseId, CaseOutcome.Status.CRASH, "timed out after " + scaled.toSeconds()
                            + " s: the shared child JVM was killed\n--- stderr tail ---\n" + ChildJvm.tail(errors), errors);
                }
                if (line.startsWith(ChildProtocol.START)) {
                    started = true;
                } else if (line.startsWith(ChildProtocol.END)) {
                    String[] parts = line.substring(ChildProtocol.END.length()).split(" ", 3);
                    String message = parts.length > 2 ? ChildProtocol.decode(parts[2].trim()) : "";
                    return new CaseOutcome(caseId, CaseOutcome.Status.valueOf(parts[1]), message, stderrSince(child.stderr, stderrFrom));
                } else if (line.equals(EXITED)) {
                    return died(child, task, caseId, limit, caseProperties, started, stderrFrom);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + task.getName() + " " + caseId + " in a shared child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a shared child JVM ran " + task.getName() + " " + caseId, e);
        }
    }

    /** The child died during the case: a crash of the case, judged alone when the child had run others first. */
    private CaseOutcome died(Running child, Class<? extends IsolatedTask> task, String caseId, Duration limit,
            Map<String, String> caseProperties, boolean started, long stderrFrom) throws IOException, InterruptedException {
        child.process.waitFor();
        running = null;
        if (child.casesRun > 1) {
            Map<String, String> properties = new TreeMap<>(variant);
            properties.putAll(caseProperties);
            return new ChildJvm(limit).runAll(task, List.of(caseId), properties).get(caseId);
        }
        String errors = stderrSince(child.stderr, stderrFrom);
        Path errorFile = Path.of(child.stderr + ".hs_err");
        String banner = Files.exists(errorFile) ? ChildJvm.crashHeader(Files.readAllLines(errorFile, StandardCharsets.UTF_8)) : "";
        String what = started ? "the child JVM died running this case: " : "the child JVM died before it started this case: ";
        return new CaseOutcome(caseId, CaseOutcome.Status.CRASH, what + ChildJvm.signalOf(child.process.exitValue(), banner + "\n" + errors)
                + "\n--- crash report ---\n" + banner.strip() + "\n--- stderr tail ---\n" + ChildJvm.tail(errors), errors);
    }

    private Running start() throws IOException {
        Path stderr = Files.createTempFile("etcts-shared-child-", ".err");
        stderr.toFile().deleteOnExit();
        Path.of(stderr + ".hs_err").toFile().deleteOnExit();
        List<String> command = ChildJvm.childMain(variant, stderr);
        command.add(ChildMain.SERVE);
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new Running(process, stderr);
    }

    private void stop(Running child) throws InterruptedException {
        child.process.descendants().forEach(ProcessHandle::destroyForcibly);
        child.process.destroyForcibly().waitFor();
        running = null;
    }

    /** What the child wrote on stderr from a position on. */
    private static String stderrSince(Path stderr, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(stderr.toFile(), "r")) {
            long length = file.length();
            if (length <= from) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - from, 4 << 20)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
