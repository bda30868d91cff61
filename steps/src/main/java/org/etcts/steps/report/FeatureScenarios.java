package org.etcts.steps.report;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.etcts.steps.run.PlannedScenario;
import org.etcts.steps.run.ScenarioPlan;

/**
 * The scenarios of the feature files under a folder, by the ids they carry: every pickle (so every
 * example row of an outline) with its {@code @id:} tags.
 */
public final class FeatureScenarios {

    private static final String ID_TAG = "@id:";
    private static final Pattern SPLIT_PART = Pattern.compile("(?<=[0-9])[a-z]$");

    /**
     * One scenario, or one example row of an outline.
     *
     * @param feature the feature file, relative to the features folder, with '/' separators
     * @param name the scenario name (an outline row's name has its placeholders filled in)
     * @param ids the ids of its {@code @id:} tags
     */
    public record Scenario(String feature, String name, List<String> ids) {
        /** Copies the ids. */
        public Scenario {
            ids = List.copyOf(ids);
        }
    }

    private FeatureScenarios() {
    }

    /**
     * Reads every {@code .feature} file under a folder.
     *
     * @param features the folder
     * @return its scenarios, by file then order in the file
     * @throws IOException if a file cannot be read
     * @throws IllegalStateException if a file does not parse
     */
    public static List<Scenario> scan(Path features) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        if (!Files.isDirectory(features)) {
            return scenarios;
        }
        // One parser of the feature files: the run's plan, read back as file, name and ids.
        for (PlannedScenario planned : ScenarioPlan.of(features, null)) {
            String relative = features.toAbsolutePath().relativize(Path.of(URI.create(planned.uri()))).toString().replace('\\', '/');
            List<String> ids = planned.tags().stream().filter(tag -> tag.startsWith(ID_TAG))
                    .map(tag -> tag.substring(ID_TAG.length())).distinct().toList();
            scenarios.add(new Scenario(relative, planned.name(), ids));
        }
        return scenarios;
    }

    /**
     * Groups scenarios by the catalogue row their ids name: a scenario split from one row keeps the row's
     * id with a lowercase letter ({@code MOD-02a}, {@code MOD-02b}), and counts for that row.
     *
     * @param scenarios the scenarios
     * @return for each catalogue id, the scenarios that carry it or a part of it, in order
     */
    public static Map<String, List<Scenario>> byId(List<Scenario> scenarios) {
        Map<String, List<Scenario>> byId = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            for (String id : scenario.ids()) {
                List<Scenario> list = byId.computeIfAbsent(catalogueId(id), k -> new ArrayList<>());
                if (!list.contains(scenario)) {
                    list.add(scenario);
                }
            }
        }
        return byId;
    }

    /**
     * {@return the catalogue row a scenario id names: the id without the letter of a split part}
     *
     * @param id a scenario's id, e.g. {@code MOD-02b} or {@code LOG-06}
     */
    public static String catalogueId(String id) {
        return SPLIT_PART.matcher(id).replaceFirst("");
    }
}
