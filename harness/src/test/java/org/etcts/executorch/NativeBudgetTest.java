package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What live native objects count towards the budget, and how the budget is given. */
class NativeBudgetTest {

    @Test
    void sizesTakeAnOptionalUnit() {
        assertThat(NativeBudget.size("4096", "p")).isEqualTo(4096);
        assertThat(NativeBudget.size("64m", "p")).isEqualTo(64L << 20);
        assertThat(NativeBudget.size(" 2G ", "p")).isEqualTo(2L << 30);
        assertThat(NativeBudget.size("0", "p")).isZero();
    }

    @Test
    void aSizeThatIsNotOneNamesThePropertyAndTheFix() {
        for (String bad : new String[] {"-1", "lots", "12q", ""}) {
            assertThatThrownBy(() -> NativeBudget.size(bad, NativeBudget.BYTES_PROPERTY)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-D" + NativeBudget.BYTES_PROPERTY + "=" + bad)
                    .hasMessageContaining("0 turns the budget off");
        }
    }

    @Test
    void aTensorCountsTheDataItOwnsUntilItIsClosed() {
        Tensor tensor = Tensor.zeros(new long[] {1000}, DataType.FLOAT);
        assertThat(tensor.heldBytes()).isEqualTo(4000);
        try (Tensor view = tensor.view()) {
            assertThat(view.heldBytes()).as("a view shares the data").isZero();
        }
        try (Tensor copy = tensor.copy()) {
            assertThat(copy.heldBytes()).isEqualTo(4000);
        }
        tensor.close();
        assertThat(tensor.heldBytes()).isZero();
    }

    @Test
    void aModuleCountsItsFileItsHandleAndItsMethodsPlannedMemoryUntilItIsClosed() throws Exception {
        String add = Fixtures.model("add.pte");
        long file = Files.size(Path.of(add));
        Module module = new Module(add);
        try (Tensor x = Tensor.of(new float[] {1f}, 1);
             Tensor y = Tensor.of(new float[] {2f}, 1)) {
            assertThat(module.heldBytes()).isEqualTo(file);
            assertThat(module.heldHandles()).isEqualTo(1);
            try (Tensor sum = module.forward(x, y).get(0).toTensor()) {
                assertThat(sum.heldBytes()).as("an output is a copy the caller owns").isEqualTo(4);
            }
            long planned = module.methodMetadata("forward").memoryPlannedBufferSizes().stream().mapToLong(Long::longValue).sum();
            assertThat(planned).isPositive();
            assertThat(module.heldBytes()).isEqualTo(file + planned);
            module.unload("forward");
            assertThat(module.heldBytes()).isEqualTo(file);
        } finally {
            module.close();
        }
        assertThat(module.heldBytes()).isZero();
        assertThat(module.heldHandles()).isZero();
    }
}
