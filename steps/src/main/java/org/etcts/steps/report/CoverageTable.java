package org.etcts.steps.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the coverage table: for every id of the behaviour catalogue, the scenarios that cover it, or
 * the catalogue's reason why it cannot be checked on Linux, or that it is missing; with totals per area
 * and the share of Linux-checkable rows covered. Output: {@code coverage.md} and {@code coverage.json}.
 *
 * <p>Usage: {@code CoverageTable <features dir> <catalogue.md> <output dir>}. The catalogue is part of
 * the repository ({@code docs/behaviours.md}); a missing one is an error, never a silently skipped table.
 */
public final class CoverageTable {

    private CoverageTable() {
    }

    /**
     * Builds and writes the table.
     *
     * @param args the features folder, the catalogue file and the output folder
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if the arguments are not three, or the catalogue file does not exist
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CoverageTable <features dir> <catalogue.md> <output dir>");
        }
        Path features = Path.of(args[0]);
        Path catalogueFile = Path.of(args[1]).normalize();
        Path out = Path.of(args[2]);
        if (!Files.isRegularFile(catalogueFile)) {
            throw new IllegalArgumentException("No behaviour catalogue at " + catalogueFile + ": the coverage table maps the"
                    + " features' @id: tags to its rows. The repository keeps it as docs/behaviours.md: restore it"
                    + " (git checkout -- docs/behaviours.md), or point -Detcts.catalogue=FILE at another catalogue.");
        }
        Coverage coverage = Coverage.of(Catalogue.read(catalogueFile), FeatureScenarios.scan(features));
        write(coverage, catalogueFile, features, out);
        Coverage.Totals t = coverage.total();
        System.out.printf(Locale.ROOT, "[etcts] coverage: %d of %d Linux-checkable catalogue rows covered (%.1f%%), %d missing, %d not applicable on Linux; "
                + "written to %s%n", t.coveredLinuxCheckable(), t.linuxCheckable(), t.percentCovered(), t.missing(), t.notApplicable(),
                out.resolve("coverage.md"));
    }

    /**
     * Writes {@code coverage.md} and {@code coverage.json} into a folder.
     *
     * @param coverage the coverage
     * @param catalogueFile the catalogue it was built from (named in the output)
     * @param features the features folder it was built from (named in the output)
     * @param out the folder, created if needed
     * @throws IOException if writing fails
     */
    public static void write(Coverage coverage, Path catalogueFile, Path features, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("coverage.md"), markdown(coverage, catalogueFile.getFileName().toString()), StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        // Named from the features' parent (the repository root), so the summary holds no machine's path.
        Path root = features.toAbsolutePath().normalize().getParent();
        json.put("catalogue", fromRoot(root, catalogueFile));
        json.put("features", fromRoot(root, features));
        json.put("total", coverage.total());
        json.put("areas", coverage.areas());
        json.put("rows", coverage.rows());
        json.put("uncataloguedIds", coverage.uncataloguedIds());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("coverage.json").toFile(), json);
    }

    private static String fromRoot(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (root != null && absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Renders the table as markdown.
     *
     * @param coverage the coverage
     * @param catalogueName the catalogue's file name, for the heading
     * @return the markdown
     */
    public static String markdown(Coverage coverage, String catalogueName) {
        StringBuilder md = new StringBuilder();
        Coverage.Totals total = coverage.total();
        md.append("# Catalogue coverage\n\n");
        md.append(String.format(Locale.ROOT, "%d of %d Linux-checkable rows of %s have a scenario (%.1f%%); %d missing; "
                + "%d not applicable on Linux (of %d rows).%n%n", total.coveredLinuxCheckable(), total.linuxCheckable(), catalogueName,
                total.percentCovered(), total.missing(), total.notApplicable(), total.rows()));
        md.append("## Totals per area\n\n");
        md.append("| area | title | rows | Linux-checkable | covered | missing | not applicable | covered % |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Coverage.Totals t : coverage.areas()) {
            appendTotals(md, t);
        }
        appendTotals(md, total);
        md.append("\n## Rows\n\n");
        md.append("| id | topic | linux | status | scenarios or reason |\n");
        md.append("|---|---|---|---|---|\n");
        for (Coverage.RowCoverage row : coverage.rows()) {
            String detail = switch (row.status()) {
                case COVERED -> String.join("<br>", row.scenarios());
                case NOT_APPLICABLE -> "not on Linux: " + row.reason();
                case MISSING -> "no scenario";
            };
            md.append("| ").append(row.id()).append(" | ").append(escape(row.topic())).append(" | ").append(escape(row.linux()))
                    .append(" | ").append(statusWord(row.status())).append(" | ").append(escape(detail)).append(" |\n");
        }
        List<Coverage.RowCoverage> missing = coverage.rows().stream().filter(r -> r.status() == Coverage.Status.MISSING).toList();
        md.append("\n## Missing rows\n\n");
        if (missing.isEmpty()) {
            md.append("None: every Linux-checkable row has a scenario.\n");
        } else {
            missing.forEach(r -> md.append("- ").append(r.id()).append(" (").append(r.topic()).append(")\n"));
        }
        if (!coverage.uncataloguedIds().isEmpty()) {
            md.append("\n## Scenario ids not in the catalogue\n\n");
            md.append("The suite's own scenarios (ids starting with SUITE-) and any id the catalogue does not have: ")
                    .append(String.join(", ", coverage.uncataloguedIds())).append(".\n");
        }
        return md.toString();
    }

    private static void appendTotals(StringBuilder md, Coverage.Totals t) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %.1f |%n", t.area(), escape(t.title()), t.rows(),
                t.linuxCheckable(), t.coveredLinuxCheckable(), t.missing(), t.notApplicable(), t.percentCovered()));
    }

    private static String statusWord(Coverage.Status status) {
        return switch (status) {
            case COVERED -> "covered";
            case NOT_APPLICABLE -> "not applicable";
            case MISSING -> "**missing**";
        };
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
