package org.etcts.steps.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.executorch.Verification;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.steps.RuntimeNames;
import org.etcts.steps.fixtures.HarnessValues;
import org.etcts.steps.isolation.IsolatedTask;

/**
 * Runs one robustness case in a child JVM: writes the malformed copy (and the fixture's other files,
 * intact) to a temporary folder, loads the program with the case's verification and load mode, and
 * executes every method of the fixture with its reference inputs. Answers {@code RAN <methods>} or
 * {@code REFUSED <phase>: <error>}; a crash or a hang never answers, and the parent records it.
 *
 * <p>A case id {@code replay:<folder>} runs a saved reproducer instead (see {@link Reproducers}).
 */
public final class RobustnessTask implements IsolatedTask {

    /** The answer of a case whose program ran every method. */
    public static final String RAN = "RAN";
    /** The start of the answer of a case whose program was refused. */
    public static final String REFUSED = "REFUSED";
    /** In a refusal, the marker of an error that carried no runtime error code. */
    public static final String NO_ERROR_CODE = "no error code: ";

    /** The line this task writes on stderr when a case starts. */
    static final String STDERR_MARK = "@@etcts-robustness-case ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FixtureCatalog catalog = FixtureCatalog.fromSystemProperty();

    @Override
    public String run(String caseId) throws Exception {
        // The child's stderr is shared by its cases; the mark lets the parent keep this case's lines only.
        System.err.println(STDERR_MARK + caseId);
        System.err.flush();
        if (caseId.startsWith(Reproducers.REPLAY_PREFIX)) {
            return replay(Path.of(caseId.substring(Reproducers.REPLAY_PREFIX.length())));
        }
        RobustnessCase robustnessCase = RobustnessCase.parse(caseId);
        Mutation mutation = Corpus.mutation(catalog, Corpus.seed(), robustnessCase);
        Path folder = Files.createTempDirectory("etcts-robustness-");
        try {
            List<Path> files = Reproducers.writeFiles(catalog, robustnessCase, mutation, folder);
            return load(robustnessCase.fixture(), files.get(0), files.subList(1, files.size()),
                    robustnessCase.verification(), robustnessCase.loadMode());
        } finally {
            RobustnessRun.deleteTree(folder);
        }
    }

    private String replay(Path folder) throws Exception {
        JsonNode description = JSON.readTree(folder.resolve(Reproducers.CASE_FILE).toFile());
        List<Path> data = new ArrayList<>();
        description.path("dataFiles").forEach(name -> data.add(folder.resolve(name.asText())));
        return load(description.path("fixture").asText(), folder.resolve(description.path("program").asText()), data,
                RuntimeNames.parse(Verification.class, description.path("verification").asText()), RuntimeNames.parse(LoadMode.class, description.path("loadMode").asText()));
    }

    /** Loads the program and executes every method of the fixture; refusals are answers, not failures. */
    private String load(String fixture, Path program, List<Path> dataFiles, Verification verification, LoadMode mode) {
        List<Tensor> owned = new ArrayList<>();
        String phase = "load";
        try (Module module = new Module(program, dataFiles, mode)) {
            module.load(verification);
            List<String> methods = new ArrayList<>();
            catalog.model(fixture).path("methods").fieldNames().forEachRemaining(methods::add);
            for (String method : methods) {
                phase = "execute " + method;
                List<Value> inputs = HarnessValues.toValues(catalog.reference(fixture, method).inputs(), owned::add);
                List<Value> outputs = module.execute(method, inputs);
                outputs.stream().filter(Value::isTensor).forEach(v -> owned.add(v.toTensor()));
            }
            return RAN + " " + String.join(", ", methods);
        } catch (ExecuTorchException e) {
            return REFUSED + " " + phase + ": " + e.code().runtimeName() + " (" + e.number() + "): " + firstLine(e.getMessage());
        } catch (RuntimeException | Error e) {
            return REFUSED + " " + phase + ": " + NO_ERROR_CODE + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        } finally {
            owned.forEach(Tensor::close);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
