package org.etcts.report.gate;

import java.util.List;

/**
 * What the gate found. It passes when there is no failure; notes never fail it.
 *
 * @param header one line on what was gated (platform, build, counts)
 * @param regressions scenarios that passed in the previous summary and do not pass now (listed first)
 * @param failures the reasons the gate fails, regressions first within each reason
 * @param notes what a person should know that does not fail the gate
 */
public record GateVerdict(String header, List<Finding> regressions, List<Finding> failures, List<Finding> notes) {

    /** Why a finding was made. */
    public enum Reason {
        /** The summary is missing, unreadable or inconsistent. */
        MALFORMED_SUMMARY("summary missing or malformed"),
        /** Fewer scenarios ran than the set minimum. */
        TOO_FEW_SCENARIOS("too few scenarios ran"),
        /** A must-pass scenario ended in another class than PASS, or did not run. */
        MUST_PASS_NOT_PASSED("must-pass scenario did not pass"),
        /** A scenario expected to fail passed: the expectations need updating. */
        UNEXPECTED_PASS("expected failure passed"),
        /** The gate's own files cannot be used as they are. */
        CONFIGURATION("gate configuration"),
        /** Passed in the previous summary, does not pass now. */
        REGRESSION("regression"),
        /** Failing, but neither must-pass nor expected: not gating. */
        UNLISTED_FAILURE("failing, not on the must-pass list"),
        /** An expected failure that ended in another failing class than expected. */
        DIFFERENT_FAILURE("expected failure ended differently"),
        /** A must-pass scenario ended in a class its expectation tolerates beside PASS. */
        TOLERATED("tolerated"),
        /** Unit tests of the binding that failed on this build: shown, not gating (scenarios judge the build). */
        UNIT_TEST_FAILED("harness unit test did not pass"),
        /** The run was one shard of the plan: what it could not judge is judged when the shards are merged. */
        PARTIAL_RUN("one shard of the plan"),
        /** Passing scenarios the must-pass list does not name yet: candidates for it. */
        NOT_MUST_PASS("passing, not on the must-pass list");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** How the reason is printed. */
        public String label() {
            return label;
        }
    }

    /**
     * One finding.
     *
     * @param reason why it was made
     * @param subject what it is about (a scenario id, a file)
     * @param detail the explanation a person reads
     * @param regression whether the scenario passed in the previous summary
     */
    public record Finding(Reason reason, String subject, String detail, boolean regression) {
    }

    /** Whether the gate passes. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** The process exit code: 0 when the gate passes, 1 when it fails. */
    public int exitCode() {
        return passed() ? 0 : 1;
    }

    /** The lines a person reads, regressions first, ending with the verdict. */
    public List<String> lines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(header);
        if (!regressions.isEmpty()) {
            lines.add("regressions (passed in the previous summary, not now):");
            regressions.forEach(f -> lines.add("  " + f.subject() + ": " + f.detail()));
        }
        if (!failures.isEmpty()) {
            lines.add("failing the gate (" + failures.size() + "):");
            failures.forEach(f -> lines.add("  " + f.reason().label() + ": " + f.subject() + ": " + f.detail()
                    + (f.regression() ? " [regression]" : "")));
        }
        if (!notes.isEmpty()) {
            lines.add("not gating (" + notes.size() + "):");
            notes.forEach(f -> lines.add("  " + f.reason().label() + ": " + f.subject() + ": " + f.detail()));
        }
        lines.add(passed() ? "GATE PASSED" : "GATE FAILED: " + String.join(", ",
                failures.stream().map(f -> f.reason().label()).distinct().toList()));
        return lines;
    }
}
