package org.etcts.report.summary;

import java.util.List;
import java.util.Optional;

/**
 * Behaviour area by backend: which behaviours hold on which backend. Rows are the areas, columns the
 * backends ({@code kernels} for scenarios that exercise no delegate); only non-empty cells are listed.
 *
 * @param areas the rows, sorted
 * @param backends the columns: {@code kernels} first, then the backends sorted
 * @param cells the non-empty cells, row by row
 */
public record Matrix(List<String> areas, List<String> backends, List<MatrixCell> cells) {

    /** The cell of an area and a backend, if any scenario fell into it. */
    public Optional<MatrixCell> cell(String area, String backend) {
        return cells.stream().filter(c -> c.area().equals(area) && c.backend().equals(backend)).findFirst();
    }
}
