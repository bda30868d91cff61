package org.etcts.report.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.Matrix;

/**
 * The {@code conformance.json} of merged runs: per platform the summary its shards make together (as one
 * unsharded run of the platform would have written it), the matrix of all platforms, and the runs it was
 * made of.
 *
 * @param schema the format's name and version, {@value #SCHEMA}
 * @param generatedAt when it was written (ISO-8601, UTC)
 * @param etctsVersion the version of this suite
 * @param runs the run folders merged, by platform and shard
 * @param platforms per platform, its merged summary (schema {@value ConformanceSummary#SCHEMA}, shard {@code 1/1})
 * @param matrix platform by behaviour area by backend, a band per platform
 */
public record MergedConformance(String schema, String generatedAt, String etctsVersion, List<Run> runs,
        Map<String, ConformanceSummary> platforms, Matrix matrix) {

    /** The value of {@link #schema()} this code writes and reads. */
    public static final String SCHEMA = "etcts-conformance-merged/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One run merged.
     *
     * @param platform the platform it ran on
     * @param shard the part of the plan it ran, {@code I/N}
     * @param folder its results folder, as given
     * @param executed how many scenarios it ran
     * @param counts its counts by result class
     */
    public record Run(String platform, String shard, String folder, int executed, String counts) {
    }

    /** Writes the file, creating its folder. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MAPPER.writeValue(file.toFile(), this);
    }

    /**
     * Reads a merged file back.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static MergedConformance read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no merged conformance summary at " + file + " (the merge command writes it)");
        }
        MergedConformance merged;
        try {
            merged = MAPPER.readValue(file.toFile(), MergedConformance.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a readable merged conformance summary: " + e.getOriginalMessage(), e);
        }
        if (merged == null || !SCHEMA.equals(merged.schema()) || merged.platforms() == null) {
            throw new IllegalArgumentException(file + " is not a merged conformance summary (schema " + SCHEMA + ")");
        }
        return merged;
    }
}
