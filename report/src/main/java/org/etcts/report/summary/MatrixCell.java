package org.etcts.report.summary;

import java.util.Map;
import org.etcts.results.ResultClass;

/**
 * One cell of the platform by behaviour-area by backend matrix.
 *
 * @param platform the platform the scenarios ran on, e.g. {@code linux-aarch64}
 * @param area the behaviour area
 * @param backend the backend, or {@code kernels}
 * @param counts scenarios per result class (every class present)
 */
public record MatrixCell(String platform, String area, String backend, Map<ResultClass, Integer> counts) {

    /** How many scenarios the cell holds. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
