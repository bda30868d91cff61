package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.NativeLibrary;
import org.etcts.results.ResultClass;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.SharedChildJvm;
import org.etcts.steps.linkage.LinkageProbe;
import org.etcts.steps.linkage.LinkageReport;
import org.etcts.steps.linkage.LinkageVariant;

/**
 * Steps of the linkage scenarios that need the JNI library linked with less: each runs a child JVM on a
 * linkage variant, so a registry without kernels or backends never touches the suite's own runtime.
 */
public final class LinkageVariantSteps {

    /**
     * The registered name of the backend each component carries: the build's backend libraries, and the
     * suite's own stub (native/stub/unavailable_backend.cpp, linked into the unavailable-backend variant).
     */
    private static final Map<String, String> BACKEND_OF_COMPONENT = Map.of(
            "backend_xnnpack", "XnnpackBackend", "backend_qnn", "QnnBackend", "backend_openvino", "OpenvinoBackend",
            "backend_coreml", "CoreMLBackend", "backend_mps", "MPSBackend", "backend_cuda", "CudaBackend",
            "backend_mlx", "MLXBackend", "backend_vulkan", "VulkanBackend", "backend_neuron", "NeuropilotBackend",
            "stub_unavailable_backend", "EtctsUnavailableBackend");

    private String variant;
    private Path library;
    private LinkageReport report;
    private CaseOutcome outcome;
    private final ScenarioState state;

    /** Picocontainer injects the scenario's state (evidence is attached through it). */
    public LinkageVariantSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the JNI library linked {variant}")
    public void theJniLibraryLinked(String variantName) {
        variant = variantName;
        library = LinkageVariant.library(variantName).orElseThrow(() -> Capabilities.notSupported(
                "the native jar holds no '" + variantName + "' linkage variant of the JNI library (native/CMakeLists.txt links "
                        + "each variant for every layout; the build under test is " + org.etcts.executorch.BuildInfo.current().layout()
                        + ": was the native module built by another version of the suite?)"));
    }

    @When("a child process reports the registered backends and kernels")
    public void aChildProcessReportsTheRegistry() {
        probe("registry");
    }

    @When("a child process loads the method {string} of the fixture {string}")
    public void aChildProcessLoadsTheMethod(String method, String fixture) {
        probe(fixture + "#" + method);
    }

    private void probe(String caseId) {
        // One child per variant runs the variant's probes of every scenario: the library is chosen before it loads.
        outcome = SharedChildJvm.ofVariant(Map.of(NativeLibrary.PATH_PROPERTY, library.toString()))
                .run(LinkageProbe.class, caseId, Duration.ofMinutes(2));
        state.attach(outcome.childStderr(), "text/plain", "runtime log of the " + variant + " child");
        if (outcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + outcome.message());
        }
        assertThat(outcome.status()).as("linkage probe in the %s child: %s", variant, outcome.message()).isEqualTo(CaseOutcome.Status.PASS);
        report = LinkageProbe.parse(outcome.message());
        state.attach(outcome.message(), "application/json", "linkage report of the " + variant + " child");
        // The child must have run on the variant the scenario asked for, not on whatever library it found.
        assertThat(report.variant()).as("variant of the JNI library the child loaded").isEqualTo(variant);
    }

    @Then("the program loaded")
    public void theProgramLoaded() {
        assertThat(report.programLoad()).as("load() on the %s library", variant).isEqualTo("OK");
    }

    @Then("loading the method failed with the error {errorCode}")
    public void loadingTheMethodFailedWith(ErrorCode expected) {
        assertThat(report.methodLoad()).as("load(method) on the %s library", variant).isEqualTo(expected.runtimeName());
        assertThat(report.methodLoadNumber()).as("error number").isEqualTo(expected.number());
    }

    @Then("the child's runtime log mentions {string}")
    public void theChildsRuntimeLogMentions(String text) {
        assertThat(outcome.childStderr()).as("runtime log of the %s child", variant).contains(text);
    }

    @Then("the child's runtime log has an error line mentioning {string}, followed by an error line mentioning {string}")
    public void theChildsRuntimeLogHasErrorLinesInOrder(String first, String then) {
        List<String> errors = outcome.childStderr().lines().filter(line -> line.startsWith("E ")).toList();
        int firstAt = -1;
        for (int i = 0; i < errors.size() && firstAt < 0; i++) {
            if (errors.get(i).contains(first)) {
                firstAt = i;
            }
        }
        assertThat(firstAt).as("an error-level line of the %s child's runtime log mentioning '%s' in %s", variant, first, errors)
                .isNotNegative();
        assertThat(errors.subList(firstAt + 1, errors.size()))
                .as("error-level lines after the one mentioning '%s' in the %s child's runtime log", first, variant)
                .anySatisfy(line -> assertThat(line).contains(then));
    }

    @Then("the registered backends are exactly the backends it links")
    public void theRegisteredBackendsAreExactlyTheBackendsItLinks() {
        List<String> expected = report.linkedComponents().stream()
                .filter(BACKEND_OF_COMPONENT::containsKey).map(BACKEND_OF_COMPONENT::get).sorted().toList();
        assertThat(report.registeredBackends().stream().sorted().toList())
                .as("registered backends of the %s library, linked with %s", variant, report.linkedComponents())
                .isEqualTo(expected);
    }

    @Then("it registers fewer kernels than the full library")
    public void itRegistersFewerKernelsThanTheFullLibrary() {
        assertThat(report.kernelCount()).as("kernels registered by the %s library", variant)
                .isLessThan(org.etcts.executorch.Runtime.registeredKernelCount());
    }

    @Then("it registers as many kernels as the full library")
    public void itRegistersAsManyKernelsAsTheFullLibrary() {
        assertThat(report.kernelCount()).as("kernels registered by the %s library", variant)
                .isEqualTo(org.etcts.executorch.Runtime.registeredKernelCount());
    }
}
