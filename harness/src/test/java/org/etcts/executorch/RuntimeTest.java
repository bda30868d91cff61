package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeTest {

    @Test
    void versionIsRecordedByTheBuild() {
        assertThat(Runtime.version()).isNotBlank().isNotEqualTo("unknown").matches("\\d+\\.\\d+.*");
    }

    @Test
    void xnnpackIsRegistered() {
        assertThat(Runtime.registeredBackends()).contains("XnnpackBackend").doesNotHaveDuplicates();
        assertThat(Runtime.isBackendRegistered("XnnpackBackend")).isTrue();
        assertThat(Runtime.isBackendRegistered("CoreMLBackend")).isFalse();
        assertThat(Runtime.isBackendRegistered("")).isFalse();
    }

    @Test
    void kernelsAreRegistered() {
        int count = Runtime.registeredKernelCount();
        assertThat(count).isPositive();
        assertThat(Runtime.registeredKernelNames()).hasSize(count).contains("aten::add.out");
    }
}
