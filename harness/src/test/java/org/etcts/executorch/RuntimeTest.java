package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * The binding's view of the registries: that its calls agree with each other and with the build's recorded
 * identity. What the runtime registers is checked by the Linkage scenarios (features/linkage.feature).
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
    void everyListedBackendIsFoundByName() {
        assertThat(Runtime.registeredBackends()).allSatisfy(name -> assertThat(Runtime.isBackendRegistered(name))
                .as("isBackendRegistered(%s)", name).isTrue());
    }

    @Test
    void aNameWithANulCharacterIsNeverRegisteredNorAvailable() {
        // Cut at the NUL, the name would be a registered one: the binding answers before asking the runtime.
        String registered = Runtime.registeredBackends().stream().findFirst().orElse("XnnpackBackend");
        assertThat(Runtime.isBackendRegistered(registered + "\0")).isFalse();
        assertThat(Runtime.isBackendAvailable(registered + "\0")).isFalse();
        assertThatThrownBy(() -> Runtime.isBackendRegistered(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theKernelNamesAreAsManyAsTheKernelCount() {
        assertThat(Runtime.registeredKernelNames()).hasSize(Runtime.registeredKernelCount());
    }
}
