package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modules with external data files (DAT-01 to DAT-08, LDM-08). */
class DataFileModuleTest {

    private static final String SCALE_SHIFT = Fixtures.model("scale_shift_ptd.pte");
    private static final String SCALE_SHIFT_DATA = Fixtures.model("scale_shift_ptd.ptd");
    private static final String LINEAR = Fixtures.model("linear_ptd.pte");
    private static final String LINEAR_DATA = Fixtures.model("linear_ptd.ptd");

    private static ErrorCode code(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        return ((ExecuTorchException) thrown).code();
    }

    @Test
    void withItsDataFileTheProgramRunsInEveryLoadMode() throws Exception {
        // DAT-01, LDM-08: 3x + 2 (mlock modes are left to the capability-probing scenarios)
        for (LoadMode mode : List.of(LoadMode.FILE, LoadMode.MMAP, LoadMode.MMAP_USE_MADVISE)) {
            try (Module module = new Module(SCALE_SHIFT, List.of(SCALE_SHIFT_DATA), mode);
                    Tensor x = Tensor.of(new float[] {2, 3, 4, 2}, 2, 2)) {
                module.load("forward");
                Tensor y = module.forward(x).get(0).toTensor();
                assertThat(y.toFloatArray()).as(mode.name()).containsExactly(8, 11, 14, 8);
                y.close();
            }
        }
    }

    @Test
    void severalDataFilesServeSeveralPrograms() throws Exception {
        // DAT-02, DAT-03; the caller's list is left intact
        List<String> data = new ArrayList<>(List.of(SCALE_SHIFT_DATA, LINEAR_DATA));
        try (Module scaleShift = new Module(SCALE_SHIFT, data, LoadMode.FILE);
                Module linear = new Module(Path.of(LINEAR), List.of(Path.of(SCALE_SHIFT_DATA), Path.of(LINEAR_DATA)),
                        LoadMode.MMAP);
                Tensor x = Tensor.of(new float[] {1, 1, 1, 1}, 2, 2);
                Tensor v = Tensor.of(new float[] {1, 2, 3})) {
            assertThat(scaleShift.forward(x).get(0).toTensor().toFloatArray()).containsExactly(5, 5, 5, 5);
            Tensor out = linear.forward(v).get(0).toTensor();
            assertThat(out.dataType()).isEqualTo(DataType.FLOAT);
            assertThat(out.shape()).containsExactly(3);
            assertThat(data).containsExactly(SCALE_SHIFT_DATA, LINEAR_DATA);
            assertThat(scaleShift.dataFilePaths()).containsExactly(SCALE_SHIFT_DATA, LINEAR_DATA);
        }
    }

    @Test
    void withoutItsDataFileTheMethodFailsInvalidState() throws Exception {
        // DAT-04: the program loads, the method does not
        try (Module module = new Module(SCALE_SHIFT)) {
            module.load();
            assertThat(code(catchThrowable(() -> module.load("forward")))).isEqualTo(ErrorCode.INVALID_STATE);
        }
    }

    @Test
    void aMissingDataFileFailsLoadAccessFailedEveryTime(@TempDir Path dir) throws Exception {
        // DAT-05, DAT-08
        String missing = dir.resolve("missing.ptd").toString();
        try (Module module = new Module(SCALE_SHIFT, List.of(missing))) {
            assertThat(code(catchThrowable(module::load))).isEqualTo(ErrorCode.ACCESS_FAILED);
            assertThat(code(catchThrowable(module::load))).isEqualTo(ErrorCode.ACCESS_FAILED);
            assertThat(module.isLoaded()).isFalse();
        }
    }

    @Test
    void anUnrelatedDataFileFailsTheMethodNotFound() throws Exception {
        // DAT-06
        try (Module module = new Module(SCALE_SHIFT, List.of(LINEAR_DATA))) {
            module.load();
            assertThat(code(catchThrowable(() -> module.load("forward")))).isEqualTo(ErrorCode.NOT_FOUND);
        }
    }

    @Test
    void anEmptyDataFileListIsThePlainConstructor() throws Exception {
        // DAT-07
        try (Module module = new Module(Fixtures.model("add.pte"), List.of());
                Tensor one = Tensor.of(new float[] {1})) {
            assertThat(module.forward(one, one).get(0).toTensor().toFloatArray()).containsExactly(2f);
            assertThat(module.dataFilePaths()).isEmpty();
        }
    }

    @Test
    void madviseModeLoadsAndRuns() throws Exception {
        // LDM-04
        try (Module module = new Module(Fixtures.model("add.pte"), LoadMode.MMAP_USE_MADVISE);
                Tensor one = Tensor.of(new float[] {1})) {
            module.load();
            assertThat(module.forward(one, one).get(0).toTensor().toFloatArray()).containsExactly(2f);
        }
    }
}
