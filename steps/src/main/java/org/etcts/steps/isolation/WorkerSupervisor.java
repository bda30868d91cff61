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
import java.util.function.Consumer;

/**
 * Runs a list of items (scenarios, test classes) in worker JVMs so that nothing the build under test does
 * costs more than the item that did it (docs/design.md §5 and §9). A worker runs the items in
 * order and reports each through its {@link WorkerEvents} file. When it dies, the running item ends
 * {@link WorkerOutcome.Ending#CRASHED} with the signal, the native frames and the worker's output tail;
 * when an item runs past its budget, the worker (with everything it started) is killed and the item ends
 * {@link WorkerOutcome.Ending#TIMED_OUT}. Either way a fresh worker carries on with the items left, so
 * every item gets an outcome, as deqp-runner does for the Vulkan CTS.
 */
public final class WorkerSupervisor {

    private static final long POLL_MILLIS = 50;

    private final WorkerCommand command;
    private final Duration itemBudget;
    private final Duration startBudget;
    private final Consumer<String> log;

    /**
     * Creates a supervisor.
     *
     * @param command how to start a worker for a list of items
     * @param itemBudget how long one item may run before its worker is killed
     * @param startBudget how long a fresh worker may take to start its first item (JVM start, discovery)
     * @param log where the workers' output goes once each worker has ended, line by line
     */
    public WorkerSupervisor(WorkerCommand command, Duration itemBudget, Duration startBudget, Consumer<String> log) {
        this.command = command;
        this.itemBudget = itemBudget;
        this.startBudget = startBudget;
        this.log = log;
    }

    /**
     * Runs every item, restarting a worker after each death, until every item has an outcome.
     *
     * @param items the items, in the order to run them
     * @return one outcome per item, in the order given
     */
    public Map<String, WorkerOutcome> runAll(List<String> items) {
        Map<String, WorkerOutcome> outcomes = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>(items);
        int worker = 0;
        while (!remaining.isEmpty()) {
            runWorker(++worker, remaining, outcomes);
            remaining.removeIf(outcomes::containsKey);
        }
        Map<String, WorkerOutcome> ordered = new LinkedHashMap<>();
        items.forEach(item -> ordered.put(item, outcomes.get(item)));
        return ordered;
    }

    private void runWorker(int number, List<String> items, Map<String, WorkerOutcome> outcomes) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("etcts-worker-");
            Path events = dir.resolve("events");
            Path output = dir.resolve("output.log");
            Path errorFile = dir.resolve("hs_err.log");
            Path itemsFile = dir.resolve("items");
            Files.write(itemsFile, items, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command.command(itemsFile, events, errorFile))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            Watch watch = watch(process, new WorkerEvents.Reader(events), outcomes);
            List<String> outputLines = readLines(output);
            outputLines.forEach(log);
            settle(number, items, outcomes, watch, process, outputLines, errorFile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run a worker JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a worker JVM ran", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** What the watch of one worker saw. */
    private record Watch(String running, String lastStep, boolean killed, Duration killedAfter, boolean started) {
    }

    private Watch watch(Process process, WorkerEvents.Reader reader, Map<String, WorkerOutcome> outcomes)
            throws IOException, InterruptedException {
        String running = null;
        String lastStep = null;
        boolean started = false;
        long since = System.nanoTime();
        while (true) {
            boolean exited = process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            for (WorkerEvents.Event event : reader.poll()) {
                switch (event.kind()) {
                    case START -> {
                        running = event.item();
                        lastStep = null;
                        started = true;
                        since = System.nanoTime();
                    }
                    case STEP -> lastStep = event.text();
                    case END -> {
                        outcomes.put(event.item(), new WorkerOutcome(event.item(), WorkerOutcome.Ending.FINISHED, event.text(), "", ""));
                        running = null;
                        since = System.nanoTime();
                    }
                }
            }
            if (exited) {
                return new Watch(running, lastStep, false, null, started);
            }
            Duration budget = running != null ? itemBudget : started ? itemBudget : startBudget;
            Duration elapsed = Duration.ofNanos(System.nanoTime() - since);
            if (elapsed.compareTo(budget) > 0) {
                kill(process);
                return new Watch(running, lastStep, true, budget, started);
            }
        }
    }

    /** Gives the items the worker did not finish their outcomes. */
    private void settle(int number, List<String> items, Map<String, WorkerOutcome> outcomes, Watch watch, Process process,
            List<String> outputLines, Path errorFile) throws IOException {
        String tail = ChildJvm.tail(String.join("\n", outputLines));
        String frames = Files.exists(errorFile) ? ChildJvm.crashHeader(Files.readAllLines(errorFile, StandardCharsets.UTF_8)).strip() : "";
        String during = watch.lastStep() == null ? "" : "\nwhile: " + watch.lastStep();
        if (watch.killed()) {
            String what = "timed out after " + watch.killedAfter().toSeconds() + " s: worker JVM " + number + " was killed" + during;
            if (watch.running() != null) {
                outcomes.put(watch.running(), lost(watch.running(), WorkerOutcome.Ending.TIMED_OUT, what, frames, tail, watch.lastStep()));
            } else {
                // Stuck between items (before the first, or after the last it reported): the next item is lost.
                String next = items.stream().filter(item -> !outcomes.containsKey(item)).findFirst().orElse(null);
                if (next != null) {
                    outcomes.put(next, lost(next, WorkerOutcome.Ending.TIMED_OUT,
                            what + " before it started this item", frames, tail, null));
                }
            }
            return;
        }
        int exit = process.exitValue();
        if (watch.running() != null) {
            String signal = ChildJvm.signalOf(exit, frames + "\n" + tail);
            outcomes.put(watch.running(), lost(watch.running(), WorkerOutcome.Ending.CRASHED,
                    "worker JVM " + number + " died running this item: " + signal + during, frames, tail, watch.lastStep()));
        } else if (!watch.started() && items.stream().noneMatch(outcomes::containsKey)) {
            // It died before its first item (class path, JVM options, a library that cannot load): running the
            // same command again would die the same way, so every item it was given ends here.
            String cause = exit == 0 ? "worker JVM " + number + " ended without running any of its items (exit code 0)"
                    : "worker JVM " + number + " died before its first item: " + ChildJvm.signalOf(exit, frames + "\n" + tail);
            for (String item : items) {
                outcomes.put(item, lost(item, WorkerOutcome.Ending.CRASHED, cause, frames, tail, null));
            }
        } else if (exit != 0 && items.stream().allMatch(outcomes::containsKey)) {
            log.accept("[etcts] worker JVM " + number + " ended with " + ChildJvm.signalOf(exit, frames + "\n" + tail)
                    + " after its last item; every item had already reported its outcome");
        }
    }

    private static WorkerOutcome lost(String item, WorkerOutcome.Ending ending, String what, String frames, String tail,
            String lastStep) {
        StringBuilder cause = new StringBuilder(what);
        if (!frames.isEmpty()) {
            cause.append("\n--- crash report ---\n").append(frames);
        }
        if (!tail.isBlank()) {
            cause.append("\n--- output tail ---\n").append(tail);
        }
        return new WorkerOutcome(item, ending, "", cause.toString(), lastStep == null ? "" : lastStep);
    }

    /** Kills the worker and everything it started (child JVMs of isolated probes included). */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    private static List<String> readLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        // Malformed bytes (a crashing runtime can print anything) must not lose the rest of the output.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
