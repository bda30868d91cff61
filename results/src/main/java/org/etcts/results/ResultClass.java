package org.etcts.results;

import java.util.Map;

/**
 * The outcome of one scenario, in the suite's taxonomy (docs/design.md §6). When several apply, the
 * worst wins: a crash outranks a failure, which outranks a quality warning, a missing capability and a
 * pass.
 */
public enum ResultClass {
    /** The behaviour holds on this build. */
    PASS,
    /** Within the reference tolerance but off this platform's golden output. */
    QUALITY_WARNING,
    /** The build or platform lacks a capability the scenario needs; the probe's reason is recorded. */
    NOT_SUPPORTED,
    /** The behaviour does not hold, or the scenario could not be evaluated. */
    FAIL,
    /** The runtime took its (child) process down. */
    CRASH;

    /** Marker at the start of the message of a step aborted because a capability is missing. */
    public static final String NOT_SUPPORTED_MARKER = "NOT_SUPPORTED: ";
    /** Marker at the start of the message of a step that found outputs within tolerance but off the golden. */
    public static final String QUALITY_WARNING_MARKER = "QUALITY_WARNING: ";
    /** Marker at the start of the message of a step whose child process crashed. */
    public static final String CRASH_MARKER = "CRASH: ";

    /**
     * The counts a person reads, in the order people ask for them:
     * {@code N passed, N failed, N not supported, N crashed, N quality warnings}.
     *
     * @param totals scenarios per result class, every class present
     */
    public static String countsLine(Map<ResultClass, Integer> totals) {
        return String.format("%d passed, %d failed, %d not supported, %d crashed, %d quality warnings",
                totals.get(PASS), totals.get(FAIL), totals.get(NOT_SUPPORTED), totals.get(CRASH), totals.get(QUALITY_WARNING));
    }

    /** Returns the worse of this and {@code other}. */
    public ResultClass worst(ResultClass other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
