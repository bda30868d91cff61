package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.etcts.executorch.Platform;
import org.etcts.executorch.Runtime;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.golden.GoldenStore;
import org.etcts.results.golden.Inventory;

/** Steps of the Linkage feature: what the runtime registered when its libraries were loaded. */
public final class LinkageSteps {

    private static final GoldenStore GOLDEN = new GoldenStore(FixtureCatalog.fromSystemProperty(), Platform.current());

    @Then("the registered backends include {string}")
    public void theRegisteredBackendsInclude(String backend) {
        assertThat(Runtime.registeredBackends()).as("registered backends").contains(backend);
    }

    @Then("no backend is registered under the name {string}")
    public void noBackendIsRegisteredUnderTheName(String name) {
        assertThat(Runtime.registeredBackends()).as("registered backends").doesNotContain(name);
        assertThat(Runtime.isBackendRegistered(name)).as("the registry's lookup of '%s'", name).isFalse();
    }

    @Then("the registry's lookup by name finds every backend it lists")
    public void theLookupByNameFindsEveryListedBackend() {
        assertThat(Runtime.registeredBackends()).as("registered backends").isNotEmpty()
                .allSatisfy(name -> assertThat(Runtime.isBackendRegistered(name)).as("the registry's lookup of '%s'", name).isTrue());
    }

    @Then("the kernel registry lists as many kernel names as its kernel count")
    public void theKernelNamesAreAsManyAsTheCount() {
        assertThat(Runtime.registeredKernelNames()).as("registered kernel names").hasSize(Runtime.registeredKernelCount());
    }

    @Then("the backend {string} reports itself available")
    public void theBackendReportsItselfAvailable(String backend) {
        assertThat(Runtime.isBackendAvailable(backend)).as(backend + " is_available() with what this machine provides").isTrue();
    }

    @Then("the kernel registry holds at least {int} kernel(s)")
    public void theKernelRegistryHoldsAtLeast(int count) {
        assertThat(Runtime.registeredKernelCount()).as("registered kernel count").isGreaterThanOrEqualTo(count);
    }

    /**
     * Read from the file the JVM loaded (ELF DT_NEEDED, Mach-O LC_LOAD_DYLIB), not from what the build
     * recorded about it: the C++ standard library each platform's toolchain links, GNU libstdc++ on Linux and
     * the system's libc++ on macOS.
     */
    @Then("the JNI library's dynamic dependencies include this platform's C++ standard library")
    public void theJniLibrarysDependenciesIncludeTheCxxLibrary() throws java.io.IOException {
        String platform = Platform.current();
        String library = platform.startsWith("macos-") ? "/usr/lib/libc++.1.dylib" : "libstdc++.so.6";
        org.etcts.executorch.NativeLibrary.load();
        java.nio.file.Path loaded = org.etcts.executorch.NativeLibrary.loadedFile();
        assertThat(loaded).as("file of the loaded JNI library (%s)", org.etcts.executorch.NativeLibrary.loadedFrom()).isNotNull();
        assertThat(org.etcts.steps.linkage.LinkedLibraries.of(loaded))
                .as("libraries %s asks the loader for on %s", loaded, platform).contains(library);
    }

    /** Drift from the blessed inventory, named backend by backend. */
    @Then("the registered backends are those of this platform's blessed inventory")
    public void theRegisteredBackendsAreTheBlessedOnes() {
        Inventory blessed = blessedInventory();
        java.util.List<String> drift = current().backendDrift(blessed);
        assertThat(drift).as("drift of the registered backends from %s: %s", GOLDEN.inventoryFile(), drift).isEmpty();
    }

    /** Drift from the blessed inventory, named operator by operator with both kernel counts. */
    @Then("the kernel registry holds the kernels of this platform's blessed inventory, operator by operator")
    public void theKernelRegistryHoldsTheBlessedKernels() {
        Inventory blessed = blessedInventory();
        Inventory current = current();
        java.util.List<String> drift = current.kernelDrift(blessed);
        assertThat(drift).as("drift of the kernel registry (%d kernels) from %s (%d kernels): %s", current.kernelCount(),
                GOLDEN.inventoryFile(), blessed.kernelCount(), drift).isEmpty();
    }

    private static Inventory current() {
        return Inventory.of(Runtime.registeredBackends(), Runtime.registeredKernelNames());
    }

    private static Inventory blessedInventory() {
        return GOLDEN.inventory().orElseThrow(() -> Capabilities.notSupported("no blessed inventory for " + GOLDEN.platform()
                + " at " + GOLDEN.inventoryFile() + ": bless this platform with ./mvnw -B -Pbless verify"));
    }

    @Then("the kernel registry holds the kernel {string}")
    public void theKernelRegistryHoldsTheKernel(String name) {
        assertThat(Runtime.registeredKernelNames()).as("registered kernel names").contains(name);
    }
}
