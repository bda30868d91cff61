package org.etcts.report.summary;

import java.util.List;
import java.util.Optional;

/**
 * Platform by behaviour area by backend: which behaviours hold on which backend of which platform. Rows
 * are the areas of each platform, columns the backends ({@code kernels} for scenarios that exercise no
 * delegate); only non-empty cells are listed. A single run has one platform; merged runs have several.
 *
 * @param platforms the platforms, sorted
 * @param areas the rows, sorted
 * @param backends the columns: {@code kernels} first, then the backends sorted
 * @param cells the non-empty cells, row by row
 */
public record Matrix(List<String> platforms, List<String> areas, List<String> backends, List<MatrixCell> cells) {

    /** The cell of a platform, an area and a backend, if any scenario fell into it. */
    public Optional<MatrixCell> cell(String platform, String area, String backend) {
        return cells.stream().filter(c -> c.platform().equals(platform) && c.area().equals(area) && c.backend().equals(backend))
                .findFirst();
    }
}
