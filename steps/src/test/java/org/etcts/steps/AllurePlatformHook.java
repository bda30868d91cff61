package org.etcts.steps;

import io.cucumber.java.Before;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.Platform;
import org.etcts.steps.run.PlatformResults;

/**
 * Marks the Allure result of every scenario with the platform it ran on ({@link PlatformResults}), so the
 * results of several platforms merge into one report without being taken for retries of each other.
 */
public final class AllurePlatformHook {

    /** Runs before every other hook, while the listener's result of the scenario is open. */
    @Before(order = -1)
    public void markPlatform() {
        String platform = Platform.current();
        Allure.getLifecycle().updateTestCase(result -> {
            result.setHistoryId(PlatformResults.historyId(result.getHistoryId(), platform));
            // Copies: the listener may have set lists that cannot grow.
            List<Parameter> parameters = new ArrayList<>(result.getParameters());
            parameters.add(new Parameter().setName(PlatformResults.PARAMETER).setValue(platform));
            List<Label> labels = new ArrayList<>(result.getLabels());
            labels.add(new Label().setName(PlatformResults.SUITE_LABEL).setValue(platform));
            result.setParameters(parameters).setLabels(labels);
        });
    }
}
