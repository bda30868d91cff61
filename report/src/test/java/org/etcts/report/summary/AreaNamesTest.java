package org.etcts.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaNamesTest {

    @TempDir
    Path features;

    @Test
    void anAreaSharedByTwoFeatureFilesNamesBothInFileOrder() throws IOException {
        Files.writeString(features.resolve("module.feature"), "@area:MOD\nFeature: Module lifecycle\n");
        Files.writeString(features.resolve("tensor.feature"), "# a comment\n@area:TEN @requires:x\nFeature: Tensor\n");
        Files.writeString(features.resolve("tracing.feature"), "@area:MOD @requires:component=etdump\nFeature: Tracing\n");

        assertThat(AreaNames.of(features)).containsExactly(Map.entry("MOD", "Module lifecycle; Tracing"),
                Map.entry("TEN", "Tensor"));
    }

    @Test
    void aFeatureWithoutAnAreaTagNamesNone() throws IOException {
        Files.writeString(features.resolve("plain.feature"), "@requires:x\nFeature: Plain\n");

        assertThat(AreaNames.of(features)).isEmpty();
    }
}
