package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** LOG-08: the log holds its sinks weakly. */
class LogWeakSinkTest {

    @Test
    void aSinkReleasedWithoutRemoveIsCollectedAndNotCalledAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LogSink sink = message -> calls.incrementAndGet();
        Log.shared().addSink(sink);
        int registered = Log.shared().sinkCount();
        WeakReference<LogSink> released = new WeakReference<>(sink);
        sink = null;
        for (int i = 0; i < 50 && released.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(released.get()).as("the log must not keep the sink alive").isNull();
        int before = calls.get();
        try (Module module = new Module(Fixtures.model("add.pte"))) {
            assertThat(catchThrowable(() -> module.load("backward"))).isInstanceOf(ExecuTorchException.class);
        }
        assertThat(calls.get()).isEqualTo(before);
        assertThat(Log.shared().sinkCount()).isLessThan(registered);
    }

    @Test
    void addingAndRemovingMatchesTheSameSink() {
        LogSink sink = message -> { };
        Log.shared().addSink(sink);
        Log.shared().addSink(sink);
        assertThat(Log.shared().removeSink(sink)).isTrue();
        assertThat(Log.shared().removeSink(sink)).isFalse();
    }
}
