package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ETDump reader on bytes that are not a whole trace: it refuses them with IllegalArgumentException
 * naming what is wrong, and never reads outside the buffer. The whole traces themselves are the tracing
 * scenarios' (features/tracing.feature).
 */
class EtDumpTest {

    @Test
    void bytesWithoutTheFileIdentifierAreRefusedNamingIt() {
        assertThatThrownBy(() -> EtDump.parse(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ED00");
        assertThatThrownBy(() -> EtDump.parse(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTruncationOfARealTraceIsRefusedAsAnIllegalArgument() throws ExecuTorchException {
        byte[] trace;
        try (Module module = new Module(Fixtures.model("add.pte"));
                Tensor x = Tensor.of(new float[] {1f}, 1)) {
            module.enableTracing();
            module.forward(x, x).forEach(v -> v.toTensor().close());
            trace = module.takeTrace();
        }
        assertThat(EtDump.parse(trace).runs()).isNotEmpty();
        for (int length = 0; length < trace.length; length++) {
            byte[] cut = Arrays.copyOf(trace, length);
            assertThatThrownBy(() -> EtDump.parse(cut)).as("the first %d of %d bytes", length, trace.length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // The root offset (after the 4-byte size prefix) pointed past the end.
        byte[] damaged = trace.clone();
        damaged[4] = (byte) 0xf0;
        damaged[5] = (byte) 0xff;
        assertThatThrownBy(() -> EtDump.parse(damaged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past the end");
    }
}
