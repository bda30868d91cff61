package org.etcts.steps.robustness;

import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Verification;
import org.etcts.steps.RuntimeNames;

/**
 * One case of the corpus: the malformed copy number {@code mutation} of one file of a fixture, loaded
 * and run with one verification in one load mode. When the damaged file is a fixture's data file, the
 * program is the intact one.
 *
 * <p>Its id, {@code <fixture>/<file>#<mutation>/<Verification>/<LoadMode>} (runtime names, e.g.
 * {@code linear_ptd/linear_ptd.ptd#7/Minimal/Mmap}), is what a child JVM receives and what names its
 * reproducer.
 *
 * @param fixture the fixture model's name in the manifest
 * @param file the damaged file's name
 * @param mutation which malformed copy
 * @param verification the verification of the load
 * @param loadMode the load mode
 */
public record RobustnessCase(String fixture, String file, int mutation, Verification verification, LoadMode loadMode) {

    /** {@return the case's id} */
    public String id() {
        return fixture + "/" + file + "#" + mutation + "/" + verification.runtimeName() + "/" + loadMode.runtimeName();
    }

    /** {@return the id as a file name} */
    public String fileSafeId() {
        return id().replace('/', '_').replace('#', '-');
    }

    /**
     * Parses an id.
     *
     * @param id as {@link #id()} writes it
     * @return the case
     * @throws IllegalArgumentException when the id is not one
     */
    public static RobustnessCase parse(String id) {
        String[] parts = id.split("/");
        int hash = parts.length == 4 ? parts[1].lastIndexOf('#') : -1;
        if (hash < 0) {
            throw new IllegalArgumentException("not a robustness case id: '" + id
                    + "'; expected <fixture>/<file>#<mutation>/<Verification>/<LoadMode>, e.g. add/add.pte#3/Minimal/File");
        }
        return new RobustnessCase(parts[0], parts[1].substring(0, hash), Integer.parseInt(parts[1].substring(hash + 1)),
                RuntimeNames.parse(Verification.class, parts[2]), RuntimeNames.parse(LoadMode.class, parts[3]));
    }
}
