package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module.executeInPlace and its OutputViews: outputs read where the runtime wrote them, for as long as that holds. */
class OutputViewsTest {

    private static final String TWO_OUTPUTS = Fixtures.model("two_outputs.pte");
    private static final String NON_TENSOR_OUTPUTS = Fixtures.model("non_tensor_outputs.pte");

    @Test
    void outputsAreReadInPlaceWithTheValuesExecuteCopies() throws Exception {
        try (Module module = new Module(TWO_OUTPUTS);
                Tensor x = Tensor.of(new float[] {1f, 2f}, 2);
                Tensor y = Tensor.of(new float[] {0.5f, 4f}, 2)) {
            List<Value> copies = module.forward(x, y);
            OutputViews views = module.forwardInPlace(x, y);
            assertThat(views.size()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                float[] expected = copies.get(i).toTensor().toFloatArray();
                OutputView view = views.tensor(i);
                assertThat(view.dataType()).isEqualTo(DataType.FLOAT);
                assertThat(view.shape()).containsExactly(2);
                assertThat(view.byteCount()).isEqualTo(8);
                float[] read = new float[2];
                view.copyTo(read);
                assertThat(read).containsExactly(expected);
                assertThat(view.getFloat(1)).isEqualTo(expected[1]);
                view.read(buffer -> {
                    assertThat(buffer.isReadOnly()).isTrue();
                    assertThat(buffer.order()).isEqualTo(ByteOrder.nativeOrder());
                    assertThat(buffer.getFloat(0)).isEqualTo(expected[0]);
                });
            }
        }
    }

    @Test
    void theNextExecutionEndsThem() throws Exception {
        try (Module module = new Module(TWO_OUTPUTS);
                Tensor x = Tensor.of(new float[] {1f, 2f}, 2);
                Tensor y = Tensor.of(new float[] {3f, 4f}, 2)) {
            OutputViews views = module.forwardInPlace(x, y);
            OutputView view = views.tensor(0);
            module.forward(x, y);
            assertThat(views.isValid()).isFalse();
            assertThat(view.isValid()).isFalse();
            assertThatThrownBy(() -> view.getFloat(0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("valid only until the module's next execution");
            assertThatThrownBy(() -> view.copyTo(new float[2])).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> views.tensor(1)).isInstanceOf(IllegalStateException.class);
            // A later in-place execution has views of its own, over the same memory.
            OutputViews next = module.forwardInPlace(x, y);
            assertThat(next.tensor(0).getFloat(0)).isEqualTo(4f);
            assertThat(view.isValid()).isFalse();
        }
    }

    @Test
    void unloadAndCloseEndThem() throws Exception {
        try (Tensor x = Tensor.of(new float[] {1f, 2f}, 2); Tensor y = Tensor.of(new float[] {3f, 4f}, 2)) {
            Module module = new Module(TWO_OUTPUTS);
            OutputView unloaded = module.forwardInPlace(x, y).tensor(0);
            module.unload(Module.FORWARD);
            assertThatThrownBy(() -> unloaded.getFloat(0)).isInstanceOf(IllegalStateException.class);
            OutputView closed = module.forwardInPlace(x, y).tensor(0);
            module.close();
            assertThat(closed.isValid()).isFalse();
            assertThatThrownBy(() -> closed.read(buffer -> { })).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theModuleRefusesToRunWhileAnOutputIsBeingRead() throws Exception {
        try (Module module = new Module(TWO_OUTPUTS);
                Tensor x = Tensor.of(new float[] {1f, 2f}, 2);
                Tensor y = Tensor.of(new float[] {3f, 4f}, 2)) {
            OutputView view = module.forwardInPlace(x, y).tensor(0);
            view.read(buffer -> {
                assertThatThrownBy(() -> module.forward(x, y)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("being read in place");
                assertThatThrownBy(() -> module.unload(Module.FORWARD)).isInstanceOf(IllegalStateException.class);
            });
            // The read is over: the module runs again, and the view is still the latest outputs' until it does.
            assertThat(view.getFloat(1)).isEqualTo(6f);
            module.forward(x, y);
            assertThat(view.isValid()).isFalse();
        }
    }

    @Test
    void scalarOutputsAreValuesAndTensorsAreViews() throws Exception {
        try (Module module = new Module(NON_TENSOR_OUTPUTS); Tensor x = Tensor.of(new float[] {1f, 2f}, 2)) {
            List<Value> copies = module.forward(x);
            OutputViews views = module.forwardInPlace(x);
            assertThat(views.size()).isEqualTo(copies.size());
            for (int i = 0; i < views.size(); i++) {
                assertThat(views.tag(i)).isEqualTo(copies.get(i).tag());
                if (views.tag(i) == Value.Tag.TENSOR) {
                    int index = i;
                    assertThatThrownBy(() -> views.value(index)).isInstanceOf(IllegalArgumentException.class);
                    assertThat(views.tensor(i).getFloat(0)).isEqualTo(copies.get(i).toTensor().toFloatArray()[0]);
                } else {
                    int index = i;
                    assertThatThrownBy(() -> views.tensor(index)).isInstanceOf(IllegalArgumentException.class);
                    assertThat(views.value(i)).isEqualTo(copies.get(i));
                }
            }
        }
    }

    @Test
    void aTypedReadOfTheWrongSizeOrTypeIsRefused() throws Exception {
        try (Module module = new Module(TWO_OUTPUTS);
                Tensor x = Tensor.of(new float[] {1f, 2f}, 2);
                Tensor y = Tensor.of(new float[] {3f, 4f}, 2)) {
            OutputView view = module.forwardInPlace(x, y).tensor(0);
            assertThatThrownBy(() -> view.copyTo(new float[3])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has 2");
            assertThatThrownBy(() -> view.getFloat(2)).isInstanceOf(IndexOutOfBoundsException.class);
            byte[] bytes = new byte[8];
            view.copyTo(bytes);
            assertThat(bytes).isNotEqualTo(new byte[8]);
        }
    }
}
