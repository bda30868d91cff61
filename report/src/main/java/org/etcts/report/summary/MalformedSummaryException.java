package org.etcts.report.summary;

/** A conformance summary that is missing, unreadable or inconsistent; the message says which and why. */
public final class MalformedSummaryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the reason a person reads. */
    public MalformedSummaryException(String message) {
        super(message);
    }

    /** Creates the exception with the reason a person reads and what caused it. */
    public MalformedSummaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
