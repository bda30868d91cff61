package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.ScenarioState;

/** A module's calls after it was closed: each is refused as closed, and closing again does nothing. */
public final class ClosedModuleSteps {

    private final ScenarioState state;

    /** Picocontainer injects the scenario's state. */
    public ClosedModuleSteps(ScenarioState state) {
        this.state = state;
    }

    /** The calls a closed module must refuse, named as the documented API names them. */
    @When("^I try to (load the program|load the method \"[^\"]+\"|list the method names|read the metadata of \"[^\"]+\""
            + "|set input 0 of \"[^\"]+\"|unload the method \"[^\"]+\"|execute \"[^\"]+\"|ask whether the program is loaded)"
            + " on the module$")
    public void iTryToCallOnTheModule(String call) {
        Module module = state.module();
        Tensor input = state.tensor(1.0f);
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(call);
        String method = quoted.find() ? quoted.group(1) : null;
        state.attempt(() -> {
            if (call.equals("load the program")) {
                module.load();
            } else if (call.startsWith("load the method")) {
                module.load(method);
            } else if (call.equals("list the method names")) {
                module.methodNames();
            } else if (call.startsWith("read the metadata")) {
                module.methodMetadata(method);
            } else if (call.startsWith("set input")) {
                module.setInput(method, Value.of(input), 0);
            } else if (call.startsWith("unload")) {
                module.unload(method);
            } else if (call.startsWith("execute")) {
                module.execute(method, Value.of(input), Value.of(input));
            } else {
                module.isLoaded();
            }
        });
    }

    @When("I try to close the module again")
    public void iTryToCloseTheModuleAgain() {
        state.attempt(() -> state.module().close());
    }

    @Then("the binding refused it as closed")
    public void theBindingRefusedItAsClosed() {
        Exception failure = state.failure();
        assertThat(failure).as("the call on the closed module was expected to be refused, but it succeeded").isNotNull();
        state.attach(failure.toString(), "text/plain", "refusal");
        assertThat(failure).as("the refusal").isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Then("the module reports that it is closed")
    public void theModuleReportsThatItIsClosed() {
        assertThat(state.module().isClosed()).as("isClosed()").isTrue();
    }
}
