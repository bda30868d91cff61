package org.etcts.steps.log;

import java.util.stream.Collectors;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.Module;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Runtime calls whose log output a scenario reads from a child JVM. Case {@code load-backward}: load
 * the missing method "backward" of add.pte (the scenario reads what the child wrote on stderr during the case,
 * where the runtime's default emitter prints; the shared child runs it). Case {@code first-xnnpack-forward}: with a sink added first, run forward on
 * add_xnnpack.pte, the process's first use of the thread pool, which reports the CPU it finds at Info level
 * once per process, so it needs a fresh child of its own; the case returns every message the sink received, one per line, in
 * {@link #line(LogMessage)}'s format.
 */
public final class LogChildTask implements IsolatedTask {

    /** Created by the child JVM. */
    public LogChildTask() {
    }

    @Override
    public String run(String caseId) throws Exception {
        if (caseId.equals("first-xnnpack-forward")) {
            return firstXnnpackForward();
        }
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

    private static String firstXnnpackForward() throws Exception {
        RecordingSink sink = new RecordingSink("child");
        Log.shared().addSink(sink);
        Log.shared().flush();
        sink.clear();
        try (Module module = new Module(FixtureCatalog.fromSystemProperty().modelFile("add_xnnpack.pte").toString())) {
            module.load(Module.FORWARD);
        }
        Log.shared().flush();
        return sink.messages().stream().map(LogChildTask::line).collect(Collectors.joining("\n"));
    }

    /**
     * One received message as the case reports it: level, file, line and text separated by tabs.
     *
     * @param message the message
     * @return its line
     */
    static String line(LogMessage message) {
        return message.level().name() + "\t" + message.fileName() + "\t" + message.line() + "\t" + message.text().replace('\n', ' ');
    }
}
