package org.etcts.steps.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.etcts.executorch.BackendOption;
import org.etcts.steps.ScenarioState;

/** Single backend options: their key, type and value, equality and hashing, and their description. */
public final class BackendOptionSteps {

    private final OptionsState options;
    private final ScenarioState state;

    /** Picocontainer injects the scenario's options and state. */
    public BackendOptionSteps(OptionsState options, ScenarioState state) {
        this.options = options;
        this.state = state;
    }

    @Given("the backend option {string} with the key {string} and the {backendOptionType} value {string}")
    public void theBackendOption(String name, String key, BackendOption.Type type, String value) {
        options.option(name, OptionsParameterTypes.make(key, type, value));
    }

    @Then("the backend option {string} has the key {string}, the type {backendOptionType} and the value {string}")
    public void theBackendOptionHas(String name, String key, BackendOption.Type type, String value) {
        BackendOption option = options.option(name);
        assertThat(option.key()).as("key").isEqualTo(key);
        assertThat(option.type()).as("type").isEqualTo(type);
        switch (type) {
            case BOOLEAN -> assertThat(option.boolValue()).as("boolValue")
                    .isEqualTo(OptionsParameterTypes.make(key, type, value).boolValue());  // true or false, nothing else
            case INTEGER -> assertThat(option.intValue()).as("intValue").isEqualTo(Long.parseLong(value));
            case STRING -> assertThat(option.stringValue()).as("stringValue").isEqualTo(value);
        }
    }

    @Then("the backend options {string} and {string} are equal and hash equally")
    public void equalAndHashEqually(String a, String b) {
        assertThat(options.option(a)).isEqualTo(options.option(b));
        assertThat(options.option(a).hashCode()).as("hash of %s and %s", a, b).isEqualTo(options.option(b).hashCode());
    }

    @Then("the backend options {string} and {string} are not equal")
    public void notEqual(String a, String b) {
        assertThat(options.option(a)).isNotEqualTo(options.option(b));
        assertThat(options.option(b)).isNotEqualTo(options.option(a));
    }

    @Then("a set of the backend options {string} holds {int} option(s)")
    public void aSetHolds(String names, int count) {
        Set<BackendOption> set = new HashSet<>();
        Arrays.stream(names.split(",")).map(String::trim).map(options::option).forEach(set::add);
        state.attach(set.toString(), "text/plain", "set");
        assertThat(set).hasSize(count);
    }

    @Then("the description of the backend option {string} contains {string} and {string} and no pointer")
    public void theDescriptionContains(String name, String key, String value) {
        String description = options.option(name).toString();
        state.attach(description, "text/plain", "description");
        assertThat(description).contains(key, value).doesNotContain("0x");
    }
}
