package org.etcts.report.swiftpm;

import java.util.List;

/**
 * The verdict on one branch.
 *
 * @param branch the branch name
 * @param line the release line its version picked, or null when none did
 * @param findings what the checks found
 */
public record SwiftPmVerdict(String branch, String line, Findings findings) {

    /** Whether the branch may ship: no check failed. */
    public boolean passed() {
        return findings.failures().isEmpty();
    }

    /** The reasons it may not ship. */
    public List<String> failures() {
        return findings.failures();
    }

    /** The batch line: {@code <branch> PASSED} or {@code <branch> FAILED: <reason>; <reason>}. */
    public String batchLine() {
        return passed() ? branch + " PASSED" : branch + " FAILED: " + String.join("; ", failures());
    }
}
