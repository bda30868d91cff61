package org.etcts.steps.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.etcts.executorch.BackendOption;
import org.etcts.executorch.BackendOptionsMap;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.steps.ScenarioState;

/**
 * XNNPACK's packed weight cache as a load-time option: a map that turns the weight cache on and names a
 * cache file in a folder of the scenario's own, and whether loading made that file. The file is the
 * backend's observable answer to the option (the 1.5.1 backend opens it for writing when a delegated
 * method loads with both options), so it tells that the options reached the backend.
 */
public final class PackedCacheSteps {

    private final OptionsState options;
    private final ScenarioState state;
    private Path folder;
    private Path cacheFile;

    /** Picocontainer injects the scenario's options and state. */
    public PackedCacheSteps(OptionsState options, ScenarioState state) {
        this.options = options;
        this.state = state;
    }

    @Given("a backend options map {string} for {string} with the weight cache enabled and a packed cache file that does not exist yet")
    public void aMapWithThePackedCache(String name, String backend) throws IOException, ExecuTorchException {
        folder = Files.createTempDirectory("etcts-packed-cache-");
        state.own(this::deleteFolder);
        cacheFile = folder.resolve("packed-weights.bin");
        Map<String, List<BackendOption>> input = Map.of(backend, List.of(BackendOption.of("weight_cache_enabled", true),
                BackendOption.of("packed_cache_path", cacheFile.toString())));
        options.map(name, new BackendOptionsMap(input), input);
    }

    @Then("the packed cache file exists")
    public void thePackedCacheFileExists() {
        assertThat(cacheFile).as("a map with a packed cache file must come first").isNotNull();
        assertThat(cacheFile).as("the packed cache file named by the option 'packed_cache_path'").exists();
    }

    @Then("the packed cache file does not exist")
    public void thePackedCacheFileDoesNotExist() {
        assertThat(cacheFile).as("a map with a packed cache file must come first").isNotNull();
        assertThat(cacheFile).as("the packed cache file named by the option 'packed_cache_path'").doesNotExist();
    }

    private void deleteFolder() throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
