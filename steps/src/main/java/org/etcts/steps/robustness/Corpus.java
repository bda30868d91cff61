package org.etcts.steps.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Verification;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * The corpus of malformed programs and data files: for each damaged file, its first {@code copies}
 * malformed copies, each under both verifications and in two load modes (File and Mmap). The sample in
 * the conformance run is a prefix of the full corpus (fewer copies of the same files, same seed), so
 * every case of the sample is also a case of the full corpus, with the same bytes.
 */
public final class Corpus {

    /** The default seed; {@code -Detcts.robustness.seed} picks another corpus. */
    public static final long DEFAULT_SEED = 20261130L;
    /** Copies per file of the full corpus ({@code -Probustness}): 8 files x 64 x 4 = 2,048 cases. */
    public static final int FULL_COPIES = 64;
    /** Copies per file of the sample in the conformance run: 8 files x 8 x 4 = 256 cases. */
    public static final int SAMPLE_COPIES = 8;

    /**
     * The fixture files the corpus damages, as {@code <fixture>/<file>}: a program without segments
     * (add), several methods (multi_method), constant weights (linear, conv), a delegate segment
     * (add_xnnpack), dynamic shapes (dynamic_cat), and a program with its external data file (linear_ptd,
     * each damaged in turn). All are small, so a case runs in milliseconds.
     */
    public static final List<String> FILES = List.of(
            "add/add.pte", "multi_method/multi_method.pte", "linear/linear.pte", "conv/conv.pte",
            "add_xnnpack/add_xnnpack.pte", "dynamic_cat/dynamic_cat.pte",
            "linear_ptd/linear_ptd.pte", "linear_ptd/linear_ptd.ptd");

    /** The load modes every copy is loaded in. */
    public static final List<LoadMode> LOAD_MODES = List.of(LoadMode.FILE, LoadMode.MMAP);

    private Corpus() {
    }

    /**
     * The cases of a corpus, grouped by file, then copy, then verification, then load mode.
     *
     * @param copies malformed copies per file
     * @return the cases
     */
    public static List<RobustnessCase> cases(int copies) {
        List<RobustnessCase> cases = new ArrayList<>();
        for (String entry : FILES) {
            String fixture = entry.substring(0, entry.indexOf('/'));
            String file = entry.substring(entry.indexOf('/') + 1);
            for (int copy = 0; copy < copies; copy++) {
                for (Verification verification : Verification.values()) {
                    for (LoadMode mode : LOAD_MODES) {
                        cases.add(new RobustnessCase(fixture, file, copy, verification, mode));
                    }
                }
            }
        }
        return cases;
    }

    /** The seed of this run: {@code -Detcts.robustness.seed}, else {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.parseLong(System.getProperty("etcts.robustness.seed", String.valueOf(DEFAULT_SEED)));
    }

    /**
     * The malformed copy of a case's file.
     *
     * @param catalog the fixture catalogue (the intact file is checked against its checksum)
     * @param seed the corpus seed
     * @param robustnessCase the case
     * @return the copy
     */
    public static Mutation mutation(FixtureCatalog catalog, long seed, RobustnessCase robustnessCase) {
        Path intact = catalog.verifiedFile("models/" + robustnessCase.file());
        try {
            return new Mutator(seed).mutate(robustnessCase.file(), Files.readAllBytes(intact), robustnessCase.mutation());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture file " + intact, e);
        }
    }
}
