package org.etcts.report.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.etcts.results.ResultClass;
import org.etcts.results.ScenarioOutcome;

/** Builds a {@link ConformanceSummary} from the suite's tally and the build's identity. */
public final class SummaryBuilder {

    /** The matrix column of scenarios that exercise no delegate: the kernel sets. */
    public static final String KERNELS = "kernels";
    /** The matrix row of scenarios without an {@code @area:} tag. */
    public static final String NO_AREA = "(no area)";

    private static final String BACKEND_PREFIX = "backend_";
    private static final String BACKEND_COMPONENT = "@requires:component=" + BACKEND_PREFIX;
    private static final String BACKEND_TAG = "@backend:";

    private SummaryBuilder() {
    }

    /**
     * Builds the summary.
     *
     * @param entries the tally's scenarios, in the order they finished
     * @param build the build under test
     * @param areaNames the behaviour areas' names ({@link AreaNames}), for the matrix's legend
     * @param platform the platform, e.g. {@code linux-x86_64}
     * @param etctsVersion this suite's version
     * @param now when the summary is written
     */
    public static ConformanceSummary build(List<ScenarioOutcome> entries, BuildIdentity build, Map<String, String> areaNames,
            String platform, String etctsVersion, Instant now) {
        Map<ResultClass, Integer> totals = emptyCounts();
        Map<String, ScenarioResult> scenarios = new TreeMap<>();
        for (ScenarioOutcome entry : entries) {
            totals.merge(entry.result(), 1, Integer::sum);
            ScenarioResult fresh = new ScenarioResult(entry.result(), entry.durationMillis(), entry.name(), area(entry),
                    backend(entry), 1, firstLine(entry.reason()));
            scenarios.merge(entry.id(), fresh, SummaryBuilder::combine);
        }
        return new ConformanceSummary(ConformanceSummary.SCHEMA, now.toString(), etctsVersion, platform, build, entries.size(),
                totals, scenarios, matrix(entries, platform, linkedBackends(build), areaNames), null, null, null);
    }

    /** The behaviour area of a scenario: its {@code @area:} tag (feature tags are inherited). */
    static String area(ScenarioOutcome entry) {
        String area = entry.tagValue("@area:");
        return area == null || area.isBlank() ? NO_AREA : area;
    }

    /**
     * The backend a scenario exercises: its {@code @backend:X} tag, else the first
     * {@code @requires:component=backend_X} tag, else {@value #KERNELS}.
     */
    static String backend(ScenarioOutcome entry) {
        String backend = entry.tagValue(BACKEND_TAG);
        if (backend == null) {
            backend = entry.tagValue(BACKEND_COMPONENT);
        }
        return backend == null || backend.isBlank() ? KERNELS : backend;
    }

    /** The backends the build links, by the names the matrix uses ({@code backend_qnn} gives {@code qnn}). */
    static List<String> linkedBackends(BuildIdentity build) {
        return build.components().stream().map(BuildIdentity.Component::name).filter(n -> n.startsWith(BACKEND_PREFIX))
                .map(n -> n.substring(BACKEND_PREFIX.length())).toList();
    }

    /**
     * The area by backend matrix of a run on a platform: a column for every backend the build links, whether
     * or not a scenario exercises it, and for every backend a scenario exercises.
     */
    static Matrix matrix(List<ScenarioOutcome> entries, String platform, List<String> linkedBackends, Map<String, String> areaNames) {
        Map<String, Map<String, Map<ResultClass, Integer>>> counts = new TreeMap<>();
        TreeSet<String> backends = new TreeSet<>(linkedBackends);
        for (ScenarioOutcome entry : entries) {
            String backend = backend(entry);
            backends.add(backend);
            counts.computeIfAbsent(area(entry), a -> new TreeMap<>())
                    .computeIfAbsent(backend, b -> emptyCounts())
                    .merge(entry.result(), 1, Integer::sum);
        }
        List<String> columns = new ArrayList<>();
        if (backends.remove(KERNELS)) {
            columns.add(KERNELS);
        }
        columns.addAll(backends);
        List<MatrixCell> cells = new ArrayList<>();
        counts.forEach((area, row) -> columns.forEach(backend -> {
            Map<ResultClass, Integer> cell = row.get(backend);
            if (cell != null) {
                cells.add(new MatrixCell(platform, area, backend, cell));
            }
        }));
        Map<String, String> names = new LinkedHashMap<>();
        counts.keySet().forEach(area -> names.put(area, areaNames.getOrDefault(area, area)));
        return new Matrix(List.of(platform), List.copyOf(counts.keySet()), names, columns, cells);
    }

    private static ScenarioResult combine(ScenarioResult a, ScenarioResult b) {
        ResultClass worst = a.result().worst(b.result());
        String reason = a.result() == worst && !a.reason().isEmpty() ? a.reason() : b.result() == worst ? b.reason() : a.reason();
        return new ScenarioResult(worst, a.durationMillis() + b.durationMillis(), a.name(), a.area(), a.backend(),
                a.executions() + b.executions(), reason);
    }

    /** Every result class with a zero count, in the taxonomy's order. */
    public static Map<ResultClass, Integer> emptyCounts() {
        Map<ResultClass, Integer> counts = new EnumMap<>(ResultClass.class);
        for (ResultClass resultClass : ResultClass.values()) {
            counts.put(resultClass, 0);
        }
        return counts;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
