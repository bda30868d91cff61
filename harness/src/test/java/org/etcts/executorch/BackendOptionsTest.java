package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BackendOptionsTest {

    private static final String ADD = Fixtures.model("add.pte");

    private static ExecuTorchException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        ExecuTorchException e = (ExecuTorchException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(e.number()).isEqualTo(18);
        return e;
    }

    private static BackendOptionsMap map(String backend, BackendOption... options) throws ExecuTorchException {
        return new BackendOptionsMap(Map.of(backend, List.of(options)));
    }

    @Test
    void optionsHoldTheirKeyTypeAndValue() {
        BackendOption flag = BackendOption.of("use_cache", true);
        assertThat(flag.key()).isEqualTo("use_cache");
        assertThat(flag.type()).isEqualTo(BackendOption.Type.BOOLEAN);
        assertThat(flag.boolValue()).isTrue();
        assertThat(BackendOption.of("num_threads", 4).intValue()).isEqualTo(4);
        assertThat(BackendOption.of("compute_unit", "cpu_and_gpu").stringValue()).isEqualTo("cpu_and_gpu");
        assertThat(catchThrowable(flag::intValue)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalityIsKeyTypeAndValue() {
        Set<BackendOption> set = new HashSet<>(List.of(BackendOption.of("a", 1), BackendOption.of("a", 1),
                BackendOption.of("a", true), BackendOption.of("a", "1")));
        assertThat(set).hasSize(3);
        assertThat(BackendOption.of("a", 1)).isNotEqualTo(BackendOption.of("a", true));
        assertThat(BackendOption.of("k", "v").toString()).contains("k", "v").doesNotContain("0x");
    }

    @Test
    void descriptions() throws ExecuTorchException {
        try (BackendOptionsMap empty = BackendOptionsMap.empty()) {
            assertThat(empty).hasToString("<ExecuTorchBackendOptionsMap (empty)>");
        }
        try (BackendOptionsMap map = map("XnnpackBackend", BackendOption.of("num_threads", 4))) {
            assertThat(map.toString()).contains("XnnpackBackend", "num_threads", "4").doesNotContain("\n");
        }
    }

    @Test
    void validation() {
        assertThat(invalid(() -> map("B", BackendOption.of("big", 2147483648L))).getMessage()).contains("big");
        assertThat(invalid(() -> map("B", BackendOption.of("small", -2147483649L))).getMessage()).contains("small");
        assertThat(invalid(() -> map("B", BackendOption.of("k".repeat(64), 1))).getMessage()).contains("limit is");
        assertThat(invalid(() -> map("B", BackendOption.of("k", "v".repeat(256)))).getMessage()).contains("limit is");
        assertThat(invalid(() -> map("B", BackendOption.of("", 1))).getMessage()).contains("empty");
        assertThat(invalid(() -> map("", BackendOption.of("k", 1))).getMessage()).contains("empty");
        assertThat(invalid(() -> map("B", BackendOption.of("k", 1), BackendOption.of("k", 2))).getMessage())
                .contains("duplicate");
        assertThat(invalid(() -> map("b".repeat(64), BackendOption.of("k", 1))).getMessage()).contains("63");
        Map<String, List<BackendOption>> nine = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            nine.put("Backend" + i, List.of(BackendOption.of("k", i)));
        }
        assertThat(invalid(() -> new BackendOptionsMap(nine)).getMessage()).contains("full");
    }

    @Test
    void boundaryLengthsAreAccepted() throws ExecuTorchException {
        try (BackendOptionsMap map = map("b".repeat(63), BackendOption.of("k".repeat(63), "v".repeat(255)))) {
            assertThat(map.options("b".repeat(63))).hasSize(1);
        }
    }

    @Test
    void theSnapshotIsDeepImmutable() throws ExecuTorchException {
        List<BackendOption> list = new ArrayList<>(List.of(BackendOption.of("num_threads", 4)));
        Map<String, List<BackendOption>> input = new LinkedHashMap<>(Map.of("XnnpackBackend", list));
        try (BackendOptionsMap map = new BackendOptionsMap(input)) {
            list.add(BackendOption.of("other", true));
            input.put("Other", List.of());
            assertThat(map.options()).containsOnlyKeys("XnnpackBackend");
            assertThat(map.options("XnnpackBackend")).containsExactly(BackendOption.of("num_threads", 4));
            assertThat(catchThrowable(() -> map.options("XnnpackBackend").add(BackendOption.of("x", 1))))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void loadWithOptionsStoresADeepCopyAndRuns() throws ExecuTorchException {
        try (Module module = new Module(ADD)) {
            assertThat(module.backendOptions()).isEmpty();
            try (BackendOptionsMap map = new BackendOptionsMap(Map.of("MyBackend",
                    List.of(BackendOption.of("num_threads", 8), BackendOption.of("enable_profiling", true))))) {
                module.load(map);
            }
            assertThat(module.isLoaded()).isTrue();
            assertThat(module.backendOptions()).isEqualTo(Map.of("MyBackend",
                    List.of(BackendOption.of("num_threads", 8), BackendOption.of("enable_profiling", true))));
            try (Tensor x = Tensor.of(new float[] {1})) {
                List<Value> out = module.forward(List.of(Value.of(x), Value.of(x)));
                assertThat(out.get(0).toTensor().toFloatArray()).containsExactly(2);
                out.get(0).toTensor().close();
            }
        }
    }

    @Test
    void failedLoadKeepsNothing() throws ExecuTorchException {
        try (Module module = new Module("/nonexistent/missing.pte");
                BackendOptionsMap map = map("MyBackend", BackendOption.of("num_threads", 8))) {
            Throwable thrown = catchThrowable(() -> module.load(map));
            assertThat(thrown).isInstanceOf(ExecuTorchException.class);
            assertThat(module.isLoaded()).isFalse();
            assertThat(module.backendOptions()).isEmpty();
        }
    }

    @Test
    void loadMethodWithOptions() throws ExecuTorchException {
        try (Module module = new Module(ADD);
                BackendOptionsMap map = map("XnnpackBackend", BackendOption.of("num_threads", 2))) {
            module.load("forward", map);
            assertThat(module.isLoaded("forward")).isTrue();
            assertThat(module.backendOptions()).isEmpty();
        }
    }
}
