package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecuTorchExceptionTest {

    @Test
    void messageSaysWhatFailedAndTheCode() {
        ExecuTorchException e = new ExecuTorchException(18, "load method 'backward'");
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(e.number()).isEqualTo(18);
        assertThat(e.operation()).isEqualTo("load method 'backward'");
        assertThat(e).hasMessage("load method 'backward' failed: InvalidArgument (18)");
    }

    @Test
    void unknownNumberIsKeptAndShown() {
        ExecuTorchException e = new ExecuTorchException(99, "execute method 'forward'");
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN);
        assertThat(e.number()).isEqualTo(99);
        assertThat(e).hasMessage("execute method 'forward' failed: Unknown (99)");
    }

    @Test
    void fromCodeUsesTheCodesNumber() {
        ExecuTorchException e = new ExecuTorchException(ErrorCode.ACCESS_FAILED, "load program '/x.pte'");
        assertThat(e.number()).isEqualTo(34);
        assertThat(e).hasMessage("load program '/x.pte' failed: AccessFailed (34)");
    }

    @Test
    void isACheckedException() {
        assertThat(Exception.class).isAssignableFrom(ExecuTorchException.class);
        assertThat(RuntimeException.class.isAssignableFrom(ExecuTorchException.class)).isFalse();
    }
}
