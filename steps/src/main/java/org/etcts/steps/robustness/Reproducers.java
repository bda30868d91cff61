package org.etcts.steps.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * The reproducer of a case that crashed or hung, in {@code reports/robustness/<case>/}: the files the
 * program was loaded from (the malformed one and the fixture's intact others), {@code case.json} (the
 * case, the damage, the outcome), {@code crash.txt} (the signal, the native frames of the JVM's crash
 * report, the child's stderr tail) and {@code replay.txt} (the command that runs exactly these files
 * again in a child JVM).
 */
public final class Reproducers {

    /** The prefix of a case id that replays a reproducer folder. */
    public static final String REPLAY_PREFIX = "replay:";
    /** The description of the case in a reproducer folder. */
    public static final String CASE_FILE = "case.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reproducers() {
    }

    /**
     * Writes the files of a case into a folder: the program first, then its data files, each under its
     * fixture name; the damaged one is the malformed copy, the others are the intact fixture files.
     *
     * @return the program, then the data files
     */
    static List<Path> writeFiles(FixtureCatalog catalog, RobustnessCase robustnessCase, Mutation mutation, Path folder)
            throws IOException {
        List<String> relative = new ArrayList<>();
        relative.add(catalog.model(robustnessCase.fixture()).path("file").asText());
        catalog.model(robustnessCase.fixture()).path("dataFiles").forEach(path -> relative.add(path.asText()));
        List<Path> written = new ArrayList<>();
        for (String path : relative) {
            Path target = folder.resolve(Path.of(path).getFileName().toString());
            if (target.getFileName().toString().equals(robustnessCase.file())) {
                Files.write(target, mutation.bytes());
            } else {
                Files.copy(catalog.verifiedFile(path), target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        return written;
    }

    /**
     * Saves the reproducer of a crashed or hung case.
     *
     * @param root the reproducers' folder ({@code reports/robustness})
     * @param catalog the fixture catalogue
     * @param seed the corpus seed
     * @param result the case's result
     * @param mutation its malformed copy
     * @return the case's folder
     */
    public static Path save(Path root, FixtureCatalog catalog, long seed, CaseResult result, Mutation mutation) throws IOException {
        RobustnessCase robustnessCase = result.robustnessCase();
        Path folder = root.resolve(robustnessCase.fileSafeId());
        Files.createDirectories(folder);
        List<Path> files = writeFiles(catalog, robustnessCase, mutation, folder);
        ObjectNode description = JSON.createObjectNode()
                .put("caseId", robustnessCase.id())
                .put("seed", seed)
                .put("fixture", robustnessCase.fixture())
                .put("damagedFile", robustnessCase.file())
                .put("mutation", robustnessCase.mutation())
                .put("family", result.family().name())
                .put("damage", result.description())
                .put("program", files.get(0).getFileName().toString())
                .put("verification", robustnessCase.verification().runtimeName())
                .put("loadMode", robustnessCase.loadMode().runtimeName())
                .put("outcome", result.outcome().name())
                .put("summary", result.summary());
        var data = description.putArray("dataFiles");
        files.subList(1, files.size()).forEach(file -> data.add(file.getFileName().toString()));
        JSON.writeValue(folder.resolve(CASE_FILE).toFile(), description);
        Files.writeString(folder.resolve("crash.txt"), result.detail() + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("replay.txt"), replayText(folder, robustnessCase, seed), StandardCharsets.UTF_8);
        return folder;
    }

    private static String replayText(Path folder, RobustnessCase robustnessCase, long seed) {
        // Named from the repository root, where the commands run.
        Path repository = Path.of(System.getProperty("etcts.root", "")).toAbsolutePath().normalize();
        Path absolute = folder.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(repository) ? repository.relativize(absolute) : absolute;
        return "# Run these files again, in a child JVM with the same limits, from the repository root:\n"
                + "./mvnw -B -o -Probustness verify -pl steps -am -DskipTests -Detcts.robustness.replay=" + shown + "\n"
                + "# Or make the same malformed copy from the fixtures and run it as the corpus does:\n"
                + "./mvnw -B -o -Probustness verify -pl steps -am -DskipTests -Detcts.robustness.case='" + robustnessCase.id() + "' -Detcts.robustness.seed=" + seed
                + "\n";
    }
}
