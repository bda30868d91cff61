package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NativeResourceTest {

    private static final AtomicInteger RELEASED_BY_CLEANER = new AtomicInteger();

    /** A resource whose "native object" is a counter. */
    private static final class Counted extends NativeResource {
        Counted(long handle, AtomicInteger releases) {
            super(handle, h -> releases.incrementAndGet());
        }

        long peek() {
            long h = acquire();
            release();
            return h;
        }
    }

    @Test
    void closeIsIdempotentAndUseAfterCloseIsIllegalState() {
        AtomicInteger releases = new AtomicInteger();
        Counted resource = new Counted(7, releases);
        assertThat(resource.peek()).isEqualTo(7);
        assertThat(resource.isClosed()).isFalse();
        resource.close();
        resource.close();
        assertThat(releases).hasValue(1);
        assertThat(resource.isClosed()).isTrue();
        assertThatThrownBy(resource::peek).isInstanceOf(IllegalStateException.class).hasMessage("Counted is closed");
    }

    @Test
    void aCloseDuringANativeCallFreesWhenTheCallEnds() {
        AtomicInteger releases = new AtomicInteger();
        Counted resource = new Counted(7, releases);
        long first = resource.acquire();   // a native call in progress on another thread
        long second = resource.acquire();  // and a second one
        resource.close();
        assertThat(resource.isClosed()).isTrue();
        assertThat(releases).as("freed while native calls still hold the handle").hasValue(0);
        assertThatThrownBy(resource::peek).isInstanceOf(IllegalStateException.class).hasMessage("Counted is closed");
        resource.release();
        assertThat(releases).hasValue(0);
        resource.release();
        assertThat(releases).hasValue(1);
        resource.close();
        assertThat(releases).hasValue(1);
        assertThat(first).isEqualTo(7).isEqualTo(second);
    }

    @Test
    void usesAndClosesRacingFromManyThreadsFreeOnceAndNeverDuringAUse() throws Exception {
        for (int round = 0; round < 200; round++) {
            AtomicInteger releases = new AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean freedDuringUse = new java.util.concurrent.atomic.AtomicBoolean();
            Counted resource = new Counted(3, releases);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean closer = t == 0;
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (closer) {
                        resource.close();
                        return;
                    }
                    for (int i = 0; i < 100; i++) {
                        try {
                            resource.acquire();
                        } catch (IllegalStateException closed) {
                            return;
                        }
                        if (releases.get() != 0) {
                            freedDuringUse.set(true);
                        }
                        resource.release();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(freedDuringUse).isFalse();
            assertThat(releases).hasValue(1);
        }
    }

    @Test
    void concurrentClosesReleaseExactlyOnce() throws Exception {
        for (int round = 0; round < 50; round++) {
            AtomicInteger releases = new AtomicInteger();
            Counted resource = new Counted(1, releases);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    resource.close();
                });
                thread.start();
                threads.add(thread);
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(releases).hasValue(1);
        }
    }

    @Test
    void theCleanerReleasesForgottenResources() throws Exception {
        int before = RELEASED_BY_CLEANER.get();
        for (int i = 0; i < 10; i++) {
            new Counted(i + 1, RELEASED_BY_CLEANER);
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (RELEASED_BY_CLEANER.get() < before + 10 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(RELEASED_BY_CLEANER.get() - before).isEqualTo(10);
    }

    @Test
    void aZeroHandleIsRejected() {
        assertThatThrownBy(() -> new Counted(0, new AtomicInteger())).isInstanceOf(IllegalArgumentException.class);
    }
}
