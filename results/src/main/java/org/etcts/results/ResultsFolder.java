package org.etcts.results;

import java.nio.file.Path;

/**
 * Where a run's results go: the folder named by {@value #PROPERTY} (the build sets it: the steps module's
 * target folder for the test command, {@code reports/} for the conformance command), else
 * {@code target/etcts-results} under the working directory.
 */
public final class ResultsFolder {

    /** The system property naming the folder. */
    public static final String PROPERTY = "etcts.results.dir";

    private ResultsFolder() {
    }

    /** {@return the folder this run writes its results to} */
    public static Path current() {
        return Path.of(System.getProperty(PROPERTY, "target/etcts-results"));
    }
}
