package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;
import org.etcts.executorch.Verification;
import org.etcts.steps.ScenarioState;

/** Steps of the load-mode feature: the enumerations' numbers, the defaults, and how a mode reads files. */
public final class LoadModeSteps {

    private final ScenarioState state;
    private Path dataFileCopy;

    /** Picocontainer injects the scenario's state. */
    public LoadModeSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the load mode {loadMode} has the number {int}")
    public void theLoadModeHasTheNumber(LoadMode mode, int number) {
        assertThat(mode.number()).as("number of %s", mode.runtimeName()).isEqualTo(number);
        assertThat(LoadMode.fromNumber(number)).as("load mode number %d", number).isEqualTo(mode);
    }

    @Then("the load modes are exactly {string}")
    public void theLoadModesAreExactly(String names) {
        List<String> expected = List.of(names.split("\\s*,\\s*"));
        assertThat(java.util.Arrays.stream(LoadMode.values()).map(LoadMode::runtimeName).toList()).as("load modes").isEqualTo(expected);
    }

    @Then("the verification {verification} has the number {int}")
    public void theVerificationHasTheNumber(Verification verification, int number) {
        assertThat(verification.number()).as("number of %s", verification.runtimeName()).isEqualTo(number);
    }

    @Then("the module's load mode is {loadMode}")
    public void theModulesLoadModeIs(LoadMode mode) {
        assertThat(state.module().loadMode()).as("load mode of %s", state.module()).isEqualTo(mode);
    }

    @Then("the module has no data files")
    public void theModuleHasNoDataFiles() {
        assertThat(state.module().dataFilePaths()).as("data files of %s", state.module()).isEmpty();
    }

    /** A copy with a name of its own, so that a mapping found in /proc/self/maps can only be this module's. */
    @Given("a module for the fixture {string} with a private copy of its data file {string} and the load mode {loadMode}")
    public void aModuleWithAPrivateCopyOfItsDataFile(String fileName, String dataFile, LoadMode mode) throws IOException {
        dataFileCopy = Files.createTempFile("etcts-data-", "-" + dataFile);
        dataFileCopy.toFile().deleteOnExit();
        Files.copy(state.fixtures.verifiedFile("models/" + dataFile), dataFileCopy, StandardCopyOption.REPLACE_EXISTING);
        state.module(new Module(state.fixtures.modelFile(fileName).toString(), List.of(dataFileCopy.toString()), mode), fileName);
    }

    @Then("the data file is mapped into the process's memory")
    public void theDataFileIsMapped() throws IOException {
        assertThat(mappingsOfTheDataFile()).as("lines of /proc/self/maps naming %s", dataFileCopy).isNotEmpty();
    }

    @Then("the data file is not mapped into the process's memory")
    public void theDataFileIsNotMapped() throws IOException {
        assertThat(mappingsOfTheDataFile()).as("lines of /proc/self/maps naming %s", dataFileCopy).isEmpty();
    }

    private List<String> mappingsOfTheDataFile() throws IOException {
        assertThat(dataFileCopy).as("a module with a private copy of its data file must come first").isNotNull();
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            throw org.etcts.steps.Capabilities.notSupported("this platform has no /proc/self/maps to see how files are read");
        }
        String real = dataFileCopy.toRealPath().toString();
        List<String> lines = Files.readAllLines(maps).stream().filter(l -> l.endsWith(real)).toList();
        state.attach(String.join("\n", lines), "text/plain", "mappings of " + real);
        return lines;
    }
}
