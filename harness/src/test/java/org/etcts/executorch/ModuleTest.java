package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleTest {

    private static final String ADD = Fixtures.model("add.pte");

    /** Runs call, which must fail with an ExecuTorchException, and returns it. */
    private static ExecuTorchException runtimeError(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ExecuTorchException.class);
        return (ExecuTorchException) thrown;
    }

    private static float[] floats(Value value) {
        return value.toTensor().toFloatArray();
    }

    @Test
    void constructionDoesNotTouchTheFile(@TempDir Path dir) {
        // MOD-01
        try (Module module = new Module(dir.resolve("missing.pte").toString())) {
            assertThat(module.isLoaded()).isFalse();
            assertThat(module.isLoaded("forward")).isFalse();
        }
    }

    @Test
    void theFileIsFirstReadByLoad(@TempDir Path dir) throws Exception {
        // LDM-09: deleting the file between construction and load() gives AccessFailed.
        Path copy = Files.copy(Path.of(ADD), dir.resolve("add-copy.pte"));
        try (Module module = new Module(copy)) {
            Files.delete(copy);
            assertThat(runtimeError(module::load).code()).isEqualTo(ErrorCode.ACCESS_FAILED);
        }
    }

    @Test
    void loadOnAMissingFileIsAccessFailed(@TempDir Path dir) {
        // MOD-04, LDM-07: in every load mode
        for (LoadMode mode : LoadMode.values()) {
            String path = dir.resolve("missing.pte").toString();
            try (Module module = new Module(path, mode)) {
                ExecuTorchException e = runtimeError(module::load);
                assertThat(e).as(mode.name()).isNotNull();
                assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_FAILED);
                assertThat(e.number()).isEqualTo(34);
                assertThat(e).hasMessage("load program '" + path + "' failed: AccessFailed (34)" + logged(e));
                assertThat(module.isLoaded()).isFalse();
            }
        }
    }

    @Test
    void methodNamesOnAMissingFileIsAccessFailed(@TempDir Path dir) {
        // MOD-12
        try (Module module = new Module(dir.resolve("missing.pte"))) {
            ExecuTorchException e = runtimeError(module::methodNames);
            assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_FAILED);
        }
    }

    @Test
    void loadThenForwardAdds() throws Exception {
        // MOD-03, MOD-20, MOD-29
        try (Module module = new Module(ADD)) {
            module.load();
            assertThat(module.isLoaded()).isTrue();
            try (Tensor x = Tensor.of(new float[] {1}); Tensor y = Tensor.of(new float[] {1})) {
                List<Value> outputs = module.forward(x, y);
                assertThat(outputs).hasSize(1);
                Tensor out = outputs.get(0).toTensor();
                assertThat(out.dataType()).isEqualTo(DataType.FLOAT);
                assertThat(out.shape()).containsExactly(1);
                assertThat(out.toFloatArray()).containsExactly(2f);
                out.close();
            }
            try (Tensor x = Tensor.of(new float[] {2}); Tensor y = Tensor.of(new float[] {3})) {
                assertThat(floats(module.forward(Value.of(x), Value.of(y)).get(0))).containsExactly(5f);
                assertThat(floats(module.execute("forward", List.of(Value.of(x), Value.of(y))).get(0)))
                        .containsExactly(5f);
            }
            try (Tensor x = Tensor.of(new float[] {13.25f}); Tensor y = Tensor.of(new float[] {29.25f})) {
                assertThat(floats(module.execute("forward", x, y).get(0))).containsExactly(42.5f);
            }
        }
    }

    @Test
    void executeLoadsOnDemand() throws Exception {
        // MOD-27
        try (Module module = new Module(ADD, LoadMode.MMAP);
                Tensor x = Tensor.of(new float[] {1}); Tensor y = Tensor.of(new float[] {2})) {
            assertThat(floats(module.forward(x, y).get(0))).containsExactly(3f);
            assertThat(module.isLoaded()).isTrue();
            assertThat(module.isLoaded("forward")).isTrue();
        }
    }

    @Test
    void loadingAnUnknownMethodIsInvalidArgument() throws Exception {
        // MOD-08
        try (Module module = new Module(ADD)) {
            ExecuTorchException e = runtimeError(() -> module.load("backward"));
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(e.number()).isEqualTo(18);
            assertThat(e).hasMessage("load method 'backward' failed: InvalidArgument (18)" + logged(e));
            assertThat(module.isLoaded("backward")).isFalse();
            assertThat(module.isLoaded()).isTrue();
        }
    }

    @Test
    void loadMethodAndVerification() throws Exception {
        // MOD-06, MOD-07
        try (Module module = new Module(ADD)) {
            assertThat(module.isLoaded("forward")).isFalse();
            module.load(Verification.INTERNAL_CONSISTENCY);
            module.load("forward");
            module.load("forward");
            assertThat(module.isLoaded("forward")).isTrue();
        }
    }

    @Test
    void methodNamesLoadsTheProgramButNoMethod() throws Exception {
        // MOD-10, MOD-11
        try (Module module = new Module(ADD)) {
            assertThat(module.methodNames()).containsExactly("forward");
            assertThat(module.isLoaded()).isTrue();
            assertThat(module.isLoaded("forward")).isFalse();
        }
    }

    @Test
    void multiMethodProgramsRunEachMethod() throws Exception {
        // MOD-13, MOD-28: forward = x + y, another_method = x * 2 + 1 on float[2,2]
        try (Module module = new Module(Fixtures.model("multi_method.pte"));
                Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
                Tensor y = Tensor.of(new float[] {10, 20, 30, 40}, 2, 2)) {
            assertThat(module.methodNames()).containsExactlyInAnyOrder("forward", "another_method");
            assertThat(floats(module.forward(x, y).get(0))).containsExactly(11, 22, 33, 44);
            List<Value> other = module.execute("another_method", Value.of(x));
            assertThat(other.get(0).toTensor().shape()).containsExactly(2, 2);
            assertThat(floats(other.get(0))).containsExactly(3, 5, 7, 9);
        }
    }

    @Test
    void unloadReportsWhetherTheMethodWasLoaded() throws Exception {
        // MOD-52, MOD-54, MOD-55
        try (Module module = new Module(ADD)) {
            assertThat(module.unload("forward")).isFalse();
            module.load("forward");
            assertThat(module.unload("forward")).isTrue();
            assertThat(module.isLoaded("forward")).isFalse();
            assertThat(module.unload("forward")).isFalse();
            assertThat(module.unload("no_such_method")).isFalse();
            assertThat(module.isLoaded()).isTrue();
        }
    }

    @Test
    void outputsAreCopiesThatSurviveTheNextCallUnloadAndClose() throws Exception {
        // MOD-33, MOD-34, MOD-35
        Module module = new Module(ADD);
        Tensor first;
        Tensor second;
        try (Tensor one = Tensor.of(new float[] {1}); Tensor two = Tensor.of(new float[] {2})) {
            first = module.forward(one, one).get(0).toTensor();
            second = module.forward(two, two).get(0).toTensor();
        }
        assertThat(first.toFloatArray()).containsExactly(2f);
        assertThat(module.unload("forward")).isTrue();
        module.close();
        assertThat(first.toFloatArray()).containsExactly(2f);
        assertThat(second.toFloatArray()).containsExactly(4f);
        // The copy keeps the source's metadata: the method's output is static.
        assertThat(second.shapeDynamism()).isEqualTo(ShapeDynamism.STATIC);
        assertThat(second.dimensionOrder()).containsExactly(0);
        assertThat(second.strides()).containsExactly(1);
        first.close();
        second.close();
    }

    @Test
    void noCopyInputsAreReadAtExecution() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
        buffer.putFloat(0, 1f);
        try (Module module = new Module(ADD);
                Tensor x = Tensor.fromBytesNoCopy(buffer, new long[] {1}, DataType.FLOAT);
                Tensor y = Tensor.of(new float[] {10})) {
            assertThat(floats(module.forward(x, y).get(0))).containsExactly(11f);
            buffer.putFloat(0, 5f);
            assertThat(x.toFloatArray()).containsExactly(5f);
            assertThat(floats(module.forward(x, y).get(0))).containsExactly(15f);
        }
    }

    @Test
    void boundInputsPersistAcrossCalls() throws Exception {
        // MOD-24, MOD-25
        try (Module module = new Module(ADD)) {
            ExecuTorchException unset = runtimeError(module::forward);
            assertThat(unset.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            try (Tensor x = Tensor.of(new float[] {3}); Tensor y = Tensor.of(new float[] {4})) {
                assertThat(floats(module.forward(x, y).get(0))).containsExactly(7f);
            }
            // Inputs stay bound (and alive) after the Java tensors are closed.
            assertThat(floats(module.forward().get(0))).containsExactly(7f);
            try (Tensor x = Tensor.of(new float[] {10})) {
                assertThat(floats(module.forward(x).get(0))).containsExactly(14f);
            }
        }
    }

    @Test
    void wrongShapeAndDtypeInputsAreRuntimeErrors() throws Exception {
        // RSZ-14 (wrong shape: NotSupported) and ERR-11 (wrong dtype: InvalidArgument)
        try (Module module = new Module(ADD);
                Tensor big = Tensor.of(new float[] {1, 2});
                Tensor doubles = Tensor.of(new double[] {1});
                Tensor one = Tensor.of(new float[] {1})) {
            ExecuTorchException shape = runtimeError(() -> module.forward(big, one));
            assertThat(shape.code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(shape).hasMessageStartingWith("execute method 'forward' failed: NotSupported (16)");
            ExecuTorchException type = runtimeError(() -> module.forward(doubles, one));
            assertThat(type.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
    }

    @Test
    void nonTensorOutputsBecomeValues() throws Exception {
        // MOD-63: forward(x) = (x + 1, 3, True, None, ...); later fixture versions append scalars.
        try (Module module = new Module(Fixtures.model("non_tensor_outputs.pte"));
                Tensor x = Tensor.of(new float[] {1, 2})) {
            List<Value> outputs = module.forward(x);
            assertThat(outputs).hasSizeGreaterThanOrEqualTo(4);
            assertThat(outputs.subList(4, outputs.size())).allMatch(Value::isScalar);
            assertThat(floats(outputs.get(0))).containsExactly(2, 3);
            assertThat(outputs.get(1)).isEqualTo(Value.of(3L));
            assertThat(outputs.get(2)).isEqualTo(Value.of(true));
            assertThat(outputs.get(3)).isEqualTo(Value.none());
            outputs.get(0).toTensor().close();
        }
        // Constant methods returning an int, a double, a bool and a string.
        try (Module module = new Module(Fixtures.model("constant_methods.pte"))) {
            assertThat(module.execute("get_int")).containsExactly(Value.of(42L));
            assertThat(module.execute("get_double")).containsExactly(Value.of(3.5));
            assertThat(module.execute("get_bool")).containsExactly(Value.of(true));
            assertThat(module.execute("get_string")).containsExactly(Value.of("etcts"));
        }
    }

    @Test
    void stringAndNoneInputsAreRejectedBeforeTheRuntime() {
        // MOD-62: the runtime cannot bind them
        try (Module module = new Module(ADD); Tensor x = Tensor.of(new float[] {1})) {
            assertThatThrownBy(() -> module.forward(Value.of(x), Value.of("text")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("input 1 of method 'forward' is STRING");
            assertThatThrownBy(() -> module.forward(Value.none()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NONE");
            assertThatThrownBy(() -> module.forward((Value) null)).isInstanceOf(NullPointerException.class);
            assertThat(module.isLoaded()).as("nothing reached the runtime").isFalse();
        }
    }

    @Test
    void closedInputTensorsAreRejected() {
        try (Module module = new Module(ADD)) {
            Tensor x = Tensor.of(new float[] {1});
            x.close();
            assertThatThrownBy(() -> module.forward(x, x))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Tensor is closed");
        }
    }

    @Test
    void closeTwiceIsFineAndUseAfterCloseIsIllegalState() {
        Module module = new Module(ADD);
        module.close();
        module.close();
        assertThat(module.isClosed()).isTrue();
        assertThatThrownBy(module::load).isInstanceOf(IllegalStateException.class).hasMessage("Module is closed");
        assertThatThrownBy(module::isLoaded).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(module::methodNames).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> module.forward()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> module.unload("forward")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void separateModulesRunConcurrently() throws Exception {
        // MOD-64 analogue on add.pte
        Thread[] threads = new Thread[4];
        Throwable[] failures = new Throwable[threads.length];
        for (int t = 0; t < threads.length; t++) {
            final int index = t;
            threads[t] = new Thread(() -> {
                try (Module module = new Module(ADD)) {
                    for (int i = 0; i < 200; i++) {
                        float v = index * 1000 + i;
                        try (Tensor x = Tensor.of(new float[] {v})) {
                            Tensor out = module.forward(x, x).get(0).toTensor();
                            assertThat(out.toFloatArray()).containsExactly(2 * v);
                            out.close();
                        }
                    }
                } catch (Throwable e) {
                    failures[index] = e;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).containsOnlyNulls();
    }

    @Test
    void pathsAndMethodNamesWithNulAreRejected() {
        assertThatThrownBy(() -> new Module("a\0b.pte")).isInstanceOf(IllegalArgumentException.class);
        try (Module module = new Module(ADD)) {
            assertThatThrownBy(() -> module.load("for\0ward")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The message's tail that carries the runtime's log lines of the failing call, if it logged any. */
    private static String logged(ExecuTorchException e) {
        return e.runtimeLog().isEmpty() ? "" : "; the runtime logged: " + String.join(" | ", e.runtimeLog());
    }
}
