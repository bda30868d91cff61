package org.etcts.report.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etcts.results.ResultClass;
import org.etcts.results.Shard;

/** Writes {@code conformance.json} and reads it back, refusing a file that is not a complete summary. */
public final class SummaryFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** Fields later versions added: a summary written before them reads with the field null. */
    private static final List<String> LATER_FIELDS = List.of("goldenPlatforms", "shard");

    private SummaryFiles() {
    }

    /** Writes a summary (indented JSON), creating the folder. */
    public static void write(ConformanceSummary summary, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        MAPPER.writeValue(file.toFile(), summary);
    }

    /** The summary as JSON text. */
    public static String toJson(ConformanceSummary summary) throws JsonProcessingException {
        return MAPPER.writeValueAsString(summary);
    }

    /**
     * Reads and checks a summary.
     *
     * @throws MalformedSummaryException when the file is missing, is not JSON, is not a summary of this
     *     schema, or its counts disagree with its scenarios
     */
    public static ConformanceSummary read(Path file) throws MalformedSummaryException {
        if (!Files.isRegularFile(file)) {
            throw new MalformedSummaryException("no conformance summary at " + file
                    + " (a conformance run writes it: ./mvnw -B -Pconformance verify)");
        }
        ConformanceSummary summary;
        try {
            JsonNode tree = MAPPER.readTree(file.toFile());
            if (tree instanceof ObjectNode object) {
                LATER_FIELDS.stream().filter(field -> !object.has(field)).forEach(object::putNull);
            }
            summary = tree == null || tree.isMissingNode() ? null : MAPPER.treeToValue(tree, ConformanceSummary.class);
        } catch (JsonProcessingException e) {
            throw new MalformedSummaryException(file + " is not a readable conformance summary: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedSummaryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (summary == null) {
            throw new MalformedSummaryException(file + " is empty");
        }
        check(summary, file);
        return summary;
    }

    private static void check(ConformanceSummary summary, Path file) throws MalformedSummaryException {
        String where = file + ": ";
        if (!ConformanceSummary.SCHEMA.equals(summary.schema())) {
            throw new MalformedSummaryException(where + "schema is '" + summary.schema() + "', expected '" + ConformanceSummary.SCHEMA + "'");
        }
        if (summary.platform() == null || summary.platform().isBlank()) {
            throw new MalformedSummaryException(where + "names no platform");
        }
        if (summary.build() == null || summary.build().executorchVersion() == null) {
            throw new MalformedSummaryException(where + "names no build under test (build.executorchVersion)");
        }
        if (summary.totals() == null || summary.scenarios() == null) {
            throw new MalformedSummaryException(where + "has no " + (summary.totals() == null ? "totals" : "scenarios"));
        }
        if (summary.shard() != null) {
            try {
                Shard.parse(summary.shard());
            } catch (IllegalArgumentException e) {
                throw new MalformedSummaryException(where + "shard '" + summary.shard() + "' is not I/N with 1 <= I <= N");
            }
        }
        int totalled = 0;
        for (ResultClass resultClass : ResultClass.values()) {
            Integer count = summary.totals().get(resultClass);
            if (count == null || count < 0) {
                throw new MalformedSummaryException(where + "totals lack a count for " + resultClass);
            }
            totalled += count;
        }
        if (totalled != summary.executed()) {
            throw new MalformedSummaryException(where + "totals add up to " + totalled + " but executed is " + summary.executed());
        }
        int executions = 0;
        for (Map.Entry<String, ScenarioResult> entry : summary.scenarios().entrySet()) {
            ScenarioResult result = entry.getValue();
            if (result == null || result.result() == null) {
                throw new MalformedSummaryException(where + "scenario " + entry.getKey() + " has no result");
            }
            executions += result.executions();
        }
        if (executions != summary.executed()) {
            throw new MalformedSummaryException(where + "its scenarios ran " + executions + " times but executed is " + summary.executed());
        }
    }
}
