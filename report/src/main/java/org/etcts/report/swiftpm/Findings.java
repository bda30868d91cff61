package org.etcts.report.swiftpm;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one branch found: the reasons it may not ship, what was checked and held, and what
 * could not be checked here and why.
 */
public final class Findings {

    private final List<String> failures = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<String> notTested = new ArrayList<>();

    /** Records a reason the branch may not ship. */
    public void fail(String reason) {
        failures.add(reason);
    }

    /** Records something checked that held. */
    public void ok(String fact) {
        facts.add(fact);
    }

    /** Records a part that could not be checked here, with why. */
    public void notTested(String partAndReason) {
        notTested.add(partAndReason);
    }

    /** The reasons the branch may not ship, in the order found. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** What was checked and held. */
    public List<String> facts() {
        return List.copyOf(facts);
    }

    /** What could not be checked here, each with its reason. */
    public List<String> notTested() {
        return List.copyOf(notTested);
    }

    /** How many failures have been recorded so far (a check compares before and after to know whether it held). */
    public int failureCount() {
        return failures.size();
    }
}
