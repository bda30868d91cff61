package org.etcts.report.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Platform by behaviour area by backend: which behaviours hold on which backend of which platform. Rows
 * are the areas of each platform, columns the backends ({@code kernels} for scenarios that exercise no
 * delegate, then every backend the build links and every backend a scenario exercises); only non-empty
 * cells are listed, so a linked backend no scenario exercises shows as an empty column. A single run has
 * one platform; merged runs have several.
 *
 * @param platforms the platforms, sorted
 * @param areas the rows, sorted
 * @param areaNames each row's name (the feature's, e.g. {@code MOD} is "Module lifecycle"), for the legend
 * @param backends the columns: {@code kernels} first, then the backends sorted
 * @param cells the non-empty cells, row by row
 */
public record Matrix(List<String> platforms, List<String> areas, Map<String, String> areaNames, List<String> backends,
        List<MatrixCell> cells) {

    /** Copies the parts; a summary written before area names were recorded reads with none. */
    public Matrix {
        platforms = List.copyOf(platforms);
        areas = List.copyOf(areas);
        areaNames = areaNames == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(areaNames));
        backends = List.copyOf(backends);
        cells = List.copyOf(cells);
    }

    /**
     * The matrix of several platforms' runs: each platform's band as it was, the rows and columns of all of
     * them ({@code kernels} first), the cells side by side.
     *
     * @param matrices one matrix per platform
     * @throws IllegalArgumentException when two matrices hold the same platform (merge its runs first)
     */
    public static Matrix combine(List<Matrix> matrices) {
        TreeSet<String> platforms = new TreeSet<>();
        TreeSet<String> areas = new TreeSet<>();
        Map<String, String> names = new TreeMap<>();
        TreeSet<String> backends = new TreeSet<>();
        List<MatrixCell> cells = new ArrayList<>();
        for (Matrix matrix : matrices) {
            for (String platform : matrix.platforms()) {
                if (!platforms.add(platform)) {
                    throw new IllegalArgumentException("two matrices hold platform " + platform + ": merge the runs of a platform into one first");
                }
            }
            areas.addAll(matrix.areas());
            names.putAll(matrix.areaNames());
            backends.addAll(matrix.backends());
            cells.addAll(matrix.cells());
        }
        List<String> columns = new ArrayList<>();
        if (backends.remove(SummaryBuilder.KERNELS)) {
            columns.add(SummaryBuilder.KERNELS);
        }
        columns.addAll(backends);
        cells.sort(Comparator.comparing(MatrixCell::platform).thenComparing(MatrixCell::area)
                .thenComparing(c -> columns.indexOf(c.backend())));
        return new Matrix(List.copyOf(platforms), List.copyOf(areas), names, columns, cells);
    }

    /** {@return an area's name, or the area's code when no feature names it} */
    public String areaName(String area) {
        return areaNames.getOrDefault(area, area);
    }

    /** The cell of a platform, an area and a backend, if any scenario fell into it. */
    public Optional<MatrixCell> cell(String platform, String area, String backend) {
        return cells.stream().filter(c -> c.platform().equals(platform) && c.area().equals(area) && c.backend().equals(backend))
                .findFirst();
    }
}
