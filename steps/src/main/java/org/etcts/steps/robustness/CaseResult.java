package org.etcts.steps.robustness;

/**
 * What one case did.
 *
 * @param robustnessCase the case
 * @param family the kind of damage
 * @param description the damage itself
 * @param outcome how the runtime took it
 * @param detail the refusal's phase and error, the methods that ran, or the crash's signal, frames and stderr tail
 */
public record CaseResult(RobustnessCase robustnessCase, Mutation.Family family, String description, Outcome outcome, String detail) {

    /** {@return whether the refusal carried no runtime error code (the binding's own exception)} */
    public boolean refusedWithoutErrorCode() {
        return outcome == Outcome.REFUSED && detail.contains(RobustnessTask.NO_ERROR_CODE);
    }

    /** {@return the first line of the detail} */
    public String summary() {
        return detail.strip().lines().findFirst().orElse("");
    }
}
