package org.etcts.steps.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.results.fixtures.FixtureCatalog;

/**
 * Writes the golden Scenario Outline of a fixture manifest: one example row per model method, grouped
 * into one Examples block per backend the manifest declares ({@code backends[]}, most general first; a
 * model counts under the last of its backends in that order), each block titled and tagged with the
 * capabilities the manifest says it requires. A backend a model names but the manifest does not declare
 * gets a block of its own, with no requirement. Models the manifest expects to fail to load on this
 * platform are left out (the linkage scenarios check them).
 *
 * <p>features/golden.feature holds this outline for the committed fixtures (a test keeps the two equal);
 * for "check my model" the build writes it for a user's manifest ({@code main(manifestDir, featureFile)}).
 */
public final class GoldenOutline {

    /** A block of the outline: the tags and the title of a backend's Examples. */
    private record Block(String tags, String title) {
    }

    private GoldenOutline() {
    }

    /**
     * Writes a feature file with the golden outline of a manifest.
     *
     * @param args the fixtures folder (holding manifest.json) and the feature file to write
     * @throws IOException when the feature cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || args[0].isBlank() || args[0].contains("${") || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("Check my model needs -Detcts.user.fixtures=DIR: a folder holding manifest.json, "
                    + "the models, and their inputs and expected outputs in the fixture format (see fixtures/README.md); got '"
                    + (args.length > 0 ? args[0] : "") + "'");
        }
        FixtureCatalog catalog = FixtureCatalog.open(Path.of(args[0]));
        String feature = "@area:GLD\nFeature: Golden outputs of the models in " + args[0] + "\n"
                + "  Each model method, run on the build under test with its inputs, computes outputs within each output's\n"
                + "  accuracy class of its expected outputs, and the same outputs as the last blessed run on this platform.\n\n"
                + outline(catalog, "USER-GLD-01");
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, feature, StandardCharsets.UTF_8);
        System.out.println("[etcts] wrote " + out + " for " + catalog.models().stream().mapToInt(m -> m.path("methods").size()).sum() + " model methods");
    }

    /** The outline, tagged with an id, for every method of every model of the catalogue. */
    public static String outline(FixtureCatalog catalog, String id) {
        Map<String, Block> blocks = blocks(catalog);
        List<String> order = List.copyOf(blocks.keySet());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        blocks.keySet().forEach(backend -> rows.put(backend, new ArrayList<>()));
        for (JsonNode model : catalog.models()) {
            String name = model.path("name").asText();
            if (catalog.expectedLoadError(name).isPresent()) {
                continue;
            }
            String backend = backendOf(model, order);
            blocks.computeIfAbsent(backend, b -> new Block("@backend:" + b, "the " + b + " backend"));
            model.path("methods").fieldNames().forEachRemaining(
                    method -> rows.computeIfAbsent(backend, b -> new ArrayList<>()).add(name + "." + method));
        }
        StringBuilder out = new StringBuilder();
        out.append("  @id:").append(id).append('\n');
        out.append("  Scenario Outline: <method> on <backend> reproduces its reference and this platform's golden\n");
        out.append("    Given the fixture method \"<method>\" run on the build under test\n");
        out.append("    Then its outputs are within their accuracy class of the eager-PyTorch reference\n");
        out.append("    And its outputs are bit-identical to this platform's golden outputs\n");
        rows.forEach((backend, methods) -> {
            if (methods.isEmpty()) {
                return;
            }
            int width = Math.max("method".length(), methods.stream().mapToInt(String::length).max().orElse(0));
            out.append('\n').append("    ").append(blocks.get(backend).tags()).append('\n');
            out.append("    Examples: ").append(blocks.get(backend).title()).append('\n');
            out.append(String.format("      | %-" + width + "s | %-9s |%n", "method", "backend"));
            methods.forEach(method -> out.append(String.format("      | %-" + width + "s | %-9s |%n", method, backend)));
        });
        return out.toString();
    }

    /** The manifest's backends in its order, each with its Examples tags and title. */
    private static Map<String, Block> blocks(FixtureCatalog catalog) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (JsonNode backend : catalog.backends()) {
            String name = backend.path("name").asText();
            StringBuilder tags = new StringBuilder("@backend:").append(name);
            backend.path("requires").forEach(capability -> tags.append(" @requires:").append(capability.asText()));
            blocks.put(name, new Block(tags.toString(), backend.path("title").asText("the " + name + " backend")));
        }
        return blocks;
    }

    /**
     * The backend a model's golden row belongs to: of the model's backends, the last in the manifest's
     * order (the most specific); one the manifest does not declare comes after all declared ones; a model
     * naming none counts as {@code kernels}.
     */
    static String backendOf(JsonNode model, List<String> order) {
        String chosen = null;
        int rank = -1;
        for (JsonNode node : model.path("backends")) {
            String backend = node.asText();
            int index = order.indexOf(backend);
            int r = index < 0 ? order.size() : index;
            if (r >= rank) {
                chosen = backend;
                rank = r;
            }
        }
        return chosen == null ? "kernels" : chosen;
    }
}
