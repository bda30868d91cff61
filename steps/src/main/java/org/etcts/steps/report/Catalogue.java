package org.etcts.steps.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The behaviour catalogue, read from its markdown: every table row whose first cell is an id such as
 * {@code MOD-07}, under {@code ### AREA: title} headings. Columns are found by the table's header
 * ({@code ID}, {@code area}, {@code behaviour}, {@code linux}), so their order may change.
 *
 * @param rows every row, in the order of the file
 * @param areaTitles each area's title from its heading, in the order of the file
 */
public record Catalogue(List<CatalogueRow> rows, Map<String, String> areaTitles) {

    private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]+");
    private static final Pattern AREA_HEADING = Pattern.compile("^#{2,4}\\s+([A-Z]+):\\s*(.*)$");

    /** Copies the parts. */
    public Catalogue {
        rows = List.copyOf(rows);
        areaTitles = Collections.unmodifiableMap(new LinkedHashMap<>(areaTitles));
    }

    /**
     * Reads a catalogue file.
     *
     * @param file the markdown file
     * @return its rows
     * @throws IOException if it cannot be read
     */
    public static Catalogue read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses catalogue markdown.
     *
     * @param markdown the text
     * @return its rows
     * @throws IllegalArgumentException if an id row appears before any table header naming an ID column,
     *     or an id occurs twice
     */
    public static Catalogue parse(String markdown) {
        List<CatalogueRow> rows = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Integer> columns = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : markdown.split("\\R")) {
            String trimmed = line.strip();
            var heading = AREA_HEADING.matcher(trimmed);
            if (heading.matches()) {
                titles.putIfAbsent(heading.group(1), heading.group(2).strip());
                continue;
            }
            if (!trimmed.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(trimmed);
            if (cells.isEmpty()) {
                continue;
            }
            if (cells.get(0).equalsIgnoreCase("ID")) {
                columns = header(cells);
                continue;
            }
            if (!ID.matcher(cells.get(0)).matches()) {
                continue;
            }
            if (columns == null) {
                throw new IllegalArgumentException("catalogue row " + cells.get(0) + " comes before any table header with an ID column");
            }
            String id = cells.get(0);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("catalogue id " + id + " occurs twice");
            }
            String area = id.substring(0, id.indexOf('-'));
            titles.putIfAbsent(area, area);
            rows.add(new CatalogueRow(id, area, cell(cells, columns, "area"), cell(cells, columns, "behaviour"),
                    cell(cells, columns, "linux")));
        }
        // Areas with a heading but no rows still appear in the titles; keep only those with rows.
        Map<String, String> used = new LinkedHashMap<>();
        titles.forEach((area, title) -> {
            if (rows.stream().anyMatch(r -> r.area().equals(area))) {
                used.put(area, title);
            }
        });
        return new Catalogue(rows, used);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.put(cells.get(i).toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /** The cells of a markdown table line; an escaped pipe ({@code \|}) stays inside its cell. */
    static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                current.append('|');
                i++;
            } else if (c == '|') {
                cells.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        cells.add(current.toString().strip());
        return cells;
    }
}
