package org.etcts.steps.errors;

import java.util.concurrent.Callable;
import org.etcts.results.ResultClass;
import org.etcts.steps.isolation.CaseOutcome;

/**
 * How a misuse probe in a child JVM reports the binding's refusal, and how the scenario checks it. The
 * child describes the exception that refused the misuse ({@code refused with IllegalArgumentException:
 * ...}); the scenario names the exception it expects, so a refusal by another exception type (or a silent
 * success, or an abort) fails it.
 */
public final class Refusal {

    private static final String PREFIX = "refused with ";

    private Refusal() {
    }

    /** {@return how the child reports a refusal: the exception's simple class name, then its message} */
    public static String describe(Exception refusal) {
        return PREFIX + refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
    }

    /**
     * Runs a misuse in the child and describes its refusal.
     *
     * @throws AssertionError when the misuse succeeded silently
     */
    public static String refused(String caseId, Callable<?> misuse) {
        if (misuse == null) {
            throw new IllegalArgumentException("unknown misuse '" + caseId + "'");
        }
        Object result;
        try {
            result = misuse.call();
        } catch (Exception e) {
            return describe(e);
        }
        throw new AssertionError("the misuse '" + caseId + "' succeeded silently and returned " + result
                + ": the binding must refuse it with an exception");
    }

    /**
     * Checks that a child refused a misuse with the expected exception: a crash is a CRASH, a silent
     * success or another exception type a failure.
     *
     * @param outcome how the case ended in the child
     * @param exception the simple class name of the exception the feature expects, e.g. {@code IllegalArgumentException}
     */
    public static void assertRefusedWith(CaseOutcome outcome, String exception) {
        if (outcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + outcome.message());
        }
        if (outcome.status() != CaseOutcome.Status.PASS) {
            throw new AssertionError("misuse " + outcome.caseId() + " was not refused: " + outcome.message());
        }
        if (!outcome.message().startsWith(PREFIX + exception + ":")) {
            throw new AssertionError("misuse " + outcome.caseId() + " was expected to be refused with " + exception
                    + ", but the child reports: " + outcome.message());
        }
    }
}
