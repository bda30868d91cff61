package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * The binding's own answers about the runtime: the version it reports against the build's recorded identity,
 * and the names it refuses before asking the runtime. What the runtime registers, and whether its listing and
 * lookup agree, is checked by the Linkage scenarios (features/linkage.feature).
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
    void aNameWithANulCharacterIsNeverRegisteredNorAvailable() {
        // Cut at the NUL, the name would be a registered one: the binding answers before asking the runtime.
        String registered = Runtime.registeredBackends().stream().findFirst().orElse("XnnpackBackend");
        assertThat(Runtime.isBackendRegistered(registered + "\0")).isFalse();
        assertThat(Runtime.isBackendAvailable(registered + "\0")).isFalse();
        assertThatThrownBy(() -> Runtime.isBackendRegistered(null)).isInstanceOf(NullPointerException.class);
    }
}
