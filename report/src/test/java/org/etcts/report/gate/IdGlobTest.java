package org.etcts.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdGlobTest {

    @Test
    void starSpansAnythingQuestionMarkOneCharacterTheRestIsLiteral() {
        assertThat(IdGlob.of("MOD-07").matches("MOD-07")).isTrue();
        assertThat(IdGlob.of("MOD-07").matches("MOD-071")).isFalse();
        assertThat(IdGlob.of("MOD-0?").matches("MOD-07")).isTrue();
        assertThat(IdGlob.of("MOD-0?").matches("MOD-107")).isFalse();
        assertThat(IdGlob.of("SUITE-LNK-04*").matches("SUITE-LNK-04/The JNI library linked with the runtime alone")).isTrue();
        assertThat(IdGlob.of("GLD-01/conv.forward on *").matches("GLD-01/conv.forward on kernels reproduces")).isTrue();
        assertThat(IdGlob.of("GLD-01/conv.forward on *").matches("GLD-01/conv_xnnpack.forward on xnnpack")).isFalse();
        assertThat(IdGlob.of("a.b(c)").matches("a.b(c)")).as("regex characters are literal").isTrue();
        assertThat(IdGlob.of("a.b").matches("axb")).isFalse();
    }

    @Test
    void aCharacterClassInAnIdIsRefusedWithItsFixButBracketsInAScenarioNameAreLiteral() {
        assertThat(IdGlob.unsupported("LNK-0[46]*")).contains("'['").contains("only * and ?").contains("one line per id");
        assertThat(IdGlob.unsupported("MOD-36/Forward's result decoded as [Value] gives the tensor [2]")).isEmpty();
        assertThat(IdGlob.of("MOD-36/decoded as [Value]").matches("MOD-36/decoded as [Value]")).isTrue();
    }
}
