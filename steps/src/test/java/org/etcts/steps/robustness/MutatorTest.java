package org.etcts.steps.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Verification;
import org.junit.jupiter.api.Test;

/** The corpus is what it says: repeatable, damaged, mixed, and named by ids that parse back. */
class MutatorTest {

    private static final Path MODELS = Path.of(System.getProperty("etcts.fixtures.dir", "../fixtures")).resolve("models");

    @Test
    void aCopyDependsOnlyOnTheSeedTheFileAndTheIndex() throws Exception {
        byte[] add = Files.readAllBytes(MODELS.resolve("add.pte"));
        for (int index = 0; index < 20; index++) {
            Mutation first = new Mutator(7).mutate("add.pte", add, index);
            Mutation again = new Mutator(7).mutate("add.pte", add.clone(), index);
            assertThat(again.bytes()).as("copy %d", index).isEqualTo(first.bytes());
            assertThat(again.description()).isEqualTo(first.description());
        }
        assertThat(new Mutator(8).mutate("add.pte", add, 0).bytes()).isNotEqualTo(new Mutator(7).mutate("add.pte", add, 0).bytes());
    }

    @Test
    void everyCopyDiffersFromTheIntactFileAndTheFamiliesTakeTurns() throws Exception {
        for (String file : List.of("add.pte", "add_xnnpack.pte", "linear_ptd.ptd")) {
            byte[] intact = Files.readAllBytes(MODELS.resolve(file));
            Set<Mutation.Family> seen = EnumSet.noneOf(Mutation.Family.class);
            for (int index = 0; index < 40; index++) {
                Mutation copy = new Mutator(Corpus.DEFAULT_SEED).mutate(file, intact, index);
                seen.add(copy.family());
                assertThat(copy.bytes()).as("%s copy %d: %s", file, index, copy.description()).isNotEqualTo(intact);
            }
            assertThat(seen).as(file).isEqualTo(EnumSet.allOf(Mutation.Family.class));
        }
    }

    @Test
    void theHeaderFieldsAreFoundWhereTheFormatsPutThem() throws Exception {
        List<String> program = FileLayout.headerFields(FileLayout.Kind.PROGRAM, Files.readAllBytes(MODELS.resolve("add_xnnpack.pte")))
                .stream().map(HeaderField::name).toList();
        assertThat(program).contains("program identifier (ET12)", "extended header magic (eh00)", "program size",
                "segment base offset", "segment data size");
        // A program without segments has no extended header.
        assertThat(FileLayout.headerFields(FileLayout.Kind.PROGRAM, Files.readAllBytes(MODELS.resolve("add.pte")))).hasSize(2);
        List<String> data = FileLayout.headerFields(FileLayout.Kind.DATA, Files.readAllBytes(MODELS.resolve("linear_ptd.ptd")))
                .stream().map(HeaderField::name).toList();
        assertThat(data).contains("data header magic (FH01)", "flatbuffer offset", "flatbuffer size", "segment data size");
    }

    @Test
    void theCorpusHoldsAtLeast2000CasesAndTheSampleIsItsPrefixPerFile() {
        List<RobustnessCase> full = Corpus.cases(Corpus.FULL_COPIES);
        List<RobustnessCase> sample = Corpus.cases(Corpus.SAMPLE_COPIES);
        assertThat(full).hasSizeGreaterThanOrEqualTo(2000).containsAll(sample);
        assertThat(sample).hasSizeBetween(200, 400);
        assertThat(full.stream().map(RobustnessCase::verification).distinct()).containsExactlyInAnyOrder(Verification.values());
        assertThat(full.stream().map(RobustnessCase::loadMode).distinct()).containsExactly(LoadMode.FILE, LoadMode.MMAP);
    }

    @Test
    void aCaseIdParsesBackAndABadOneIsNamed() {
        RobustnessCase one = new RobustnessCase("linear_ptd", "linear_ptd.ptd", 7, Verification.INTERNAL_CONSISTENCY, LoadMode.MMAP);
        assertThat(one.id()).isEqualTo("linear_ptd/linear_ptd.ptd#7/InternalConsistency/Mmap");
        assertThat(RobustnessCase.parse(one.id())).isEqualTo(one);
        assertThatThrownBy(() -> RobustnessCase.parse("add.pte#7")).hasMessageContaining("not a robustness case id: 'add.pte#7'");
    }
}
