package org.etcts.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The kill matrix: for each mutant, what it breaks, whether its probe shows it effective, the scenarios
 * that failed under it and the gate's verdict; written as {@code reports/mutation.md} (for a person) and
 * {@code reports/mutation.json} (for a machine).
 */
public final class KillMatrix {

    /**
     * One row.
     *
     * @param mutant the mutant
     * @param probe its probe's verdict
     * @param suite the conformance run under it, or null when the suite was not run
     */
    public record Row(Mutant mutant, ProbeVerdict probe, SuiteVerdict suite) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final SuiteVerdict unmutated;
    private final String command;

    /**
     * A matrix over the unmutated run.
     *
     * @param unmutated the conformance run on the build as it is, or null when the suite was not run
     * @param command the conformance command each mutant ran
     */
    public KillMatrix(SuiteVerdict unmutated, String command) {
        this.unmutated = unmutated;
        this.command = command;
    }

    /** Adds a row. */
    public void add(Row row) {
        rows.add(row);
    }

    /**
     * Writes both files.
     *
     * @param reports the reports folder
     * @param totalSeconds how long the mutation command ran until now
     * @throws IOException when a file cannot be written
     */
    public void write(Path reports, double totalSeconds) throws IOException {
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("mutation.md"), markdown(totalSeconds));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reports.resolve("mutation.json").toFile(), json(totalSeconds));
    }

    private long effective() {
        return rows.stream().filter(r -> r.probe().effective()).count();
    }

    private long killed() {
        return rows.stream().filter(r -> r.probe().effective() && r.suite() != null && r.suite().killed()).count();
    }

    private String markdown(double totalSeconds) {
        StringBuilder md = new StringBuilder("# Mutation kill matrix\n\n");
        md.append("Each mutant is a library preloaded into the suite's JVMs that breaks one documented behaviour of the ")
                .append("build under test (`mutation/mutants/<id>.cpp`). *Effective*: the probe (`MutantProbe`) observes a ")
                .append("difference from the unmutated build. *Failed scenarios*: scenarios that fail, crash or time out under ")
                .append("the mutant but not on the unmutated build.\n\n");
        md.append(String.format("- mutants: %d, effective: %d, killed by a named scenario: %d (%s of the effective)%n", rows.size(), effective(),
                killed(), effective() == 0 ? "n/a" : Math.round(100.0 * killed() / effective()) + "%"));
        md.append(String.format("- gate FAILED under %d of %d effective mutants run through the suite%n",
                rows.stream().filter(r -> r.probe().effective() && r.suite() != null && r.suite().gateFailed()).count(),
                rows.stream().filter(r -> r.probe().effective() && r.suite() != null).count()));
        if (unmutated != null) {
            md.append(String.format("- unmutated build: %d scenarios executed, %s, gate: %s%n", unmutated.executed(), unmutated.totals(), unmutated.gate()));
        }
        md.append(String.format("- conformance command per mutant: `%s`%n", command));
        md.append(String.format("- mutation command time: %.0f s%n%n", totalSeconds));
        md.append("| mutant | kind | breaks | effective (probe evidence) | failed scenarios | other changes | gate | run |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            SuiteVerdict suite = row.suite();
            md.append("| `").append(row.mutant().id()).append("` | ").append(row.mutant().kind()).append(" | ")
                    .append(cell(row.mutant().breaks())).append(" | ")
                    .append(row.probe().effective() ? "yes: " : "no").append(cell(String.join("; ", row.probe().evidence()))).append(" | ");
            if (suite == null) {
                md.append("not run | | | |\n");
                continue;
            }
            md.append(suite.failed().isEmpty() ? "none" : cell(ids(suite.failed()))).append(" | ")
                    .append(cell(ids(suite.changed()))).append(" | ").append(cell(suite.gate())).append(" | ")
                    .append(suite.summaryWritten() ? suite.executed() + " executed, " + suite.totals() : "no conformance.json")
                    .append(String.format(", %.0f s", suite.seconds())).append(" |\n");
        }
        return md.toString();
    }

    private static String ids(Map<String, String> results) {
        List<String> parts = new ArrayList<>();
        results.forEach((id, result) -> parts.add(id + " (" + result + ")"));
        return String.join(", ", parts);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private ObjectNode json(double totalSeconds) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "etcts-mutation/1").put("command", command).put("seconds", Math.round(totalSeconds));
        root.put("mutants", rows.size()).put("effective", effective()).put("killed", killed());
        if (unmutated != null) {
            root.set("unmutated", suiteNode(mapper, unmutated));
        }
        ArrayNode array = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode node = array.addObject();
            node.put("id", row.mutant().id()).put("kind", row.mutant().kind()).put("breaks", row.mutant().breaks());
            node.put("effective", row.probe().effective());
            row.probe().evidence().forEach(node.putArray("evidence")::add);
            if (row.suite() != null) {
                node.put("killed", row.suite().killed());
                node.set("suite", suiteNode(mapper, row.suite()));
            }
        }
        return root;
    }

    private static ObjectNode suiteNode(ObjectMapper mapper, SuiteVerdict suite) {
        ObjectNode node = mapper.createObjectNode();
        node.put("summaryWritten", suite.summaryWritten()).put("executed", suite.executed()).put("gate", suite.gate())
                .put("gateFailed", suite.gateFailed()).put("seconds", Math.round(suite.seconds()));
        ObjectNode totals = node.putObject("totals");
        suite.totals().forEach(totals::put);
        ObjectNode failed = node.putObject("failed");
        suite.failed().forEach(failed::put);
        ObjectNode changed = node.putObject("changed");
        suite.changed().forEach(changed::put);
        return node;
    }
}
