package org.etcts.report.summary;

/**
 * The result classes of the suite's taxonomy (design decision 6), as the scenario tally and
 * {@code conformance.json} spell them. Declared from best to worst: when one id ran several times its
 * entry takes the worst.
 */
public enum ResultClass {
    /** The behaviour holds on this build. */
    PASS,
    /** Within the reference tolerance but off this platform's golden output. */
    QUALITY_WARNING,
    /** The build or platform lacks a capability the scenario needs. */
    NOT_SUPPORTED,
    /** The behaviour does not hold, or the scenario could not be evaluated. */
    FAIL,
    /** The runtime took its (child) process down. */
    CRASH;

    /** Returns the worse of this and {@code other}. */
    public ResultClass worst(ResultClass other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
