package org.etcts.steps.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue parser, the feature scan and the coverage table, on a small catalogue snippet. */
class CoverageTableTest {

    private static final String SNIPPET = """
            # Catalogue

            | area | meaning | rows |
            |---|---|---|
            | LOG | Log | 3 |

            ### LOG: Log and log sinks; Debug vs Release

            | ID | area | behaviour | source | needs | linux |
            |---|---|---|---|---|---|
            | LOG-01 | singleton | Log.shared always returns the same instance. | spec | none | yes |
            | LOG-02 | delivery | A sink gets messages \\| with a pipe. | spec | add.pte | yes (fork) |
            | LOG-16 | system log | (Apple) os_log. | spec | none | partial - os_log is Apple-only |

            ### LNK: Linkage

            | ID | linux | area | behaviour |
            |---|---|---|---|
            | LNK-11 | no - CoreML is Apple-only | CoreML | add_coreml runs. |
            | LNK-12 | no - Metal/MPS is Apple-only | MPS | MPS models run. |
            | LNK-03 | yes | static | whole-archive linking. |
            """;

    private static final String FEATURE = """
            @area:LOG
            Feature: Logging

              @id:LOG-01
              Scenario: The shared log is a singleton
                Then nothing

              @id:LOG-16
              Scenario Outline: Messages go to <where>
                Then nothing

                Examples:
                  | where  |
                  | stderr |
                  | a file |

              @id:LNK-12 @id:SUITE-X-01
              Scenario: MPS on Linux
                Then nothing
            """;

    @Test
    void parsesRowsByTheirHeaderColumns() {
        Catalogue catalogue = Catalogue.parse(SNIPPET);
        assertThat(catalogue.rows()).extracting(CatalogueRow::id).containsExactly("LOG-01", "LOG-02", "LOG-16", "LNK-11", "LNK-12", "LNK-03");
        assertThat(catalogue.areaTitles()).containsEntry("LOG", "Log and log sinks; Debug vs Release").containsEntry("LNK", "Linkage");
        CatalogueRow pipe = catalogue.rows().get(1);
        assertThat(pipe.behaviour()).isEqualTo("A sink gets messages | with a pipe.");
        assertThat(pipe.linux()).isEqualTo("yes (fork)");
        CatalogueRow coreml = catalogue.rows().get(3);
        assertThat(coreml.topic()).isEqualTo("CoreML");
        assertThat(coreml.linux()).isEqualTo("no - CoreML is Apple-only");
    }

    @Test
    void onlyRowsWhoseLinuxColumnStartsWithNoAreNotApplicable() {
        Catalogue catalogue = Catalogue.parse(SNIPPET);
        assertThat(catalogue.rows()).filteredOn(CatalogueRow::notApplicableOnLinux).extracting(CatalogueRow::id)
                .containsExactly("LNK-11", "LNK-12");
        assertThat(catalogue.rows().get(3).linuxReason()).isEqualTo("CoreML is Apple-only");
        assertThat(new CatalogueRow("X-1", "X", "", "", "no").linuxReason()).isEqualTo("no");
        assertThat(new CatalogueRow("X-1", "X", "", "", "not really").notApplicableOnLinux()).isFalse();
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> Catalogue.parse(SNIPPET + "| LOG-01 | again | x | y | z | yes |\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOG-01");
    }

    @Test
    void matchesScenariosIncludingOutlineRows(@TempDir Path dir) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features/sub"));
        Files.writeString(features.resolve("logging.feature"), FEATURE);
        Coverage coverage = Coverage.of(Catalogue.parse(SNIPPET), FeatureScenarios.scan(dir.resolve("features")));

        Coverage.RowCoverage log16 = row(coverage, "LOG-16");
        assertThat(log16.status()).isEqualTo(Coverage.Status.COVERED);
        assertThat(log16.scenarios()).containsExactly("sub/logging.feature: Messages go to stderr", "sub/logging.feature: Messages go to a file");
        assertThat(row(coverage, "LOG-02").status()).isEqualTo(Coverage.Status.MISSING);
        assertThat(row(coverage, "LNK-11").status()).isEqualTo(Coverage.Status.NOT_APPLICABLE);
        assertThat(row(coverage, "LNK-11").reason()).isEqualTo("CoreML is Apple-only");
        // A row the catalogue marks 'no' but that has a scenario counts as covered, outside the percentage.
        assertThat(row(coverage, "LNK-12").status()).isEqualTo(Coverage.Status.COVERED);
        assertThat(coverage.uncataloguedIds()).containsExactly("SUITE-X-01");

