package org.etcts.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shards: how they are written and read back (the tally records them), and that they partition the plan. */
class ShardTest {

    @Test
    void aShardReadsBackFromHowItIsWritten() {
        Shard shard = Shard.parse(" 2/4 ");
        assertThat(shard).isEqualTo(new Shard(2, 4));
        assertThat(shard).hasToString("2/4");
        assertThat(Shard.parse(shard.toString())).isEqualTo(shard);
        assertThat(shard.whole()).isFalse();
        assertThat(Shard.ALL.whole()).isTrue();
        assertThat(Shard.ALL).hasToString("1/1");
    }

    @Test
    void textThatNamesNoShardIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Shard.parse("2of4")).hasMessageContaining("is not I/N").hasMessageContaining("e.g. -Detcts.shard=2/4");
        assertThatThrownBy(() -> Shard.parse("5/4")).hasMessageContaining("names no shard");
    }

    @Test
    void theShardsOfAPlanTogetherHoldEachScenarioOnce() {
        List<String> plan = IntStream.range(0, 11).mapToObj(k -> "classpath:features/f.feature:" + k).toList();
        List<String> together = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<String> part = new Shard(i, 3).select(plan);
            assertThat(part.size()).isBetween(3, 4);
            together.addAll(part);
        }
        assertThat(together).containsExactlyInAnyOrderElementsOf(plan);
    }
}
