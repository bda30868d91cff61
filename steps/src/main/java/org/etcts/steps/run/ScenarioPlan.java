package org.etcts.steps.run;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every scenario the feature files declare, in the order a run executes them (files by path, then by
 * line), each with the worker item that selects it. The run's accounting starts from this plan: a scenario
 * the plan holds ends with an outcome whatever happens to the JVM that runs it.
 */
public final class ScenarioPlan {

    private static final String ID_TAG = "@id:";

    private ScenarioPlan() {
    }

    /**
     * The worker item of a scenario: its feature's URI, a colon and its line. {@code file:} URIs are
     * normalised (Cucumber and {@link Path#toUri()} spell them differently) so that the plan and the
     * worker's events name a scenario the same way.
     *
     * @param uri the feature file's URI
     * @param line the line of the scenario or example row
     * @return the item
     */
    public static String item(URI uri, int line) {
        String spelled = "file".equals(uri.getScheme()) ? Path.of(uri).toUri().toString() : uri.toString();
        return spelled + ":" + line;
    }

    /**
     * Plans the scenarios of the feature files under a folder.
     *
     * @param features the folder
     * @param uriPrefix how a file's URI is spelled: {@code classpath:features/} for the suite's own features
     *     on the class path, or null for {@code file:} URIs
     * @return the scenarios
     * @throws IOException when a file cannot be read
     * @throws IllegalStateException when a file does not parse, naming it and the parser's message
     */
    public static List<PlannedScenario> of(Path features, String uriPrefix) throws IOException {
        if (!Files.isDirectory(features)) {
            throw new IllegalStateException("No features folder at " + features);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(features)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        List<PlannedScenario> plan = new ArrayList<>();
        for (Path file : files) {
            URI uri = uriPrefix == null ? file.toAbsolutePath().toUri()
                    : URI.create(uriPrefix + features.relativize(file).toString().replace('\\', '/'));
            Map<String, Integer> lines = new HashMap<>();
            Map<String, Boolean> outlines = new HashMap<>();
            String featureName = "";
            for (Envelope envelope : parser.parse(file).toList()) {
                if (envelope.getParseError().isPresent()) {
                    throw new IllegalStateException("Cannot parse " + file + ": " + envelope.getParseError().get().getMessage());
                }
                if (envelope.getGherkinDocument().isPresent()) {
                    featureName = index(envelope.getGherkinDocument().get(), lines, outlines);
                }
                if (envelope.getPickle().isPresent()) {
                    plan.add(planned(envelope.getPickle().get(), uri, featureName, lines, outlines));
                }
            }
        }
        return plan;
    }

    /** Records the line of every scenario and example row by AST node id; returns the feature's name. */
    private static String index(GherkinDocument document, Map<String, Integer> lines, Map<String, Boolean> outlines) {
        Feature feature = document.getFeature().orElse(null);
        if (feature == null) {
            return "";
        }
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenario -> index(scenario, lines, outlines));
            child.getRule().ifPresent(rule -> indexRule(rule, lines, outlines));
        }
        return feature.getName();
    }

    private static void indexRule(Rule rule, Map<String, Integer> lines, Map<String, Boolean> outlines) {
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(scenario -> index(scenario, lines, outlines));
        }
    }

    private static void index(Scenario scenario, Map<String, Integer> lines, Map<String, Boolean> outlines) {
        lines.put(scenario.getId(), scenario.getLocation().getLine().intValue());
        outlines.put(scenario.getId(), !scenario.getExamples().isEmpty());
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lines.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
    }

    private static PlannedScenario planned(Pickle pickle, URI uri, String featureName, Map<String, Integer> lines,
            Map<String, Boolean> outlines) {
        List<String> nodes = pickle.getAstNodeIds();
        // A pickle of an outline row names the scenario then the row; Cucumber selects it by the row's line.
        Integer line = lines.get(nodes.get(nodes.size() - 1));
        if (line == null) {
            throw new IllegalStateException("Cannot locate the scenario '" + pickle.getName() + "' in " + uri);
        }
        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
        boolean outlineRow = Boolean.TRUE.equals(outlines.get(nodes.get(0)));
        return new PlannedScenario(item(uri, line), scenarioId(tags, pickle.getName(), outlineRow), pickle.getName(), featureName,
                uri.toString(), line, tags);
    }

    /**
     * The id a scenario is known by in the tally, the summary and the gate: the value of its {@code @id:}
     * tag, or its name when it has none. Every row of an outline shares the outline's tag, so a row's id is
     * the tag followed by {@code /} and its name.
     *
     * @param tags the scenario's tags
     * @param name its name
     * @param outlineRow whether it is an example row of an outline
     * @return its id
     */
    public static String scenarioId(List<String> tags, String name, boolean outlineRow) {
        String id = tags.stream().filter(tag -> tag.startsWith(ID_TAG)).map(tag -> tag.substring(ID_TAG.length())).findFirst().orElse(null);
        if (id == null) {
            return name;
        }
        return outlineRow ? id + "/" + name : id;
    }
}
