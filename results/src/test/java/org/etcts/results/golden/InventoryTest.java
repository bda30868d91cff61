package org.etcts.results.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inventory names its drift: a missing or new backend, an operator with fewer or more kernels. */
class InventoryTest {

    private final Inventory blessed = Inventory.of(List.of("XnnpackBackend", "QnnBackend"),
            List.of("aten::add.out", "aten::add.out", "aten::mul.out"));

    @Test
    void theSameRegistrationsHaveNoDrift() {
        Inventory same = Inventory.of(List.of("XnnpackBackend", "QnnBackend"), List.of("aten::mul.out", "aten::add.out", "aten::add.out"));
        assertThat(same.backendDrift(blessed)).isEmpty();
        assertThat(same.kernelDrift(blessed)).isEmpty();
        assertThat(same.kernelCount()).isEqualTo(3);
    }

    @Test
    void aKernelShortIsNamedWithBothCounts() {
        Inventory shortOne = Inventory.of(List.of("XnnpackBackend", "QnnBackend"), List.of("aten::add.out", "aten::mul.out"));
        assertThat(shortOne.kernelDrift(blessed)).containsExactly("aten::add.out: 1 kernel, blessed 2");
    }

    @Test
    void aMissingOperatorAndANewOneAreNamed() {
        Inventory renamed = Inventory.of(List.of("XnnpackBackend", "QnnBackend"), List.of("aten::add.out", "aten::add.out", "aten::sub.out"));
        assertThat(renamed.kernelDrift(blessed)).containsExactly("aten::mul.out: 0 kernels, blessed 1", "aten::sub.out: 1 kernel, blessed 0");
    }

    @Test
    void aMissingBackendANewOneAndAnotherOrderAreNamed() {
        assertThat(Inventory.of(List.of("XnnpackBackend"), List.of()).backendDrift(blessed))
                .containsExactly("backend QnnBackend is no longer registered");
        assertThat(Inventory.of(List.of("XnnpackBackend", "QnnBackend", "CoreMLBackend"), List.of()).backendDrift(blessed))
                .containsExactly("backend CoreMLBackend is new");
        assertThat(Inventory.of(List.of("QnnBackend", "XnnpackBackend"), List.of()).backendDrift(blessed))
                .containsExactly("backends registered in another order: [QnnBackend, XnnpackBackend], blessed [XnnpackBackend, QnnBackend]");
    }

    @Test
    void itReadsBackWhatItWrites() {
        ObjectMapper json = new ObjectMapper();
        Inventory read = Inventory.fromJson(blessed.toJson(json));
        assertThat(read).isEqualTo(blessed);
        assertThat(blessed.toJson(json).path("kernelCount").asInt()).isEqualTo(3);
        assertThat(blessed.toJson(json).path("operatorCount").asInt()).isEqualTo(2);
    }
}
