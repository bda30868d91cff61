package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the fixture models: under the directory named by the system property
 * {@code etcts.fixtures.dir} (the repository's {@code fixtures/}, set by the build), else under
 * {@code ../fixtures} relative to the working directory, which is the harness module when Maven
 * runs the tests.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixturesDir() {
        String configured = System.getProperty("etcts.fixtures.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("..", "fixtures").toAbsolutePath().normalize();
    }

    /** The path of a model file, e.g. {@code model("add.pte")}; fails the test if it is missing. */
    static String model(String fileName) {
        Path dir = fixturesDir();
        Path path = dir.resolve("models").resolve(fileName);
        if (!Files.isRegularFile(path)) {
            // Also accept etcts.fixtures.dir pointing at fixtures/models itself.
            path = dir.resolve(fileName);
        }
        assertThat(path).as("fixture model %s (set -Detcts.fixtures.dir to the repository's fixtures/)", fileName)
                .isRegularFile();
        return path.toString();
    }
}
