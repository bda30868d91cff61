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

    @Test
    void theRuntimesLogLinesOfTheCallFollowTheCode() {
        ExecuTorchException e = new ExecuTorchException(35, "load program 'm.pte'", null,
                new String[] {"E program.cpp:75] Program identifier 'BP08' != expected 'ET12'", "I method.cpp:9] more"});
        assertThat(e.runtimeLog()).containsExactly("E program.cpp:75] Program identifier 'BP08' != expected 'ET12'",
                "I method.cpp:9] more");
        assertThat(e).hasMessage("load program 'm.pte' failed: InvalidProgram (35); the runtime logged: "
                + "E program.cpp:75] Program identifier 'BP08' != expected 'ET12' | I method.cpp:9] more");
        assertThat(new ExecuTorchException(35, "x", null, null).runtimeLog()).isEmpty();
        assertThat(new ExecuTorchException(35, "x", "", new String[0])).hasMessage("x failed: InvalidProgram (35)");
    }

    @Test
    void theBindingsExplanationComesBeforeTheRuntimesLog() {
        ExecuTorchException e = new ExecuTorchException(35, "load program 'm.pte'",
                "m.pte is truncated: its header says 1156 bytes, the file has 578", new String[] {"E program.cpp:114] too small"});
        assertThat(e).hasMessage("load program 'm.pte' failed: InvalidProgram (35): m.pte is truncated: its header says 1156 bytes,"
                + " the file has 578; the runtime logged: E program.cpp:114] too small");
    }
}
