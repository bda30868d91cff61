package org.etcts.steps.isolation;

/**
 * How one item given to a {@link WorkerSupervisor} ended.
 *
 * @param item the item
 * @param ending whether the worker finished it, died running it, or was killed for running too long
 * @param payload what the worker reported for a finished item; empty otherwise
 * @param cause for an item the worker did not finish: the signal or the time budget, the native frames and
 *     the tail of the worker's output, ready to read
 * @param lastStep for an item the worker did not finish: the last step it reported for the item (a scenario's
 *     step, a test class's test), empty when none
 */
public record WorkerOutcome(String item, Ending ending, String payload, String cause, String lastStep) {

    /** How an item ended. */
    public enum Ending {
        /** The worker ran it to its end and reported a payload. */
        FINISHED,
        /** The worker JVM died while running it (or before it could start it). */
        CRASHED,
        /** It ran longer than its budget; the worker was killed. */
        TIMED_OUT
    }

    /** True when the worker did not finish the item. */
    public boolean lost() {
        return ending != Ending.FINISHED;
    }
}
