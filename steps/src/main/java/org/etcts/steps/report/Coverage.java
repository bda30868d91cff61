package org.etcts.steps.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which catalogue rows the features cover: for every row its scenarios, or that the catalogue says it
 * cannot be checked on Linux (with the catalogue's reason), or that it is missing; totals per area and
 * overall. This is the model that {@link CoverageTable} writes as markdown and JSON.
 *
 * @param rows one entry per catalogue row, in catalogue order
 * @param areas the totals of each area, in catalogue order
 * @param total the totals over every area
 * @param uncataloguedIds ids that scenarios carry but the catalogue does not have (the suite's own, or typos)
 */
public record Coverage(List<RowCoverage> rows, List<Totals> areas, Totals total, List<String> uncataloguedIds) {

    /** How a row stands. */
    public enum Status {
        /** At least one scenario carries the row's id. */
        COVERED,
        /** No scenario, and the catalogue says the row cannot be checked on Linux. */
        NOT_APPLICABLE,
        /** No scenario, although the row can be checked on Linux. */
        MISSING
    }

    /**
     * One catalogue row and how it stands.
     *
     * @param id the row's id
     * @param area its area
     * @param topic its short topic
     * @param linux its 'linux' column
     * @param status how it stands
     * @param scenarios the scenarios that carry its id ("feature file: scenario name"), empty unless covered
     * @param reason for a row not checkable on Linux, the catalogue's reason; otherwise empty
     */
    public record RowCoverage(String id, String area, String topic, String linux, Status status, List<String> scenarios,
            String reason) {
        /** Copies the scenarios. */
        public RowCoverage {
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * Counts for one area, or for all.
     *
     * @param area the area, or {@code all}
     * @param title the area's title
     * @param rows the catalogue rows
     * @param linuxCheckable rows the catalogue does not mark 'no' for Linux
     * @param covered rows with a scenario (including any not-applicable row that has one)
     * @param coveredLinuxCheckable Linux-checkable rows with a scenario
     * @param notApplicable rows without a scenario that the catalogue marks 'no' for Linux
     * @param missing Linux-checkable rows without a scenario
     * @param percentCovered coveredLinuxCheckable as a percentage of linuxCheckable (100 when there are none)
     */
    public record Totals(String area, String title, int rows, int linuxCheckable, int covered, int coveredLinuxCheckable,
            int notApplicable, int missing, double percentCovered) {
    }

    /**
     * Matches catalogue rows with scenarios.
     *
     * @param catalogue the catalogue
     * @param scenarios the scenarios of the features
     * @return the coverage
     */
    public static Coverage of(Catalogue catalogue, List<FeatureScenarios.Scenario> scenarios) {
        Map<String, List<FeatureScenarios.Scenario>> byId = FeatureScenarios.byId(scenarios);
        List<RowCoverage> rows = new ArrayList<>();
        for (CatalogueRow row : catalogue.rows()) {
            List<String> names = byId.getOrDefault(row.id(), List.of()).stream()
                    .map(s -> s.feature() + ": " + s.name()).toList();
            Status status = !names.isEmpty() ? Status.COVERED : row.notApplicableOnLinux() ? Status.NOT_APPLICABLE : Status.MISSING;
            rows.add(new RowCoverage(row.id(), row.area(), row.topic(), row.linux(), status, names,
                    row.notApplicableOnLinux() ? row.linuxReason() : ""));
        }
        Map<String, List<RowCoverage>> byArea = new LinkedHashMap<>();
        catalogue.areaTitles().keySet().forEach(area -> byArea.put(area, new ArrayList<>()));
        rows.forEach(r -> byArea.computeIfAbsent(r.area(), k -> new ArrayList<>()).add(r));
        List<Totals> areas = new ArrayList<>();
        byArea.forEach((area, list) -> areas.add(totals(area, catalogue.areaTitles().getOrDefault(area, area), list)));
        TreeSet<String> uncatalogued = new TreeSet<>(byId.keySet());
        catalogue.rows().forEach(r -> uncatalogued.remove(r.id()));
        return new Coverage(rows, areas, totals("all", "every area", rows), List.copyOf(uncatalogued));
    }

    private static Totals totals(String area, String title, List<RowCoverage> rows) {
        int checkable = 0;
        int covered = 0;
        int coveredCheckable = 0;
        int notApplicable = 0;
        int missing = 0;
        for (RowCoverage row : rows) {
            boolean isCheckable = row.reason().isEmpty();
            if (isCheckable) {
                checkable++;
            }
            switch (row.status()) {
                case COVERED -> {
                    covered++;
                    if (isCheckable) {
                        coveredCheckable++;
                    }
                }
                case NOT_APPLICABLE -> notApplicable++;
                case MISSING -> missing++;
            }
        }
        double percent = checkable == 0 ? 100.0 : Math.round(1000.0 * coveredCheckable / checkable) / 10.0;
        return new Totals(area, title, rows.size(), checkable, covered, coveredCheckable, notApplicable, missing, percent);
    }
}
