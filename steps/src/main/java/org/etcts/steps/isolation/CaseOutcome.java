package org.etcts.steps.isolation;

/**
 * How one isolated case ended.
 *
 * @param caseId the case
 * @param status PASS, FAIL, CRASH, or HANG (only under a per-case time limit)
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
        CRASH,
        /**
         * The case ran past the per-case time limit and its child was killed. Only a runner with a
         * per-case limit ({@link ChildJvm#withCaseTimeout}) reports it; without one, a child that runs past
         * its overall timeout is a CRASH.
         */
        HANG
    }
}
