package org.etcts.steps;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.Platform;
import org.etcts.results.PlatformResults;

/**
 * Marks the Allure result of every scenario with the platform it ran on ({@link PlatformResults}), so the
 * results of several platforms merge into one report without being taken for retries of each other. An
 * Allure lifecycle listener (registered in {@code META-INF/services}), called as the Cucumber listener
 * writes a result: a Cucumber hook cannot do it, as Allure runs hooks as fixtures, outside the test case.
 */
public final class AllurePlatformListener implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        String platform = Platform.current();
        result.setHistoryId(PlatformResults.historyId(result.getHistoryId(), platform));
        // Copies: the listener may have set lists that cannot grow.
        List<Parameter> parameters = new ArrayList<>(result.getParameters());
        parameters.add(new Parameter().setName(PlatformResults.PARAMETER).setValue(platform));
        List<Label> labels = new ArrayList<>(result.getLabels());
        labels.add(new Label().setName(PlatformResults.SUITE_LABEL).setValue(platform));
        result.setParameters(parameters).setLabels(labels);
    }
}
