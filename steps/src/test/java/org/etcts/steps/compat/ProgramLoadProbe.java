package org.etcts.steps.compat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.LogSink;
import org.etcts.executorch.Module;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Loads a program file in a child JVM (a program the runtime does not expect may crash it, design decision
 * 5) and reports what the runtime answered with the messages it logged during the load.
 *
 * <p>The case id is the program's path. The answer is {@code loaded} or {@code refused <code name>
 * (<number>)}, followed by one line per log message: {@code <level> <file>:<line> <text>}.
 */
public final class ProgramLoadProbe implements IsolatedTask {

    /** The first word of a refused load's answer. */
    static final String REFUSED = "refused ";

    @Override
    public String run(String programPath) throws Exception {
        List<LogMessage> messages = new CopyOnWriteArrayList<>();
        LogSink sink = messages::add;
        Log.shared().addSink(sink);
        messages.clear(); // the replay of earlier messages: only this load's count
        StringBuilder answer = new StringBuilder();
        try (Module module = new Module(programPath)) {
            module.load();
            answer.append("loaded");
        } catch (ExecuTorchException e) {
            answer.append(REFUSED).append(e.code().runtimeName()).append(" (").append(e.number()).append(')');
        } finally {
            Log.shared().flush();
            Log.shared().removeSink(sink);
        }
        for (LogMessage message : messages) {
            answer.append('\n').append(message.level()).append(' ').append(message.fileName()).append(':')
                    .append(message.line()).append(' ').append(message.text());
        }
        return answer.toString();
    }
}
