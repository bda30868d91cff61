package org.etcts.steps.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.BackendOption;
import org.etcts.executorch.BackendOptionsMap;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.steps.ScenarioState;

/**
 * Backend options maps: making them (and the documented validation errors, which the shared scenario
 * state keeps for the module feature's "it fails with the error ..." step), their descriptions and their
 * snapshot of the options.
 */
public final class BackendOptionsMapSteps {

    private final OptionsState options;
    private final ScenarioState state;
    private Map<String, List<BackendOption>> mutableInput;
    private List<BackendOption> mutableList;

    /** Picocontainer injects the scenario's options and state. */
    public BackendOptionsMapSteps(OptionsState options, ScenarioState state) {
        this.options = options;
        this.state = state;
    }

    /** Options by backend from a table with the columns backend, key, type and value, in table order. */
    static Map<String, List<BackendOption>> fromTable(DataTable table) {
        Map<String, List<BackendOption>> byBackend = new LinkedHashMap<>();
        for (Map<String, String> row : table.asMaps()) {
            BackendOption.Type type = BackendOption.Type.valueOf(row.get("type").toUpperCase(java.util.Locale.ROOT));
            byBackend.computeIfAbsent(nullToEmpty(row.get("backend")), b -> new ArrayList<>())
                    .add(OptionsParameterTypes.make(nullToEmpty(row.get("key")), type, nullToEmpty(row.get("value"))));
        }
        return byBackend;
    }

    private static String nullToEmpty(String cell) {
        // Cucumber reads an empty cell as null; the features mean the empty string.
        return cell == null ? "" : cell;
    }

    private void attempt(Map<String, List<BackendOption>> input) {
        state.attempt(() -> {
            BackendOptionsMap map = new BackendOptionsMap(input);
            options.map("attempted", map, input);
        });
        state.attach(state.error() == null ? "made: " + options.map("attempted") : state.error().getMessage(),
                "text/plain", "making the map");
    }

    // ------------------------------------------------------------------ making maps

    @Given("an empty backend options map {string}")
    public void anEmptyMap(String name) {
        options.map(name, BackendOptionsMap.empty(), Map.of());
    }

    @Given("a backend options map {string} with:")
    public void aMapWith(String name, DataTable table) throws ExecuTorchException {
        Map<String, List<BackendOption>> input = fromTable(table);
        options.map(name, new BackendOptionsMap(input), input);
    }

    @When("I try to make a backend options map with:")
    public void iTryToMakeAMapWith(DataTable table) {
        attempt(fromTable(table));
    }

    @When("I try to make a backend options map for {string} with the integer option {string} set to {long}")
    public void iTryWithAnInteger(String backend, String key, long value) {
        attempt(Map.of(backend, List.of(BackendOption.of(key, value))));
    }

    @When("I try to make a backend options map for {string} with an option whose key is {int} bytes long")
    public void iTryWithAKeyOfLength(String backend, int bytes) {
        attempt(Map.of(backend, List.of(BackendOption.of("k".repeat(bytes), 1))));
    }

    @When("I try to make a backend options map for {string} with a string option whose value is {int} bytes long")
    public void iTryWithAStringOfLength(String backend, int bytes) {
        attempt(Map.of(backend, List.of(BackendOption.of("compute_unit", "v".repeat(bytes)))));
    }

    @When("I try to make a backend options map for a backend id {int} bytes long")
    public void iTryWithABackendIdOfLength(int bytes) {
        attempt(Map.of("b".repeat(bytes), List.of(BackendOption.of("num_threads", 1))));
    }

    @When("I try to make a backend options map for {int} different backends")
    public void iTryWithBackends(int count) {
        Map<String, List<BackendOption>> input = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            input.put("Backend" + i, List.of(BackendOption.of("num_threads", i)));
        }
        attempt(input);
    }

    @Then("the error's message contains {string}")
    public void theErrorsMessageContains(String text) {
        assertThat(state.error()).as("the step before was expected to fail, but it succeeded").isNotNull();
        assertThat(state.error().getMessage()).contains(text);
    }

    // ------------------------------------------------------------------ descriptions

    @Then("the description of the backend options map {string} is exactly {string}")
    public void theDescriptionIsExactly(String name, String expected) {
        assertThat(options.map(name).toString()).isEqualTo(expected);
    }

    @Then("the description of the backend options map {string} is one line containing {string}")
    public void theDescriptionIsOneLineContaining(String name, String parts) {
        String description = options.map(name).toString();
        state.attach(description, "text/plain", "description");
        assertThat(description).doesNotContain("\n").doesNotContain("0x");
        assertThat(description).contains(Arrays.stream(parts.split(",")).map(String::trim).toArray(String[]::new));
    }

    // ------------------------------------------------------------------ the snapshot

    @When("I make the backend options map {string} from a mutable dictionary with a mutable list of options for {string}:")
    public void iMakeAMapFromMutableInput(String name, String backend, DataTable table) throws ExecuTorchException {
        mutableList = new ArrayList<>(fromTable(table).values().iterator().next());
        mutableInput = new LinkedHashMap<>();
        mutableInput.put(backend, mutableList);
        options.map(name, new BackendOptionsMap(mutableInput), mutableInput);
    }

    @When("I then add the option {string} with the {backendOptionType} value {string} to that list and the backend {string} to that dictionary")
    public void iThenChangeTheInput(String key, BackendOption.Type type, String value, String backend) {
        mutableList.add(OptionsParameterTypes.make(key, type, value));
        mutableInput.put(backend, new ArrayList<>(List.of(OptionsParameterTypes.make(key, type, value))));
    }

    @Then("the options of the backend options map {string} are exactly:")
    public void theOptionsAreExactly(String name, DataTable table) {
        Map<String, List<BackendOption>> actual = options.map(name).options();
        state.attach(actual.toString(), "text/plain", "options");
        assertThat(actual).isEqualTo(fromTable(table));
        assertThat(List.copyOf(actual.keySet())).as("backend order").isEqualTo(List.copyOf(fromTable(table).keySet()));
    }

    @Then("the options of the backend options map {string} cannot be changed")
    public void theOptionsCannotBeChanged(String name) {
        Map<String, List<BackendOption>> snapshot = options.map(name).options();
        assertThat(catchThrowable(() -> snapshot.put("Other", List.of()))).as("adding a backend")
                .isInstanceOf(UnsupportedOperationException.class);
        for (List<BackendOption> list : snapshot.values()) {
            assertThat(catchThrowable(() -> list.add(BackendOption.of("x", 1)))).as("adding an option")
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(catchThrowable(list::clear)).as("clearing options").isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Then("the backend options map {string} holds {int} backend(s)")
    public void holdsBackends(String name, int count) {
        assertThat(options.map(name).options()).hasSize(count);
    }

    @Then("the backend options map {string} holds {int} option(s) for {string}")
    public void holdsOptionsFor(String name, int count, String backend) {
        assertThat(options.map(name).options()).containsKey(backend);
        assertThat(options.map(name).options().get(backend)).hasSize(count);
    }

    @Then("the option {string} for {string} in the backend options map {string} has the integer value {long}")
    public void theOptionHasTheIntegerValue(String key, String backend, String name, long value) {
        BackendOption option = options.map(name).options().get(backend).stream().filter(o -> o.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + key + " for " + backend));
        assertThat(option.type()).isEqualTo(BackendOption.Type.INTEGER);
        assertThat(option.intValue()).isEqualTo(value);
    }
}
