package org.etcts.report.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.steps.report.ResultClass;
import org.etcts.steps.report.ScenarioOutcome;

/**
 * Reads the scenario tally the suite wrote ({@code <results>/scenario-tally.json}) back into the steps
 * module's {@link ScenarioOutcome}s. The steps module's {@code ScenarioTally} plugin writes the file; this
 * reader checks it and names what is wrong with it.
 */
public final class ScenarioTally {

    private ScenarioTally() {
    }

    /**
     * Reads a tally file.
     *
     * @throws IllegalStateException when the file is missing or does not hold a tally, naming why
     */
    public static List<ScenarioOutcome> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No scenario tally at " + file + ": the Cucumber suite did not run in this build.");
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode scenarios = root == null ? null : root.get("scenarios");
        if (scenarios == null || !scenarios.isArray()) {
            throw new IllegalStateException(file + " holds no 'scenarios' array: not a scenario tally.");
        }
        List<ScenarioOutcome> entries = new ArrayList<>();
        for (JsonNode node : scenarios) {
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(tag -> tags.add(tag.asText()));
            String result = node.path("result").asText("");
            ResultClass resultClass;
            try {
                resultClass = ResultClass.valueOf(result);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": scenario " + node.path("id").asText("?") + " has the unknown result '" + result + "'", e);
            }
            entries.add(new ScenarioOutcome(node.path("id").asText(), node.path("name").asText(), node.path("uri").asText(),
                    List.copyOf(tags), resultClass, node.path("reason").asText(""), node.path("durationMillis").asLong()));
        }
        return entries;
    }
}
