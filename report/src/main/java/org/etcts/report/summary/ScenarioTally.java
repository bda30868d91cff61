package org.etcts.report.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scenario tally the suite wrote ({@code <results>/scenario-tally.json}). The JSON file is the
 * contract between the steps module and this one; nothing else of the steps module is used.
 */
public final class ScenarioTally {

    private ScenarioTally() {
    }

    /**
     * Reads a tally file.
     *
     * @throws IllegalStateException when the file is missing or does not hold a tally, naming why
     */
    public static List<TallyEntry> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No scenario tally at " + file + ": the Cucumber suite did not run in this build.");
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode scenarios = root == null ? null : root.get("scenarios");
        if (scenarios == null || !scenarios.isArray()) {
            throw new IllegalStateException(file + " holds no 'scenarios' array: not a scenario tally.");
        }
        List<TallyEntry> entries = new ArrayList<>();
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
            entries.add(new TallyEntry(node.path("id").asText(), node.path("name").asText(), node.path("uri").asText(),
                    List.copyOf(tags), resultClass, node.path("reason").asText(""), node.path("durationMillis").asLong()));
        }
        return entries;
    }
}
