package org.etcts.report.summary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Behaviour area by backend: which behaviours hold on which backend. Rows are the areas, columns the
 * backends ({@code kernels} for scenarios that exercise no delegate, then every backend the build links
 * and every backend a scenario exercises); only non-empty cells are listed, so a linked backend no
 * scenario exercises shows as an empty column.
 *
 * @param areas the rows, sorted
 * @param areaNames each row's name (the feature's, e.g. {@code MOD} is "Module lifecycle"), for the legend
 * @param backends the columns: {@code kernels} first, then the backends sorted
 * @param cells the non-empty cells, row by row
 */
public record Matrix(List<String> areas, Map<String, String> areaNames, List<String> backends, List<MatrixCell> cells) {

    /** Copies the parts; a summary written before area names were recorded reads with none. */
    public Matrix {
        areas = List.copyOf(areas);
        areaNames = areaNames == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(areaNames));
        backends = List.copyOf(backends);
        cells = List.copyOf(cells);
    }

    /** {@return an area's name, or the area's code when no feature names it} */
    public String areaName(String area) {
        return areaNames.getOrDefault(area, area);
    }

    /** The cell of an area and a backend, if any scenario fell into it. */
    public Optional<MatrixCell> cell(String area, String backend) {
        return cells.stream().filter(c -> c.area().equals(area) && c.backend().equals(backend)).findFirst();
    }
}
