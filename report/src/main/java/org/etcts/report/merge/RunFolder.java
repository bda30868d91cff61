package org.etcts.report.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.etcts.report.ConformanceReport;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.MalformedSummaryException;
import org.etcts.report.summary.SummaryFiles;
import org.etcts.results.ScenarioTally;
import org.etcts.results.ScenarioTallyReport;
import org.etcts.results.Shard;

/**
 * The results folder of one conformance run to merge (its {@code reports/}, as a CI job uploads it): the
 * summary, the scenario tally and the Allure results, each read by the reader of its format.
 *
 * @param folder the folder
 * @param summary its {@code conformance.json}: the platform and the build under test
 * @param tally its {@code scenario-tally.json}: every scenario's outcome, the shard, the whole plan's size
 * @param shard the part of the plan it ran
 */
public record RunFolder(Path folder, ConformanceSummary summary, ScenarioTallyReport tally, Shard shard) {

    /** The platform the run ran on. */
    public String platform() {
        return summary.platform();
    }

    /** Its Allure results folder. */
    public Path allureResults() {
        return folder.resolve(ConformanceReport.ALLURE_RESULTS);
    }

    /** {@return e.g. {@code linux-x86_64 shard 1/2 (runs/x86-1)}} */
    public String describe() {
        return platform() + " shard " + shard + " (" + folder + ")";
    }

    /**
     * Reads a run's folder.
     *
     * @param folder the folder
     * @return the run
     * @throws IllegalArgumentException naming the folder, what is wrong and the fix
     */
    public static RunFolder read(Path folder) {
        ConformanceSummary summary;
        try {
            summary = SummaryFiles.read(folder.resolve(ConformanceReport.SUMMARY));
        } catch (MalformedSummaryException e) {
            throw new IllegalArgumentException("run folder " + folder + ": " + e.getMessage());
        }
        ScenarioTallyReport tally;
        try {
            tally = ScenarioTally.readReport(folder.resolve(ScenarioTally.FILE));
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("run folder " + folder + ": " + e.getMessage());
        }
        if (tally.shard() == null || tally.planned() < 1) {
            throw new IllegalArgumentException("run folder " + folder + ": its " + ScenarioTally.FILE
                    + " does not say which shard of how large a plan it ran (written by an older etcts); run it again with this one");
        }
        Shard shard;
        try {
            shard = Shard.parse(tally.shard());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("run folder " + folder + ": " + ScenarioTally.FILE + " names shard '" + tally.shard()
                    + "', which is not I/N with 1 <= I <= N");
        }
        if (tally.executed() != summary.executed()) {
            throw new IllegalArgumentException("run folder " + folder + ": " + ScenarioTally.FILE + " holds " + tally.executed()
                    + " scenarios but " + ConformanceReport.SUMMARY + " " + summary.executed()
                    + ": the files come from different runs (copy a run's results folder whole)");
        }
        if (!Files.isDirectory(folder.resolve(ConformanceReport.ALLURE_RESULTS))) {
            throw new IllegalArgumentException("run folder " + folder + " has no " + ConformanceReport.ALLURE_RESULTS
                    + "/: upload the run's whole results folder (reports/), Allure results included");
        }
        return new RunFolder(folder, summary, tally, shard);
    }
}
