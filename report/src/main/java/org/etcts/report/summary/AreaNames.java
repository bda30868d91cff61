package org.etcts.report.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of the behaviour areas, for the matrix's legend: each feature file's {@code @area:} tag with
 * the name of its {@code Feature:} (e.g. {@code TEN} is "Tensor"), the names joined where several files share
 * an area. The feature files are where
 * an area is defined, so the legend cannot drift from them.
 */
public final class AreaNames {

    private static final Pattern AREA_TAG = Pattern.compile("@area:(\\S+)");
    private static final Pattern FEATURE = Pattern.compile("^\\s*Feature:\\s*(.+?)\\s*$");

    private AreaNames() {
    }

    /**
     * Reads the area names of the feature files in a folder (and below).
     *
     * @param features the features folder
     * @return area code to name, sorted by code; empty when the folder does not exist
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Map<String, String> of(Path features) {
        Map<String, String> names = new TreeMap<>();
        if (!Files.isDirectory(features)) {
            return names;
        }
        try (Stream<Path> walk = Files.walk(features)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                // Several files may share an area (module.feature and tracing.feature are both MOD): the legend
                // names each, in file order.
                parse(Files.readAllLines(file, StandardCharsets.UTF_8))
                        .forEach((area, name) -> names.merge(area, name, (first, next) -> first + "; " + next));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feature files under " + features, e);
        }
        return names;
    }

    /** The area named by the tags just above a file's {@code Feature:} line, with the feature's name. */
    static Map<String, String> parse(List<String> lines) {
        String area = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            Matcher tag = AREA_TAG.matcher(trimmed);
            if (trimmed.startsWith("@") && tag.find()) {
                area = tag.group(1);
                continue;
            }
            Matcher feature = FEATURE.matcher(line);
            if (feature.matches()) {
                return area == null ? Map.of() : Map.of(area, feature.group(1));
            }
        }
        return Map.of();
    }
}
