package org.etcts.report.allure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etcts.report.summary.UnitTests;
import org.etcts.results.PlatformResults;
import org.etcts.results.UnitTestResult;

/**
 * The harness's unit tests that failed, crashed or timed out, as Allure results in a suite of their own
 * ("Harness unit tests"), so that the report shows them beside the scenarios. Passing unit tests are not
 * listed: the report's totals stay those of the scenarios plus these.
 */
public final class AllureUnitTestResults {

    /** Marker at the start of their messages; their category matches it. */
    public static final String MARKER = "HARNESS UNIT TEST: ";
    /** The suite they are listed under. */
    public static final String SUITE = "Harness unit tests";

    private AllureUnitTestResults() {
    }

    /**
     * Writes one result per unit test that did not pass.
     *
     * @param allureResults the Allure results folder
     * @param tests the run's unit tests
     * @param platform the platform they ran on, which marks their results as the suite marks its scenarios'
     *     ({@link PlatformResults})
     * @return how many results were written
     * @throws IOException when a file cannot be written
     */
    public static int write(Path allureResults, UnitTests tests, String platform) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (UnitTestResult test : tests.notPassed()) {
            String uuid = UUID.randomUUID().toString();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("uuid", uuid);
            result.put("historyId", PlatformResults.historyId(PlatformResults.md5(SUITE + test.test()), platform));
            result.put("fullName", test.test());
            result.put("name", test.test());
            result.put("labels", List.of(Map.of("name", "suite", "value", SUITE), Map.of("name", "feature", "value", SUITE),
                    Map.of("name", "framework", "value", "junit-platform"), Map.of("name", PlatformResults.SUITE_LABEL, "value", platform)));
            result.put("parameters", List.of(Map.of("name", PlatformResults.PARAMETER, "value", platform)));
            result.put("status", test.status() == UnitTestResult.Status.FAILED ? "failed" : "broken");
            result.put("statusDetails", Map.of("message", MARKER + test.status() + "\n" + test.message()));
            result.put("stage", "finished");
            json.writeValue(allureResults.resolve(uuid + "-result.json").toFile(), result);
        }
        return tests.notPassed().size();
    }
}
