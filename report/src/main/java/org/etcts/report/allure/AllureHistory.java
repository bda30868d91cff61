package org.etcts.report.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Carries the trend history from one report to the next: Allure reads {@code allure-results/history/}
 * and writes the extended history into the new report's {@code history/}, so before generating, the
 * previous report's history is copied into the results.
 */
public final class AllureHistory {

    private AllureHistory() {
    }

    /**
     * Copies {@code <previous report>/history/*} into {@code <results>/history/}, replacing what is there.
     *
     * @return how many files were copied (0 when there is no previous report)
     */
    public static int carryOver(Path previousReport, Path results) throws IOException {
        Path from = previousReport.resolve("history");
        Path to = results.resolve("history");
        deleteTree(to);
        if (!Files.isDirectory(from)) {
            return 0;
        }
        Files.createDirectories(to);
        int copied = 0;
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
        }
        return copied;
    }

    /** How many runs the carried-over history holds (entries of {@code history-trend.json}), 0 without one. */
    public static int runsInHistory(Path results) {
        Path trend = results.resolve("history").resolve("history-trend.json");
        if (!Files.isRegularFile(trend)) {
            return 0;
        }
        try {
            JsonNode node = new ObjectMapper().readTree(trend.toFile());
            return node != null && node.isArray() ? node.size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
