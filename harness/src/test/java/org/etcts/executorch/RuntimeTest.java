package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * The registry view of the loaded build. What a build legitimately differs in (whether it records a
 * version, which delegates it ships) is read from its recorded identity ({@link BuildInfo}), not assumed.
 */
class RuntimeTest {

    @Test
    void versionIsTheOneTheBuildRecorded() {
        String recorded = BuildInfo.current().executorchVersion();
        assertThat(Runtime.version()).isEqualTo(recorded);
        assumeFalse(recorded.equals("unknown"), "the build under test records no version (" + BuildInfo.current().source() + ")");
        assertThat(Runtime.version()).matches("\\d+\\.\\d+.*");
    }

    @Test
    void xnnpackIsRegisteredExactlyWhenTheBuildLinksIt() {
        boolean linked = BuildInfo.current().hasComponent("backend_xnnpack");
        assertThat(Runtime.registeredBackends()).doesNotHaveDuplicates();
        assertThat(Runtime.registeredBackends().contains("XnnpackBackend")).as("XnnpackBackend registered, linked: %s", linked).isEqualTo(linked);
        assertThat(Runtime.isBackendRegistered("XnnpackBackend")).isEqualTo(linked);
        assertThat(Runtime.isBackendRegistered("CoreMLBackend")).isEqualTo(BuildInfo.current().hasComponent("backend_coreml"));
        assertThat(Runtime.isBackendRegistered("")).isFalse();
    }

    @Test
    void kernelsAreRegistered() {
        int count = Runtime.registeredKernelCount();
        assertThat(count).isPositive();
        assertThat(Runtime.registeredKernelNames()).hasSize(count).contains("aten::add.out");
    }
}
