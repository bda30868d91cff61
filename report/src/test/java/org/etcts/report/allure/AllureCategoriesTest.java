package org.etcts.report.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AllureCategoriesTest {

    /** Allure files a result under every category whose status and pattern match; here: which ones. */
    private static List<String> categoriesOf(String status, String message) {
        return AllureCategories.all().stream()
                .filter(c -> c.matchedStatuses().contains(status))
                .filter(c -> Pattern.compile(c.messageRegex()).matcher(message).matches())
                .map(AllureCategories.Category::name)
                .toList();
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                arguments("failed", "CRASH: the child JVM died running this case: SIGSEGV (exit code 134)\n--- stderr tail ---\nabort", "Crash"),
                arguments("broken", "CRASH: the child JVM timed out", "Crash"),
                arguments("broken", "CRASH: timed out after 120 s: worker JVM 3 was killed\nwhile: When the model is loaded", "Timeout"),
                arguments("failed", "HARNESS UNIT TEST: FAILED\norg.opentest4j.AssertionFailedError: expected 3", "Harness unit test failed"),
                arguments("broken", "HARNESS UNIT TEST: CRASHED\nworker JVM 1 died running this item: SIGSEGV", "Harness unit test failed"),
                arguments("failed", "[error code of: load method 'backward' failed: NotFound (32)] \nexpected: InvalidArgument\n but was: NotFound",
                        "Wrong error code"),
                arguments("failed", "[the step before was expected to fail with InvalidArgument (18), but it succeeded] \nExpecting actual not to be null",
                        "Wrong error code"),
                arguments("failed", "[outputs of conv.forward against the eager-PyTorch reference] \nExpecting empty but was: [\"output 0: OUTSIDE allclose\"]",
                        "Failed comparison"),
                arguments("failed", "FAIL: stateful_nonzero_init.forward does not reproduce its reference:\noutput 0: OUTSIDE exact", "Failed comparison"),
                arguments("failed", "[isLoaded()] \nExpecting value to be true but was false", "Behaviour does not hold"),
                arguments("skipped", "NOT_SUPPORTED: the build ships no backend_coreml component", "Not supported"),
                arguments("skipped", "QUALITY_WARNING: conv.forward within allclose but off the linux-x86_64 golden", "Quality warning"),
                arguments("broken", "java.lang.IllegalStateException: fixture add.pte not found", "Harness error"),
                arguments("skipped", "Step undefined", "Harness error"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" is a {2}")
    @MethodSource("messages")
    void everyResultClassLandsInExactlyOneCategory(String status, String message, String category) {
        assertThat(categoriesOf(status, message)).containsExactly(category);
    }

    @ParameterizedTest
    @CsvSource({"passed, fine"})
    void aPassIsInNoCategory(String status, String message) {
        assertThat(categoriesOf(status, message)).isEmpty();
    }
}
