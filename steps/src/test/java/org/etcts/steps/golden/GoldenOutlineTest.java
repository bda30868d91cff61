package org.etcts.steps.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.etcts.results.fixtures.FixtureCatalog;
import org.junit.jupiter.api.Test;

/** features/golden.feature covers every method of every committed fixture model, grouped by backend. */
class GoldenOutlineTest {

    @Test
    void theGoldenFeatureHoldsTheOutlineOfTheCommittedManifest() throws Exception {
        String expected = GoldenOutline.outline(FixtureCatalog.fromSystemProperty(), "SUITE-GLD-01");
        Path feature = Path.of(System.getProperty("etcts.root", ".."), "features", "golden.feature");
        assertThat(Files.readString(feature))
                .as("features/golden.feature must hold the golden outline of fixtures/manifest.json; regenerate it with "
                        + "GoldenOutline.outline after the fixtures change")
                .contains(expected);
    }
}
