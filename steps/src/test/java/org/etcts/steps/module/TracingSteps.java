package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.etcts.executorch.EtDump;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.steps.ScenarioState;

/**
 * Tracing a module with the runtime's ETDump event tracer: the trace's bytes are read with the binding's
 * own reader ({@link EtDump}) and attached to the report as the reader prints them.
 */
public final class TracingSteps {

    /** The prefix the runtime gives the event of the kernel an OPERATOR_CALL instruction called. */
    private static final String KERNEL_EVENT = "native_call_";

    private final ScenarioState state;
    private byte[] traceBytes;
    private EtDump trace;

    /** Picocontainer injects the scenario's state. */
    public TracingSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("a module for the fixture {string} with tracing enabled")
    public void aModuleWithTracingEnabled(String fileName) throws ExecuTorchException {
        Module module = new Module(state.fixtures.modelFile(fileName).toString());
        state.module(module, fileName);
        module.enableTracing();
    }

    @When("I take the trace")
    public void iTakeTheTrace() throws ExecuTorchException {
        traceBytes = state.module().takeTrace();
        trace = traceBytes.length == 0 ? null : EtDump.parse(traceBytes);
        state.attach(traceBytes.length + " bytes\n" + (trace == null ? "(empty)" : trace.toString()), "text/plain", "trace");
    }

    @When("I try to take the trace")
    public void iTryToTakeTheTrace() {
        state.attempt(() -> state.module().takeTrace());
    }

    @When("I try to enable tracing")
    public void iTryToEnableTracing() {
        state.attempt(() -> state.module().enableTracing());
    }

    @Then("the trace is empty")
    public void theTraceIsEmpty() {
        assertThat(traceBytes).as("a 'take the trace' step must come first").isNotNull();
        assertThat(traceBytes).as("bytes of the trace").isEmpty();
    }

    @Then("the trace holds exactly the run blocks {string}")
    public void theTraceHoldsExactlyTheRunBlocks(String names) {
        List<String> blocks = trace().runs().stream().map(EtDump.Run::name).toList();
        assertThat(blocks).as("run blocks of the trace").isEqualTo(list(names));
    }

    @Then("{word} block {int} holds one {string} event for each instruction of the method {string}")
    public void blockHoldsOneEventPerInstruction(String blockName, int ordinal, String eventName, String method)
            throws ExecuTorchException {
        long instructions = state.module().methodMetadata(method).instructionCount();
        List<EtDump.Event> events = block(blockName, ordinal).profileEvents(eventName);
        assertThat(events).as("'%s' events of %s block %d, against the %d instructions of %s", eventName, blockName,
                ordinal, instructions, method).hasSize((int) instructions);
        List<Integer> ids = events.stream().map(EtDump.Event::instructionId).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < instructions; i++) {
            expected.add(i);
        }
        assertThat(ids).as("instruction ids of the '%s' events", eventName).isEqualTo(expected);
    }

    @Then("{word} block {int} ends with the event {string}")
    public void blockEndsWithTheEvent(String blockName, int ordinal, String eventName) {
        List<EtDump.Event> events = block(blockName, ordinal).events();
        assertThat(events).as("events of %s block %d", blockName, ordinal).isNotEmpty();
        assertThat(events.get(events.size() - 1).name()).as("last event of %s block %d", blockName, ordinal)
                .isEqualTo(eventName);
    }

    @Then("{word} block {int} holds the events {string}")
    public void blockHoldsTheEvents(String blockName, int ordinal, String names) {
        List<String> events = block(blockName, ordinal).events().stream().map(EtDump.Event::name).toList();
        assertThat(events).as("events of %s block %d", blockName, ordinal).isEqualTo(list(names));
    }

    @Then("Execute block {int} names the kernels {string} in that order")
    public void executeBlockNamesTheKernels(int ordinal, String kernels) {
        List<String> called = new ArrayList<>();
        for (EtDump.Event event : block("Execute", ordinal).events()) {
            if (event.kind() == EtDump.Event.Kind.PROFILE && event.name().startsWith(KERNEL_EVENT)) {
                called.add(event.name().substring(KERNEL_EVENT.length()));
            }
        }
        assertThat(called).as("kernels called in Execute block %d", ordinal).isEqualTo(list(kernels));
    }

    @Then("Execute block {int} holds an event of the delegate with the debug identifier containing {string}")
    public void executeBlockHoldsADelegateEvent(int ordinal, String text) {
        List<String> identifiers = block("Execute", ordinal).events().stream().map(EtDump.Event::delegateDebugIdStr)
                .filter(id -> !id.isEmpty()).toList();
        assertThat(identifiers).as("delegate debug identifiers in Execute block %d", ordinal)
                .anyMatch(id -> id.contains(text));
    }

    @Then("no profiling event of the trace ends before it starts")
    public void noProfilingEventEndsBeforeItStarts() {
        int checked = 0;
        for (EtDump.Run run : trace().runs()) {
            for (EtDump.Event event : run.events()) {
                if (event.kind() == EtDump.Event.Kind.PROFILE) {
                    assertThat(Long.compareUnsigned(event.endTime(), event.startTime()))
                            .as("%s in block %s: end %d, start %d", event.name(), run.name(), event.endTime(), event.startTime())
                            .isGreaterThanOrEqualTo(0);
                    checked++;
                }
            }
        }
        assertThat(checked).as("profiling events in the trace").isPositive();
    }

    private EtDump trace() {
        assertThat(trace).as("a non-empty trace must have been taken first (bytes: %s)",
                traceBytes == null ? "none taken" : traceBytes.length).isNotNull();
        return trace;
    }

    private EtDump.Run block(String name, int ordinal) {
        List<EtDump.Run> blocks = trace().runs(name);
        assertThat(blocks).as("%s blocks of the trace", name).hasSizeGreaterThanOrEqualTo(ordinal);
        return blocks.get(ordinal - 1);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.asList(commaSeparated.split("\\s*,\\s*"));
    }
}