        Coverage.Totals log = coverage.areas().get(0);
        assertThat(log.area()).isEqualTo("LOG");
        assertThat(List.of(log.rows(), log.linuxCheckable(), log.coveredLinuxCheckable(), log.missing(), log.notApplicable()))
                .containsExactly(3, 3, 2, 1, 0);
        assertThat(log.percentCovered()).isEqualTo(66.7);
        Coverage.Totals lnk = coverage.areas().get(1);
        assertThat(List.of(lnk.rows(), lnk.linuxCheckable(), lnk.covered(), lnk.coveredLinuxCheckable(), lnk.missing(), lnk.notApplicable()))
                .containsExactly(3, 1, 1, 0, 1, 1);
        Coverage.Totals all = coverage.total();
        assertThat(List.of(all.rows(), all.linuxCheckable(), all.coveredLinuxCheckable(), all.missing(), all.notApplicable()))
                .containsExactly(6, 4, 2, 2, 1);
        assertThat(all.percentCovered()).isEqualTo(50.0);
    }

    @Test
    void writesMarkdownAndJson(@TempDir Path dir) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("logging.feature"), FEATURE);
        Path catalogue = dir.resolve("behaviours.md");
        Files.writeString(catalogue, SNIPPET);
        Path out = dir.resolve("reports");

        CoverageTable.main(new String[] {features.toString(), catalogue.toString(), out.toString()});

        String md = Files.readString(out.resolve("coverage.md"));
        assertThat(md).contains("2 of 4 Linux-checkable rows of behaviours.md have a scenario (50.0%)")
                .contains("| LOG | Log and log sinks; Debug vs Release | 3 | 3 | 2 | 1 | 0 | 66.7 |")
                .contains("| LOG-02 | delivery | yes (fork) | **missing** | no scenario |")
                .contains("| LNK-11 | CoreML | no - CoreML is Apple-only | not applicable | not on Linux: CoreML is Apple-only |")
                .contains("logging.feature: Messages go to stderr<br>logging.feature: Messages go to a file")
                .contains("- LOG-02 (delivery)")
                .contains("SUITE-X-01");
        JsonNode json = new ObjectMapper().readTree(out.resolve("coverage.json").toFile());
        assertThat(json.get("total").get("percentCovered").asDouble()).isEqualTo(50.0);
        assertThat(json.get("rows")).hasSize(6);
        assertThat(json.get("rows").get(1).get("status").asText()).isEqualTo("MISSING");
        assertThat(json.get("rows").get(3).get("reason").asText()).isEqualTo("CoreML is Apple-only");
    }

    @Test
    void refusesAMissingCatalogueNamingTheFileAndTheFix(@TempDir Path dir) {
        assertThatThrownBy(() -> CoverageTable.main(
                new String[] {dir.toString(), dir.resolve("nope/behaviours.md").toString(), dir.resolve("out").toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope/behaviours.md").hasMessageContaining("docs/behaviours.md");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void countsTheSplitPartsOfARowForThatRow(@TempDir Path dir) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("logging.feature"), """
                Feature: Log
                  @id:LOG-02a
                  Scenario: One part
                    Given x
                  @id:LOG-02b
                  Scenario: The other part
                    Given x
                """);
        Coverage coverage = Coverage.of(Catalogue.parse(SNIPPET), FeatureScenarios.scan(features));
        assertThat(row(coverage, "LOG-02").scenarios())
                .containsExactly("logging.feature: One part", "logging.feature: The other part");
        assertThat(coverage.uncataloguedIds()).isEmpty();
        assertThat(FeatureScenarios.catalogueId("SUITE-GLD-01")).isEqualTo("SUITE-GLD-01");
    }

    private static Coverage.RowCoverage row(Coverage coverage, String id) {
        return coverage.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
