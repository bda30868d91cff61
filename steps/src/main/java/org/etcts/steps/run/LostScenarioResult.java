package org.etcts.steps.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etcts.executorch.Platform;
import org.etcts.results.PlatformResults;

/**
 * The Allure result of a scenario whose worker JVM died or was killed while running it. The Allure listener
 * inside the worker writes a result only when a scenario ends, so without this file the report would not
 * show the scenario at all. It is written as the listener would have (same labels, same full name), broken,
 * with the cause as its message and the worker's crash report and output as an attachment, and marked with
 * its platform ({@link PlatformResults}).
 */
public final class LostScenarioResult {

    private LostScenarioResult() {
    }

    /**
     * Writes the result into an Allure results folder.
     *
     * @param allureResults the folder
     * @param scenario the scenario that was lost
     * @param message its message, starting with the CRASH marker
     * @param startMillis when it started (epoch millis)
     * @param stopMillis when its worker was found dead or was killed (epoch millis)
     * @throws IOException when the files cannot be written
     */
    public static void write(Path allureResults, PlannedScenario scenario, String message, long startMillis, long stopMillis) throws IOException {
        Files.createDirectories(allureResults);
        String uuid = UUID.randomUUID().toString();
        String attachment = UUID.randomUUID() + "-attachment.txt";
        Files.writeString(allureResults.resolve(attachment), message, StandardCharsets.UTF_8);
        String fullName = scenario.uri().replaceFirst("^classpath:", "") + ":" + scenario.line();

        List<Map<String, String>> labels = new ArrayList<>();
        for (String tag : scenario.tags()) {
            labels.add(label("tag", tag.startsWith("@") ? tag.substring(1) : tag));
        }
        labels.add(label("feature", scenario.feature()));
        labels.add(label("story", scenario.name()));
        labels.add(label("suite", scenario.feature()));
        labels.add(label("testClass", scenario.name()));
        labels.add(label("framework", "cucumber4jvm"));
        labels.add(label("language", "java"));
        labels.add(label("gherkin_uri", scenario.uri()));
        String platform = Platform.current();
        labels.add(label(PlatformResults.SUITE_LABEL, platform));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uuid", uuid);
        result.put("historyId", PlatformResults.historyId(PlatformResults.md5(fullName), platform));
        result.put("testCaseId", PlatformResults.md5(scenario.uri() + ":" + scenario.name()));
        result.put("fullName", fullName);
        result.put("labels", labels);
        result.put("name", scenario.name());
        result.put("parameters", List.of(Map.of("name", PlatformResults.PARAMETER, "value", platform)));
        result.put("status", "broken");
        result.put("statusDetails", Map.of("message", message, "known", false, "muted", false, "flaky", false));
        result.put("stage", "finished");
        result.put("attachments", List.of(Map.of("name", "what the worker JVM left", "source", attachment, "type", "text/plain")));
        result.put("start", startMillis);
        result.put("stop", stopMillis);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(allureResults.resolve(uuid + "-result.json").toFile(), result);
    }

    private static Map<String, String> label(String name, String value) {
        Map<String, String> label = new LinkedHashMap<>();
        label.put("name", name);
        label.put("value", value);
        return label;
    }

}
