package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module.methodMetadata (MOD-14 to MOD-18). */
class MethodMetadataTest {

    @Test
    void addForwardMatchesTheCatalogue() throws Exception {
        // MOD-14, MOD-15
        try (Module module = new Module(Fixtures.model("add.pte"))) {
            MethodMetadata meta = module.methodMetadata("forward");
            assertThat(module.isLoaded()).isTrue();
            assertThat(module.isLoaded("forward")).isFalse();
            assertThat(meta.name()).isEqualTo("forward");
            assertThat(meta.inputValueTags()).containsExactly(Value.Tag.TENSOR, Value.Tag.TENSOR);
            assertThat(meta.outputValueTags()).containsExactly(Value.Tag.TENSOR);
            TensorMetadata expected = new TensorMetadata(List.of(1L), List.of(0), DataType.FLOAT, true, "", 4);
            assertThat(meta.inputTensorMetadata()).containsOnlyKeys(0, 1).containsValue(expected);
            assertThat(meta.inputTensorMetadata().get(1)).isEqualTo(expected);
            assertThat(meta.outputTensorMetadata()).containsOnlyKeys(0);
            assertThat(meta.outputTensorMetadata().get(0)).isEqualTo(expected);
            assertThat(meta.attributeTensorMetadata()).isEmpty();
            assertThat(meta.memoryPlannedBufferSizes()).containsExactly(48L);
            assertThat(meta.backendNames()).isEmpty();
            assertThat(meta.instructionCount()).isEqualTo(1);
        }
    }

    @Test
    void onlyTensorInputsHaveTensorMetadata() throws Exception {
        // MOD-17 on add_alpha.pte (x, y, alpha: float)
        try (Module module = new Module(Fixtures.model("add_alpha.pte"))) {
            MethodMetadata meta = module.methodMetadata("forward");
            assertThat(meta.inputValueTags()).containsExactly(Value.Tag.TENSOR, Value.Tag.TENSOR, Value.Tag.DOUBLE);
            assertThat(meta.inputTagNumbers()).containsExactly(1, 1, 3);
            assertThat(meta.inputTensorMetadata()).containsOnlyKeys(0, 1);
            assertThat(meta.inputTensorMetadata().get(0).shape()).containsExactly(2L, 2L);
            assertThat(meta.outputTensorMetadata().get(0).dimensionOrder()).containsExactly(0, 1);
        }
    }

    @Test
    void delegatedMethodsNameTheirBackend() throws Exception {
        // MOD-18, readable whether or not the backend is registered (Core ML is not on Linux)
        try (Module xnnpack = new Module(Fixtures.model("add_xnnpack.pte"));
                Module coreml = new Module(Fixtures.model("add_coreml.pte"))) {
            assertThat(xnnpack.methodMetadata("forward").backendNames()).containsExactly("XnnpackBackend");
            assertThat(xnnpack.methodMetadata("forward").usesBackend("XnnpackBackend")).isTrue();
            assertThat(coreml.methodMetadata("forward").backendNames()).containsExactly("CoreMLBackend");
        }
    }

    @Test
    void unplannedInputsAndOutputsAreReported() throws Exception {
        try (Module module = new Module(Fixtures.model("dynamic_cat_unplanned_io.pte"))) {
            MethodMetadata meta = module.methodMetadata("forward");
            assertThat(meta.inputTensorMetadata().get(0).isMemoryPlanned()).isFalse();
            assertThat(meta.outputTensorMetadata().get(0).isMemoryPlanned()).isFalse();
            assertThat(meta.outputTensorMetadata().get(0).shape()).containsExactly(4L, 4L);
        }
    }

    @Test
    void unknownMethodsAndMissingFilesFail(@TempDir Path dir) throws Exception {
        // MOD-16
        try (Module module = new Module(Fixtures.model("add.pte"));
                Module missing = new Module(dir.resolve("missing.pte"))) {
            Throwable unknown = catchThrowable(() -> module.methodMetadata("backward"));
            assertThat(((ExecuTorchException) unknown).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            Throwable absent = catchThrowable(() -> missing.methodMetadata("forward"));
            assertThat(((ExecuTorchException) absent).code()).isEqualTo(ErrorCode.ACCESS_FAILED);
        }
    }

    @Test
    void metadataIsImmutable() throws Exception {
        try (Module module = new Module(Fixtures.model("add.pte"))) {
            MethodMetadata meta = module.methodMetadata("forward");
            assertThatThrownBy(() -> meta.inputTensorMetadata().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> meta.memoryPlannedBufferSizes().add(1L))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
