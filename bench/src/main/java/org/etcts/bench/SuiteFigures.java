package org.etcts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's own speed beside the binding's: the figures {@code report/scripts/bench-suite.sh} saved for the test
 * command ({@code suite-bench.json}) and the conformance command ({@code suite-bench-conformance.json}), shown in
 * {@code bench.md} as they were measured (with their date and load), so one page answers "how fast is the binding,
 * and how long does the suite take". The suite is not re-measured here: a suite run takes a minute per run and
 * would disturb the benchmark beside it.
 */
final class SuiteFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("suite-bench.json", "suite-bench-conformance.json");

    private final List<JsonNode> runs = new ArrayList<>();
    private final List<String> measured = new ArrayList<>();

    /**
     * Reads whichever of the two files exist in the reports folder.
     *
     * @param reports the reports folder
     * @throws IOException if a file exists but cannot be read as JSON
     */
    SuiteFigures(Path reports) throws IOException {
        for (String name : FILES) {
            Path file = reports.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    JsonNode run = JSON.readTree(file.toFile());
                    runs.add(run);
                    measured.add(run.hasNonNull("date") ? run.get("date").asText()
                            : Files.getLastModifiedTime(file).toInstant() + " (file time)");
                } catch (IOException e) {
                    throw new IOException(file + " is not the JSON report/scripts/bench-suite.sh writes ("
                            + e.getMessage() + "); run the script again or delete the file", e);
                }
            }
        }
    }

    /** {@return the markdown section, or a line saying how to get the figures when none were saved} */
    String markdown() {
        StringBuilder md = new StringBuilder("\n## The suite (report/scripts/bench-suite.sh)\n\n");
        if (runs.isEmpty()) {
            return md.append("No suite figures in reports/: run `report/scripts/bench-suite.sh --runs 5` and")
                    .append(" `--conformance` first to show them here.\n").toString();
        }
        md.append("Measured by the suite benchmark (warm runs, each a fresh Maven invocation; every JVM the run")
                .append(" starts is counted through a launcher wrapper), not by this command.\n\n");
        md.append("| command | runs | wall s, median [min .. max] | CPU s (user+sys) | JVMs started | load before | measured |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            md.append("| `").append(run.path("command").asText()).append("` | ").append(run.path("runs").asInt())
                    .append(" | ").append(range(run.path("wallSeconds"))).append(" | ")
                    .append(range(run.path("cpuSeconds"))).append(" | ").append(range(run.path("jvmLaunches")))
                    .append(" | ").append(range(run.path("load1Before"))).append(" | ").append(measured.get(i)).append(" |\n");
        }
        return md.toString();
    }

    private static String range(JsonNode spread) {
        if (spread.isMissingNode()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f [%.1f .. %.1f]", spread.path("median").asDouble(),
                spread.path("min").asDouble(), spread.path("max").asDouble());
    }

    /** {@return the saved figures as they were read, for bench.json} */
    ArrayNode json() {
        ArrayNode array = JSON.createArrayNode();
        runs.forEach(array::add);
        return array;
    }
}
