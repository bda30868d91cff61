package org.etcts.steps.report;

import java.io.IOException;
import java.nio.file.Path;
import org.etcts.results.ScenarioTally;
import org.etcts.results.ScenarioTallyReport;
import org.etcts.results.Shard;
import org.etcts.steps.run.ScenarioPlan;

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
        ScenarioTallyReport report = ScenarioTally.readReport(tally);
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

    /**
     * Counts the scenarios (pickles, so every example row of an outline) in the feature files under a folder
     * that belong to this run's shard ({@code -Detcts.shard}, the whole run by default).
     */
    static int countScenarios(Path features) throws IOException {
        return Shard.fromSystemProperty().select(ScenarioPlan.of(features, null)).size();
    }
}
