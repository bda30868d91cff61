package org.etcts.report.allure;

import java.util.List;

/**
 * The result classes of the design (docs/design.md §6) as Allure categories, written to
 * {@code allure-results/categories.json}. Allure files a result under every category whose status and
 * message pattern match, so the patterns exclude one another: each failing scenario lands in exactly one.
 *
 * <p>They match the message shapes the suite produces: the {@code CRASH: }, {@code NOT_SUPPORTED: } and
 * {@code QUALITY_WARNING: } markers of the result accounting, and the AssertJ descriptions of the
 * error-code and output-comparison steps ({@code [error code of: ...]}, {@code [outputs of m.f against ...]},
 * {@code OUTSIDE <accuracy>}).
 */
public final class AllureCategories {

    /** A category as Allure's {@code categories.json} spells it. */
    public record Category(String name, String description, List<String> matchedStatuses, String messageRegex) {
    }

    private static final String CRASH = "CRASH: ";
    private static final String TIMEOUT = CRASH + "timed out";
    private static final String NOT_SUPPORTED = "NOT_SUPPORTED: ";
    private static final String QUALITY_WARNING = "QUALITY_WARNING: ";
    private static final String MARKERS = CRASH + "|" + NOT_SUPPORTED + "|" + QUALITY_WARNING + "|" + AllureUnitTestResults.MARKER;
    private static final String WRONG_ERROR_CODE = "\\[error code of|\\[the step before was expected to fail with";
    private static final String FAILED_COMPARISON = "\\[outputs of |\\[values\\]|.*OUTSIDE |.*does not reproduce its reference";

    private AllureCategories() {
    }

    /** The categories, most specific first. */
    public static List<Category> all() {
        return List.of(
                new Category("Timeout", "The scenario ran past its time budget (-Detcts.scenario.timeout); its worker JVM was killed and the run went on.",
                        List.of("failed", "broken"), "(?s)" + TIMEOUT + ".*"),
                new Category("Crash", "The runtime took its (child) process down: the signal, native frames and stderr tail are attached.",
                        List.of("failed", "broken"), "(?s)" + CRASH + "(?!timed out).*"),
                new Category("Harness unit test failed", "A unit test of the binding failed, crashed or timed out on this build; "
                        + "the scenarios ran anyway.", List.of("failed", "broken"), "(?s)" + AllureUnitTestResults.MARKER + ".*"),
                new Category("Wrong error code", "The runtime failed with another error code than the documentation says, or did not fail.",
                        List.of("failed"), "(?s)(?!" + MARKERS + ")(" + WRONG_ERROR_CODE + ").*"),
                new Category("Failed comparison", "Outputs outside the reference tolerance: the worst differing elements are attached.",
                        List.of("failed"), "(?s)(?!" + MARKERS + ")(" + FAILED_COMPARISON + ").*"),
                new Category("Behaviour does not hold", "Any other documented behaviour that this build does not show.",
                        List.of("failed"), "(?s)(?!" + MARKERS + "|" + WRONG_ERROR_CODE + "|" + FAILED_COMPARISON + ").*"),
                new Category("Not supported", "The build or platform lacks a capability the scenario needs; the probe's finding is the reason. Never a pass.",
                        List.of("skipped"), "(?s)" + NOT_SUPPORTED + ".*"),
                new Category("Quality warning", "Within the reference tolerance but off this platform's golden output.",
                        List.of("skipped", "failed", "broken", "passed"), "(?s)" + QUALITY_WARNING + ".*"),
                new Category("Harness error", "The scenario could not be evaluated: an exception in the harness or glue, an undefined step.",
                        List.of("broken", "skipped", "unknown"), "(?s)(?!" + MARKERS + ").*"));
    }
}
