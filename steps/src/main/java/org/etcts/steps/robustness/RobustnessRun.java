package org.etcts.steps.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;

/**
 * Runs robustness cases in child JVMs (design decision 5), in batches: a child runs the cases of its
 * batch until one crashes or hangs, a new child carries on after that case, and every batch starts a
 * fresh child so that whatever a malformed program leaks stays bounded. Each child runs under a per-case
 * time limit and a cap on the memory it may map, so that a program whose damaged header plans a buffer of
 * gigabytes fails its allocation (or is killed) instead of taking the machine's memory.
 *
 * <p>Crashes and hangs are saved as reproducers ({@link Reproducers}).
 */
public final class RobustnessRun {

    /** How long one case may run before it is a hang; {@code -Detcts.robustness.caseTimeoutSeconds}. */
    public static final Duration CASE_TIMEOUT = Duration.ofSeconds(
            Long.getLong("etcts.robustness.caseTimeoutSeconds", 10));
    /** The cap on the writable memory of a child ({@code RLIMIT_DATA}): 1 GiB, a 4 GiB plan cannot fit. */
    public static final long DATA_LIMIT_BYTES = 1L << 30;
    /** Cases per child JVM at most. */
    public static final int BATCH_SIZE = 256;

    private final FixtureCatalog catalog;
    private final long seed;

    /**
     * Creates a runner.
     *
     * @param catalog the fixture catalogue the malformed copies are made from
     * @param seed the corpus seed
     */
    public RobustnessRun(FixtureCatalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    /**
     * Runs the cases and saves a reproducer for each crash and hang.
     *
     * @param cases the cases, in order
     * @param reproducers the folder the reproducers go to; emptied first, so it holds this run's only
     * @return one result per case, in order
     * @throws IllegalStateException when a case failed in the suite's own code rather than in the runtime
     */
    public List<CaseResult> run(List<RobustnessCase> cases, Path reproducers) {
        ChildJvm children = new ChildJvm(Duration.ofHours(2)).withCaseTimeout(CASE_TIMEOUT).withDataLimit(DATA_LIMIT_BYTES);
        deleteTree(reproducers);
        List<CaseResult> results = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += BATCH_SIZE) {
            List<RobustnessCase> batch = cases.subList(from, Math.min(cases.size(), from + BATCH_SIZE));
            Map<String, CaseOutcome> outcomes = children.runAll(RobustnessTask.class, batch.stream().map(RobustnessCase::id).toList());
            for (RobustnessCase robustnessCase : batch) {
                results.add(result(robustnessCase, outcomes.get(robustnessCase.id()), reproducers));
            }
        }
        return results;
    }

    private CaseResult result(RobustnessCase robustnessCase, CaseOutcome outcome, Path reproducers) {
        Mutation mutation = Corpus.mutation(catalog, seed, robustnessCase);
        Outcome verdict = switch (outcome.status()) {
            case PASS -> outcome.message().startsWith(RobustnessTask.RAN) ? Outcome.RAN : Outcome.REFUSED;
            case CRASH -> Outcome.CRASH;
            case HANG -> Outcome.HANG;
            case FAIL -> throw new IllegalStateException("the robustness case " + robustnessCase.id()
                    + " failed in the suite's own code, not in the runtime: " + outcome.message());
        };
        String detail = verdict == Outcome.CRASH || verdict == Outcome.HANG ? withOwnStderr(outcome) : outcome.message();
        CaseResult result = new CaseResult(robustnessCase, mutation.family(), mutation.description(), verdict, detail);
        if (verdict == Outcome.CRASH || verdict == Outcome.HANG) {
            try {
                Reproducers.save(reproducers, catalog, seed, result, mutation);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the reproducer of " + robustnessCase.id() + " under " + reproducers, e);
            }
        }
        return result;
    }

    /**
     * The outcome's message with the stderr tail replaced by what the child wrote on stderr while this
     * case ran (the runtime's log lines and the JVM's last words), not the tail of every case before it.
     */
    static String withOwnStderr(CaseOutcome outcome) {
        String message = outcome.message();
        int tail = message.indexOf("--- stderr tail ---");
        String head = tail >= 0 ? message.substring(0, tail) : message + "\n";
        String stderr = outcome.childStderr();
        int mark = stderr.lastIndexOf(RobustnessTask.STDERR_MARK + outcome.caseId());
        String own = mark < 0 ? stderr : stderr.substring(stderr.indexOf('\n', mark) + 1);
        List<String> lines = own.lines().toList();
        return head + "--- stderr of this case ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the folder " + folder, e);
        }
    }
}
