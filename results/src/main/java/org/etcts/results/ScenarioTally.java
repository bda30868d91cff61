package org.etcts.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The run's tally: every scenario's outcome, the totals per {@link ResultClass}, the closing lines a person
 * reads, and {@code <etcts.results.dir>/scenario-tally.json}, which the suite's count gate and the report
 * read after the suite.
 */
public final class ScenarioTally {

    /** The file name of the tally in the results folder. */
    public static final String FILE = "scenario-tally.json";

    private ScenarioTally() {
    }

    /**
     * Builds the report of a list of outcomes.
     *
     * @param outcomes every scenario's outcome
     * @param shard the part of the plan that ran
     * @param planned how many scenarios the whole plan holds, over all shards
     * @return the totals and the outcomes
     */
    public static ScenarioTallyReport report(List<ScenarioOutcome> outcomes, Shard shard, int planned) {
        Map<ResultClass, Integer> totals = new EnumMap<>(ResultClass.class);
        for (ResultClass resultClass : ResultClass.values()) {
            totals.put(resultClass, 0);
        }
        outcomes.forEach(o -> totals.merge(o.result(), 1, Integer::sum));
        return new ScenarioTallyReport(totals, outcomes.size(), List.copyOf(outcomes), shard.toString(), planned);
    }

    /** Prints the closing line and one line per scenario that did not pass. */
    public static void print(ScenarioTallyReport report, PrintStream out) {
        out.println();
        out.println("[etcts] " + report.closingLine());
        report.scenarios().stream()
                .filter(o -> o.result() != ResultClass.PASS)
                .forEach(o -> out.printf("[etcts]   %-15s %-16s %s%n", o.result(), o.id(), firstLine(o.reason())));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Writes the tally to {@link #tallyFile()}. */
    public static void write(ScenarioTallyReport report) {
        write(report, tallyFile());
    }

    /**
     * Writes the tally to a file.
     *
     * @param report the tally
     * @param file where it goes; its folder is created
     */
    public static void write(ScenarioTallyReport report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the scenario tally " + file, e);
        }
    }

    /**
     * Reads a tally file back, checking that it is one.
     *
     * @param file the file
     * @return its scenarios
     * @throws IOException when the file cannot be read or does not parse
     * @throws IllegalStateException when the file is missing or does not hold a tally, naming why
     */
    public static List<ScenarioOutcome> read(Path file) throws IOException {
        return readReport(file).scenarios();
    }

    /**
     * Reads a tally file back whole: its scenarios, and which part of which plan it ran.
     *
     * @param file the file
     * @return the tally
     * @throws IOException when the file cannot be read or does not parse
     * @throws IllegalStateException when the file is missing or does not hold a tally, naming why
     */
    public static ScenarioTallyReport readReport(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No scenario tally at " + file + ": the scenarios did not run in this build.");
        }
        ScenarioTallyReport report;
        try {
            report = new ObjectMapper().readValue(file.toFile(), ScenarioTallyReport.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IllegalStateException(file + " is not a scenario tally: " + e.getOriginalMessage(), e);
        }
        if (report.scenarios() == null) {
            throw new IllegalStateException(file + " holds no 'scenarios' array: not a scenario tally.");
        }
        return report;
    }

    /** Where the tally goes: {@code <etcts.results.dir>/scenario-tally.json}. */
    public static Path tallyFile() {
        return ResultsFolder.current().resolve(FILE);
    }
}
