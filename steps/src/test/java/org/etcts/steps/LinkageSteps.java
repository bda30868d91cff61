package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.etcts.executorch.Runtime;

/** Steps of the Linkage feature: what the runtime registered when its libraries were loaded. */
public final class LinkageSteps {

    @Then("the registered backends include {string}")
    public void theRegisteredBackendsInclude(String backend) {
        assertThat(Runtime.registeredBackends()).as("registered backends").contains(backend);
    }

    @Then("the backend {string} reports itself available")
    public void theBackendReportsItselfAvailable(String backend) {
        assertThat(Runtime.isBackendAvailable(backend)).as(backend + " is_available() with what this machine provides").isTrue();
    }

    @Then("the kernel registry holds at least {int} kernel(s)")
    public void theKernelRegistryHoldsAtLeast(int count) {
        assertThat(Runtime.registeredKernelCount()).as("registered kernel count").isGreaterThanOrEqualTo(count);
    }

    /** Read from the ELF file the JVM loaded, not from what the build recorded about it. */
    @Then("the JNI library's dynamic section needs {string}")
    public void theJniLibrarysDynamicSectionNeeds(String library) throws java.io.IOException {
        org.etcts.executorch.NativeLibrary.load();
        java.nio.file.Path loaded = org.etcts.executorch.NativeLibrary.loadedFile();
        assertThat(loaded).as("file of the loaded JNI library (%s)", org.etcts.executorch.NativeLibrary.loadedFrom()).isNotNull();
        assertThat(org.etcts.steps.linkage.ElfNeeded.of(loaded)).as("DT_NEEDED entries of %s", loaded).contains(library);
    }

    @Then("the kernel registry holds the kernel {string}")
    public void theKernelRegistryHoldsTheKernel(String name) {
        assertThat(Runtime.registeredKernelNames()).as("registered kernel names").contains(name);
    }
}
