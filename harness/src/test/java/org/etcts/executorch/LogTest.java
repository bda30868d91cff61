package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runtime log capture and delivery (LOG-01 to LOG-05, LOG-07, LOG-09 to LOG-13, LOG-18, ERR-15). A
 * logging runtime logs at Info and above, so error messages are what the tests provoke; on a build with
 * logging compiled out the tests that need a message are skipped ({@link TestBuild#assumeLogging()}).
 */
class LogTest {

    private static final String ADD = Fixtures.model("add.pte");
    private static final String BACKWARD = "No method named 'backward' in program";

    private static final class Recorder implements LogSink {
        final List<LogMessage> messages = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void log(LogMessage message) {
            messages.add(message);
        }

        List<LogMessage> containing(String text) {
            synchronized (messages) {
                return messages.stream().filter(m -> m.text().contains(text)).toList();
            }
        }
    }

    private static void loadBackward() throws Exception {
        try (Module module = new Module(ADD)) {
            Throwable thrown = catchThrowable(() -> module.load("backward"));
            assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        }
    }

    @Test
    void theSharedLogIsASingletonWithItsHookInstalled() {
        // LOG-01
        assertThat(Log.shared()).isSameAs(Log.shared());
        assertThat(Log.shared().isCaptureInstalled()).isTrue();
        assertThat(Log.shared().isForwardingToStandardError()).isTrue();
    }

    @Test
    void aSinkReceivesTheErrorOfAFailingCallBeforeItReturns() throws Exception {
        TestBuild.assumeLogging();
        // LOG-02, LOG-03, LOG-05, ERR-15
        Recorder sink = new Recorder();
        Log.shared().addSink(sink);
        try {
            sink.messages.clear();  // drop the replay
            loadBackward();
            List<LogMessage> hits = sink.containing(BACKWARD);
            assertThat(hits).hasSize(1);
            LogMessage message = hits.get(0);
            assertThat(message.level()).isEqualTo(LogLevel.ERROR);
            assertThat(message.level().code()).isEqualTo('E');
            assertThat(message.fileName()).isEqualTo("program.cpp");
            assertThat(message.line()).isPositive();
            assertThat(message.functionName()).isNotEmpty();
            assertThat(message.timestamp()).isPositive();
        } finally {
            Log.shared().removeSink(sink);
        }
    }

    @Test
    void timestampsDoNotDecrease() throws Exception {
        TestBuild.assumeLogging();
        // LOG-04
        Recorder sink = new Recorder();
        Log.shared().addSink(sink);
        try {
            sink.messages.clear();
            loadBackward();
            loadBackward();
            List<LogMessage> hits = sink.containing(BACKWARD);
            assertThat(hits).hasSize(2);
            assertThat(hits.get(1).timestampNanos()).isGreaterThanOrEqualTo(hits.get(0).timestampNanos());
        } finally {
            Log.shared().removeSink(sink);
        }
    }

    @Test
    void aRemovedSinkReceivesNothingMore() throws Exception {
        TestBuild.assumeLogging();
        // LOG-07, LOG-12
        Recorder kept = new Recorder();
        Recorder removed = new Recorder();
        Log.shared().addSink(kept);
        Log.shared().addSink(removed);
        try {
            kept.messages.clear();
            removed.messages.clear();
            loadBackward();
            assertThat(kept.containing(BACKWARD)).hasSize(1);
            assertThat(removed.containing(BACKWARD)).hasSize(1);
            assertThat(Log.shared().removeSink(removed)).isTrue();
            assertThat(Log.shared().removeSink(removed)).isFalse();
            loadBackward();
            assertThat(kept.containing(BACKWARD)).hasSize(2);
            assertThat(removed.containing(BACKWARD)).hasSize(1);
        } finally {
            Log.shared().removeSink(kept);
        }
    }

    @Test
    void aNewSinkGetsARecentReplayAndAddingTwiceRegistersOnce() throws Exception {
        TestBuild.assumeLogging();
        // LOG-09, LOG-10, LOG-11
        loadBackward();
        Recorder sink = new Recorder();
        Log.shared().addSink(sink);
        try {
            assertThat(sink.containing(BACKWARD)).isNotEmpty();
            assertThat(sink.messages.size()).isLessThanOrEqualTo(Log.REPLAY_CAPACITY);
            int replayed = sink.messages.size();
            Log.shared().addSink(sink);  // replays again, registers once
            assertThat(sink.messages).hasSize(2 * replayed);
            sink.messages.clear();
            loadBackward();
            assertThat(sink.containing(BACKWARD)).hasSize(1);
        } finally {
            Log.shared().removeSink(sink);
        }
    }

    @Test
    void messagesFromSeveralThreadsAreEachDeliveredOnce() throws Exception {
        TestBuild.assumeLogging();
        // LOG-13 (delivered on Java threads here), LOG-18
        Recorder sink = new Recorder();
        Log.shared().addSink(sink);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            sink.messages.clear();
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> {
                    loadBackward();
                    return null;
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            Log.shared().flush();
            assertThat(sink.containing(BACKWARD)).hasSize(8);
            assertThat(Log.shared().droppedMessageCount()).isZero();
        } finally {
            pool.shutdownNow();
            Log.shared().removeSink(sink);
        }
    }

    @Test
    void tensorErrorsAreLoggedToo() throws Exception {
        TestBuild.assumeLogging();
        Recorder sink = new Recorder();
        Log.shared().addSink(sink);
        try (Tensor t = Tensor.fromBytes(new byte[4], new long[] {1}, DataType.FLOAT, null, null,
                ShapeDynamism.STATIC)) {
            sink.messages.clear();
            assertThat(catchThrowable(() -> t.resize(2))).isInstanceOf(ExecuTorchException.class);
            assertThat(sink.containing("Attempted to resize a static tensor")).hasSize(1);
            assertThat(sink.containing("Attempted to resize a static tensor").get(0).fileName())
                    .isEqualTo("tensor_impl.cpp");
        } finally {
            Log.shared().removeSink(sink);
        }
    }

    @Test
    void aThrowingSinkDoesNotStopDelivery() throws Exception {
        TestBuild.assumeLogging();
        LogSink bad = message -> {
            throw new IllegalStateException("sink failure");
        };
        Recorder good = new Recorder();
        Log.shared().addSink(bad);
        Log.shared().addSink(good);
        try {
            good.messages.clear();
            loadBackward();
            assertThat(good.containing(BACKWARD)).hasSize(1);
        } finally {
            Log.shared().removeSink(bad);
            Log.shared().removeSink(good);
        }
    }

    @Test
    void levelsMirrorTheRuntimeLetters() {
        assertThat(LogLevel.fromNumber('D')).isEqualTo(LogLevel.DEBUG);
        assertThat(LogLevel.fromNumber('I')).isEqualTo(LogLevel.INFO);
        assertThat(LogLevel.fromNumber('F')).isEqualTo(LogLevel.FATAL);
        assertThat(LogLevel.fromNumber('x')).isEqualTo(LogLevel.UNKNOWN);
        assertThat((int) LogLevel.UNKNOWN.code()).isEqualTo(63);
    }
}
