package org.etcts.steps.log;

import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.steps.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Runtime calls whose log output the scenario reads from a child JVM's stderr (where the runtime's
 * default emitter prints). Case {@code load-backward}: load the missing method "backward" of add.pte.
 */
public final class LogChildTask implements IsolatedTask {

    /** Created by the child JVM. */
    public LogChildTask() {
    }

    @Override
    public String run(String caseId) throws Exception {
        if (!caseId.equals("load-backward")) {
            throw new IllegalArgumentException("unknown case " + caseId);
        }
        try (Module module = new Module(FixtureCatalog.fromSystemProperty().modelFile("add.pte").toString())) {
            module.load("backward");
        } catch (ExecuTorchException expected) {
            return "load(\"backward\") failed with " + expected.code().runtimeName();
        }
        throw new AssertionError("load(\"backward\") on add.pte succeeded");
    }
}
