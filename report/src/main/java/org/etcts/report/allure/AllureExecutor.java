package org.etcts.report.allure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.etcts.report.summary.ConformanceSummary;

/**
 * Allure's {@code executor.json}: names the report after the build under test, numbers the run in the
 * trend charts, and links the overview's Executors widget to the conformance matrix picture (copied next
 * to the report's {@code index.html}).
 */
public final class AllureExecutor {

    /** The matrix picture's file name, in {@code reports/} and in the report folder. */
    public static final String MATRIX_FILE = "conformance-matrix.svg";

    private AllureExecutor() {
    }

    /** The executor entry of a run that is number {@code buildOrder} in the history. */
    public static Map<String, Object> of(ConformanceSummary summary, int buildOrder) {
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("name", "etcts " + summary.etctsVersion());
        executor.put("type", "maven");
        executor.put("buildOrder", buildOrder);
        executor.put("buildName", "Conformance matrix: ExecuTorch " + summary.build().label() + " on " + summary.platform());
        executor.put("buildUrl", MATRIX_FILE);
        executor.put("reportName", "etcts conformance: ExecuTorch " + summary.build().label() + " on " + summary.platform());
        return executor;
    }
}
