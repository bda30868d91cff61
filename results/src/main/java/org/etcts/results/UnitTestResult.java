package org.etcts.results;

import java.util.Map;

/**
 * One unit test's result, as a worker reports it and {@code unit-tests.json} records it.
 *
 * @param test the test: its class and method, then its display name
 * @param status how it ended
 * @param message the failure's stack trace, the reason of a skip, or the worker's death; empty on a pass
 */
public record UnitTestResult(String test, Status status, String message) {

    /** How a unit test ended. */
    public enum Status {
        /** It passed. */
        PASSED,
        /** It was skipped or aborted (an assumption did not hold). */
        SKIPPED,
        /** It failed. */
        FAILED,
        /** Its worker JVM died while its class ran. */
        CRASHED,
        /** Its class ran past its time budget and its worker was killed. */
        TIMED_OUT;

        /**
         * The counts a person reads: {@code N passed, N failed, N skipped, N crashed, N timed out}.
         *
         * @param totals tests per status; a status missing counts 0
         */
        public static String countsLine(Map<Status, Integer> totals) {
            return String.format("%d passed, %d failed, %d skipped, %d crashed, %d timed out", totals.getOrDefault(PASSED, 0),
                    totals.getOrDefault(FAILED, 0), totals.getOrDefault(SKIPPED, 0), totals.getOrDefault(CRASHED, 0),
                    totals.getOrDefault(TIMED_OUT, 0));
        }
    }
}
