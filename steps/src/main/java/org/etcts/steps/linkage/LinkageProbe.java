package org.etcts.steps.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.etcts.executorch.BuildInfo;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Runtime;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Runs in a child JVM on one linkage variant and reports, as JSON, what it registered and how loading
 * a fixture's program and method went. Case ids: {@code registry} (only the registry), or
 * {@code <model file>#<method>}.
 */
public final class LinkageProbe implements IsolatedTask {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses what {@link #run} returned. */
    public static LinkageReport parse(String json) {
        try {
            return JSON.readValue(json, LinkageReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the linkage probe's report is not JSON: " + json, e);
        }
    }

    @Override
    public String run(String caseId) throws Exception {
        BuildInfo build = BuildInfo.current();
        String programLoad = "";
        String methodLoad = "";
        int methodNumber = 0;
        int hash = caseId.indexOf('#');
        if (hash > 0) {
            String file = FixtureCatalog.fromSystemProperty().modelFile(caseId.substring(0, hash)).toString();
            String method = caseId.substring(hash + 1);
            try (org.etcts.executorch.Module module = new org.etcts.executorch.Module(file)) {
                ExecuTorchException programError = attempt(module::load);
                ExecuTorchException methodError = attempt(() -> module.load(method));
                programLoad = programError == null ? "OK" : programError.code().runtimeName();
                methodLoad = methodError == null ? "OK" : methodError.code().runtimeName();
                methodNumber = methodError == null ? 0 : methodError.number();
            }
        }
        return JSON.writeValueAsString(new LinkageReport(build.variant(), build.components(), Runtime.registeredBackends(),
                Runtime.registeredKernelCount(), programLoad, methodLoad, methodNumber));
    }

    /** Runs a call that may fail and returns its error, or null when it succeeded. */
    private static ExecuTorchException attempt(RuntimeCall call) {
        try {
            call.run();
            return null;
        } catch (ExecuTorchException e) {
            return e;
        }
    }

    @FunctionalInterface
    private interface RuntimeCall {
        void run() throws ExecuTorchException;
    }
}
