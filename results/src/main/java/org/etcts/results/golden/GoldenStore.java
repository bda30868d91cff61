package org.etcts.results.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.fixtures.ReferenceValue;

/**
 * The golden outputs of one platform, under {@code fixtures/golden/<platform>/}: one file per fixture
 * method ({@code <model>.<method>.json}, outputs in the fixture format), {@code build.json}, the
 * identity of the blessed build they were recorded from (version, origin, each linked library's SHA-256),
 * and {@code inventory.json}, the backends and kernels that build registered ({@link Inventory}).
 */
public final class GoldenStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String INVENTORY = "inventory.json";

    private final FixtureCatalog catalog;
    private final String platform;
    private final Path dir;

    /** The store of a platform inside a fixtures catalogue. */
    public GoldenStore(FixtureCatalog catalog, String platform) {
        this.catalog = catalog;
        this.platform = platform;
        this.dir = catalog.root().resolve("golden").resolve(platform);
    }

    /** The platform. */
    public String platform() {
        return platform;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Whether a blessed run was ever recorded for this platform. */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve("build.json"));
    }

    /** The blessed build's identity, as recorded. */
    public Optional<JsonNode> blessedBuild() {
        return read(dir.resolve("build.json"));
    }

    /** The golden outputs of a fixture method, if it was blessed. */
    public Optional<List<ReferenceValue>> outputs(String model, String method) {
        Path file = dir.resolve(model + "." + method + ".json");
        return read(file).map(node -> {
            try {
                return catalog.values(node.path("outputs"), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The blessed build's inventory of registered backends and kernels, if one was recorded. */
    public Optional<Inventory> inventory() {
        return read(dir.resolve(INVENTORY)).map(Inventory::fromJson);
    }

    /** The file the inventory is kept in. */
    public Path inventoryFile() {
        return dir.resolve(INVENTORY);
    }

    /** Records the inventory of the build being blessed. */
    public void writeInventory(Inventory inventory) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("platform", platform);
        node.setAll(inventory.toJson(JSON));
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(INVENTORY).toFile(), node);
    }

    /** Records the golden outputs of a fixture method. */
    public void write(String model, String method, JsonNode outputs) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", model).put("method", method).put("platform", platform);
        node.set("outputs", outputs);
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(model + "." + method + ".json").toFile(), node);
    }

    /**
     * Records the identity of the build being blessed.
     *
     * @param blessedAt when it was blessed
     * @param identity what the build is (version, origin, configuration, each linked library's SHA-256), as bless
     *     reads it from the build
     */
    public void writeBuild(String blessedAt, ObjectNode identity) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("platform", platform).put("blessedAt", blessedAt);
        node.setAll(identity);
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve("build.json").toFile(), node);
    }

    private static Optional<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the golden file " + file, e);
        }
    }
}
