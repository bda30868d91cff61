package org.etcts.steps.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs after the suite and fails the build when no scenario ran, or fewer than the feature files
 * hold: a suite that silently finds nothing must never pass.
 *
 * <p>Usage: {@code ScenarioCountGate <features dir> <scenario-tally.json>}.
 */
public final class ScenarioCountGate {

    private ScenarioCountGate() {
    }

    /**
     * Checks the tally against the features.
     *
     * @param args the features directory and the tally file
     * @throws IllegalStateException when the check fails, naming the cause
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ScenarioCountGate <features dir> <scenario-tally.json>");
        }
        Path features = Path.of(args[0]);
        Path tally = Path.of(args[1]);
        int declared = countScenarios(features);
        if (!Files.isRegularFile(tally)) {
            throw new IllegalStateException("No scenario tally at " + tally
                    + ": the Cucumber suite did not run (or its ScenarioTally plugin is not registered).");
        }
        ScenarioTallyReport report = new ObjectMapper().readValue(tally.toFile(), ScenarioTallyReport.class);
        String verdict = check(declared, report.executed());
        System.out.printf("[etcts] %s; %d of %d scenarios in %s ran%n", report.closingLine(), report.executed(), declared, features);
        if (verdict != null) {
            throw new IllegalStateException(verdict);
        }
    }

    /**
     * Compares the declared and executed counts.
     *
     * @return null when the run is complete, otherwise why it is not
     */
    static String check(int declared, int executed) {
        if (executed == 0) {
            return "No scenario ran (the features declare " + declared + "): check the Cucumber suite's feature path and glue.";
        }
        if (executed < declared) {
            return "Only " + executed + " of the " + declared + " scenarios the features declare ran: "
                    + "a tag filter or a discovery problem hid some. Behaviours a build lacks are NOT_SUPPORTED at run time, never filtered out.";
        }
        return null;
    }

    /** Counts the scenarios (pickles, so every example row of an outline) in the feature files under a folder. */
    static int countScenarios(Path features) throws IOException {
        if (!Files.isDirectory(features)) {
            throw new IllegalStateException("No features folder at " + features);
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        int count = 0;
        try (Stream<Path> files = Files.walk(features)) {
            List<Path> featureFiles = files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
            for (Path file : featureFiles) {
                List<Envelope> envelopes = parser.parse(file).toList();
                for (Envelope envelope : envelopes) {
                    if (envelope.getParseError().isPresent()) {
                        throw new IllegalStateException("Cannot parse " + file + ": " + envelope.getParseError().get().getMessage());
                    }
                    if (envelope.getPickle().isPresent()) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
