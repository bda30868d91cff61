package org.etcts.steps.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.LogSink;
import org.etcts.executorch.Module;
import org.etcts.executorch.Verification;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Program verification, run in a child JVM because a damaged program loaded without verification
 * can crash the runtime (docs/design.md §5).
 *
 * <p>Cases: {@code corrupt} loads a copy of add.pte whose flatbuffer body is damaged (the header is
 * intact) with {@code internalConsistency} and answers {@code rejected <error>} or {@code accepted};
 * {@code intact} loads add.pte itself with {@code internalConsistency} and answers {@code loaded} with
 * the runtime's log messages of that load.
 */
public final class VerificationProbes implements IsolatedTask {

    /** Where the body is damaged: past the 8-byte header and root table, inside the serialized program. */
    static final int DAMAGE_OFFSET = 200;
    static final int DAMAGE_LENGTH = 8;

    private final FixtureCatalog fixtures = FixtureCatalog.fromSystemProperty();

    @Override
    public String run(String caseId) throws Exception {
        Path program = fixtures.modelFile("add.pte");
        if (caseId.equals("corrupt")) {
            byte[] bytes = Files.readAllBytes(program);
            for (int i = DAMAGE_OFFSET; i < DAMAGE_OFFSET + DAMAGE_LENGTH; i++) {
                bytes[i] = (byte) 0xff;
            }
            Path damaged = Files.createTempFile("etcts-damaged-", ".pte");
            try {
                Files.write(damaged, bytes);
                try (Module module = new Module(damaged.toString())) {
                    module.load(Verification.INTERNAL_CONSISTENCY);
                    return "accepted";
                } catch (ExecuTorchException e) {
                    return "rejected " + e.code().runtimeName() + " (" + e.code().number() + ")";
                }
            } finally {
                Files.deleteIfExists(damaged);
            }
        }
        if (caseId.equals("intact")) {
            List<LogMessage> messages = new CopyOnWriteArrayList<>();
            LogSink sink = messages::add;
            Log.shared().addSink(sink);
            try (Module module = new Module(program.toString())) {
                module.load(Verification.INTERNAL_CONSISTENCY);
                Log.shared().flush();
            } finally {
                Log.shared().removeSink(sink);
            }
            StringBuilder text = new StringBuilder("loaded; log:");
            for (LogMessage message : messages) {
                text.append("\n").append(message.level()).append(' ').append(message.fileName()).append(':')
                        .append(message.line()).append(' ').append(message.text());
            }
            return text.toString();
        }
        throw new IllegalArgumentException("unknown case '" + caseId + "'");
    }
}
