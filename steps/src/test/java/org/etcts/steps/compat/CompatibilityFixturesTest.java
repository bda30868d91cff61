package org.etcts.steps.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.etcts.results.fixtures.FixtureCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility fixtures (fixtures/compat/<version>/) are intact, say which exporter made them, and
 * features/compatibility.feature runs every program of every set.
 */
class CompatibilityFixturesTest {

    private final FixtureCatalog fixtures = FixtureCatalog.fromSystemProperty();

    @TestFactory
    Stream<DynamicTest> everyListedFileMatchesItsChecksum() {
        List<String> versions = fixtures.compatibilityVersions();
        assertThat(versions).as("exporter versions under %s", fixtures.root().resolve("compat")).hasSizeGreaterThanOrEqualTo(2);
        return versions.stream().flatMap(version -> {
            FixtureCatalog set = fixtures.compatibility(version);
            assertThat(set.files()).as("files of the executorch %s set", version).isNotEmpty();
            return set.files().stream().map(file -> DynamicTest.dynamicTest(version + "/" + file, () -> set.verifiedFile(file)));
        });
    }

    @Test
    void everySetWasExportedByTheExporterItIsNamedAfterWithTheSuitesSeed() {
        JsonNode main = fixtures.generator();
        for (String version : fixtures.compatibilityVersions()) {
            JsonNode generator = fixtures.compatibility(version).generator();
            assertThat(generator.path("executorch").asText()).as("exporter of fixtures/compat/%s", version).isEqualTo(version);
            assertThat(generator.path("seed").asLong()).as("seed of fixtures/compat/%s", version).isEqualTo(main.path("seed").asLong());
            assertThat(generator.path("torch").asText()).as("torch of fixtures/compat/%s", version).isNotBlank();
        }
    }

    @Test
    void theCompatibilityFeatureRunsEveryProgramOfEverySet() throws Exception {
        Path feature = Path.of(System.getProperty("etcts.root", ".."), "features", "compatibility.feature");
        String text = Files.readString(feature);
        for (String version : fixtures.compatibilityVersions()) {
            for (JsonNode model : fixtures.compatibility(version).models()) {
                String name = model.path("name").asText();
                Pattern row = Pattern.compile("\\|\\s*" + Pattern.quote(name) + "\\s*\\|\\s*" + Pattern.quote(version) + "\\s*\\|");
                assertThat(row.matcher(text).find()).as("%s has a row for %s exported by executorch %s", feature, name, version).isTrue();
            }
        }
    }
}
