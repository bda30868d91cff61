package org.etcts.steps.isolation;

/**
 * How one isolated case ended.
 *
 * @param caseId the case
 * @param status PASS, FAIL or CRASH
 * @param message what was checked (PASS), why it failed (FAIL), or the signal and the child's stderr tail (CRASH)
 * @param childStderr everything the child JVM that ran the case wrote on stderr (the runtime logs there),
 *     shared by every case that child ran
 */
public record CaseOutcome(String caseId, Status status, String message, String childStderr) {

    /** The end of a case. */
    public enum Status {
        /** The case ran and its checks held. */
        PASS,
        /** The case ran and a check failed, or it threw. */
        FAIL,
        /** The child process died while running the case. */
        CRASH
    }
}
