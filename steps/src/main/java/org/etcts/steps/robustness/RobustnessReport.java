package org.etcts.steps.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary of a robustness run, per damaged file × verification: {@code <name>.md} for a person and
 * {@code <name>.json} for a machine, with the counts per outcome, the refusals by error code, the time, and
 * every crash and hang with its reproducer.
 *
 * @param title what was run ("full corpus", "conformance sample")
 * @param seed the corpus seed
 * @param copiesPerFile malformed copies per file
 * @param seconds how long the run took, wall clock
 * @param results every case's result
 */
public record RobustnessReport(String title, long seed, int copiesPerFile, double seconds, List<CaseResult> results) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The key of a row: damaged file and verification. */
    public static String rowKey(String file, org.etcts.executorch.Verification verification) {
        return file + " / " + verification.runtimeName();
    }

    /** {@return the count of each outcome, every outcome present} */
    public Map<Outcome, Integer> totals() {
        return count(results);
    }

    /** {@return the results per row (damaged file / verification), in corpus order} */
    public Map<String, List<CaseResult>> rows() {
        return results.stream().collect(Collectors.groupingBy(
                r -> rowKey(r.robustnessCase().file(), r.robustnessCase().verification()), LinkedHashMap::new, Collectors.toList()));
    }

    /** {@return the counts as one line: {@code N refused, N ran, N crashed, N hung}} */
    public static String countsLine(Map<Outcome, Integer> totals) {
        return String.format("%d refused, %d ran, %d crashed, %d hung",
                totals.get(Outcome.REFUSED), totals.get(Outcome.RAN), totals.get(Outcome.CRASH), totals.get(Outcome.HANG));
    }

    /** Counts outcomes. */
    public static Map<Outcome, Integer> count(List<CaseResult> results) {
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            totals.put(outcome, 0);
        }
        results.forEach(r -> totals.merge(r.outcome(), 1, Integer::sum));
        return totals;
    }

    /**
     * Writes {@code <folder>/<name>.md} and {@code <name>.json}.
     *
     * @param folder where ({@code reports/})
     * @param name the files' base name
     * @param reproducers the reproducers' folder, named in the report relative to {@code folder}
     */
    public void write(Path folder, String name, Path reproducers) throws IOException {
        Files.createDirectories(folder);
        String relative = folder.toAbsolutePath().relativize(reproducers.toAbsolutePath()).toString();
        Files.writeString(folder.resolve(name + ".md"), markdown(relative), StandardCharsets.UTF_8);
        JSON.writeValue(folder.resolve(name + ".json").toFile(), json(relative));
    }

    private String markdown(String reproducers) {
        StringBuilder md = new StringBuilder();
        md.append("# Robustness: ").append(title).append("\n\n");
        md.append(String.format("%d cases (%d malformed copies of each of %d files, both verifications, load modes %s), seed %d, in %.1f s.%n%n",
                results.size(), copiesPerFile, Corpus.FILES.size(),
                Corpus.LOAD_MODES.stream().map(m -> m.runtimeName()).collect(Collectors.joining(" and ")), seed, seconds));
        md.append("Totals: ").append(countsLine(totals())).append(".");
        long withoutCode = results.stream().filter(CaseResult::refusedWithoutErrorCode).count();
        md.append(String.format(" Of the refusals, %d carried no runtime error code.%n%n", withoutCode));
        md.append(String.format("Each case ran in a child JVM limited to %d MiB of writable memory and %d s; REFUSED: load or execute"
                + " failed with an error, RAN: every method executed, CRASH: the child died, HANG: it ran past the limit.%n%n",
                RobustnessRun.DATA_LIMIT_BYTES >> 20, RobustnessRun.CASE_TIMEOUT.toSeconds()));
        md.append("| damaged file | verification | cases | REFUSED | RAN | CRASH | HANG |\n|---|---|---:|---:|---:|---:|---:|\n");
        rows().forEach((key, rowResults) -> {
            Map<Outcome, Integer> counts = count(rowResults);
            String[] parts = key.split(" / ");
            md.append(String.format("| %s | %s | %d | %d | %d | %d | %d |%n", parts[0], parts[1], rowResults.size(),
                    counts.get(Outcome.REFUSED), counts.get(Outcome.RAN), counts.get(Outcome.CRASH), counts.get(Outcome.HANG)));
        });
        md.append("\n## By kind of damage\n\n| family | cases | REFUSED | RAN | CRASH | HANG |\n|---|---:|---:|---:|---:|---:|\n");
        grouped(r -> r.family().name()).forEach((family, counts) -> md.append(String.format("| %s | %d | %d | %d | %d | %d |%n", family,
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts.get(Outcome.REFUSED), counts.get(Outcome.RAN),
                counts.get(Outcome.CRASH), counts.get(Outcome.HANG))));
        md.append("\n## By load mode\n\n| load mode | cases | REFUSED | RAN | CRASH | HANG |\n|---|---:|---:|---:|---:|---:|\n");
        grouped(r -> r.robustnessCase().loadMode().runtimeName()).forEach((mode, counts) -> md.append(String.format(
                "| %s | %d | %d | %d | %d | %d |%n", mode, counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.get(Outcome.REFUSED), counts.get(Outcome.RAN), counts.get(Outcome.CRASH), counts.get(Outcome.HANG))));
        md.append("\n## Refusals by error\n\n| error | cases |\n|---|---:|\n");
        refusalCodes().forEach((code, n) -> md.append("| ").append(code).append(" | ").append(n).append(" |\n"));
        md.append("\n## Crashes and hangs\n\nReproducers (the files, `crash.txt` with the signal, the native frames and the stderr tail,"
                + " `replay.txt` with the command) are in `").append(reproducers).append("/<case>/`.\n\n");
        md.append("| case | outcome | damage | what happened |\n|---|---|---|---|\n");
        results.stream().filter(r -> r.outcome() == Outcome.CRASH || r.outcome() == Outcome.HANG).forEach(r -> md.append(String.format(
                "| `%s` | %s | %s: %s | %s |%n", r.robustnessCase().id(), r.outcome(), r.family(), r.description(), signalLine(r))));
        return md.toString();
    }

    private ObjectNode json(String reproducers) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title).put("seed", seed).put("copiesPerFile", copiesPerFile).put("cases", results.size())
                .put("seconds", Math.round(seconds * 10) / 10.0).put("caseTimeoutSeconds", RobustnessRun.CASE_TIMEOUT.toSeconds())
                .put("dataLimitBytes", RobustnessRun.DATA_LIMIT_BYTES).put("reproducers", reproducers);
        root.set("totals", JSON.valueToTree(totals()));
        root.put("refusedWithoutErrorCode", results.stream().filter(CaseResult::refusedWithoutErrorCode).count());
        ArrayNode rows = root.putArray("rows");
        rows().forEach((key, rowResults) -> {
            String[] parts = key.split(" / ");
            ObjectNode row = rows.addObject().put("file", parts[0]).put("verification", parts[1]).put("cases", rowResults.size());
            row.set("totals", JSON.valueToTree(count(rowResults)));
        });
        root.set("byFamily", JSON.valueToTree(grouped(r -> r.family().name())));
        root.set("refusals", JSON.valueToTree(refusalCodes()));
        ArrayNode cases = root.putArray("results");
        results.forEach(r -> cases.addObject().put("case", r.robustnessCase().id()).put("outcome", r.outcome().name())
                .put("family", r.family().name()).put("damage", r.description()).put("detail", r.detail()));
        ArrayNode failures = root.putArray("crashesAndHangs");
        results.stream().filter(r -> r.outcome() == Outcome.CRASH || r.outcome() == Outcome.HANG).forEach(r -> failures.addObject()
                .put("case", r.robustnessCase().id()).put("outcome", r.outcome().name()).put("family", r.family().name())
                .put("damage", r.description()).put("signal", signalLine(r))
                .put("reproducer", reproducers + "/" + r.robustnessCase().fileSafeId()));
        return root;
    }

    /**
     * Reads a report back from its {@code .json}, so that a JVM that did not run the cases can judge them.
     *
     * @param json the file {@link #write} wrote
     * @return the report
     * @throws IOException when the file cannot be read or is not such a report
     */
    public static RobustnessReport read(Path json) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(json.toFile());
        if (root == null || !root.path("results").isArray()) {
            throw new IOException(json + " is not a robustness report: it has no \"results\" array");
        }
        List<CaseResult> results = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode entry : root.path("results")) {
            results.add(new CaseResult(RobustnessCase.parse(entry.path("case").asText()), Mutation.Family.valueOf(entry.path("family").asText()),
                    entry.path("damage").asText(), Outcome.valueOf(entry.path("outcome").asText()), entry.path("detail").asText()));
        }
        return new RobustnessReport(root.path("title").asText(), root.path("seed").asLong(), root.path("copiesPerFile").asInt(),
                root.path("seconds").asDouble(), results);
    }

    private Map<String, Map<Outcome, Integer>> grouped(Function<CaseResult, String> key) {
        Map<String, Map<Outcome, Integer>> groups = new TreeMap<>();
        results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
                .forEach((group, members) -> groups.put(group, count(members)));
        return groups;
    }

    /** Refusals counted by their error ("InvalidProgram (35)", or the binding's exception), phase left out. */
    Map<String, Integer> refusalCodes() {
        Map<String, Integer> codes = new TreeMap<>();
        for (CaseResult result : results) {
            if (result.outcome() == Outcome.REFUSED) {
                String summary = result.summary();
                String error = summary.substring(summary.indexOf(": ") + 2);
                int cut = error.startsWith(RobustnessTask.NO_ERROR_CODE) ? error.indexOf(':', RobustnessTask.NO_ERROR_CODE.length())
                        : error.indexOf("):") + 1;
                codes.merge((cut > 0 ? error.substring(0, cut) : error).strip(), 1, Integer::sum);
            }
        }
        return codes;
    }

    /** {@return the crash's signal, problematic frame and the runtime's last fatal log line, or the hang's limit, on one line} */
    public static String signalLine(CaseResult result) {
        String detail = result.detail();
        String first = result.summary().replace("the child JVM died running this case: ", "");
        String frame = detail.lines().filter(l -> l.startsWith("# C ") || l.startsWith("C  ")).findFirst().orElse("").replace("|", "/");
        // A runtime abort says why on a fatal log line ("F ... assert failed ...") just before it.
        String check = detail.lines().filter(l -> l.startsWith("F ") || l.contains("assert failed") || l.contains("Check failed"))
                .reduce((earlier, later) -> later).orElse("").replace("|", "/");
        return (first + (frame.isEmpty() ? "" : "; " + frame.strip()) + (check.isEmpty() ? "" : "; " + check.strip())).replace("\n", " ");
    }
}
