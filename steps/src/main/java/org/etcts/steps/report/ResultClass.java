package org.etcts.steps.report;

/**
 * The outcome of one scenario, in the suite's taxonomy (design decision 6). When several apply, the
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

    /** Returns the worse of this and {@code other}. */
    public ResultClass worst(ResultClass other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
