package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented binding's error domain and descriptions (ERR-01, ERR-03 to ERR-06). */
class ErrorDescriptionTest {

    @ParameterizedTest
    @CsvSource({"INTERNAL, Internal error", "INVALID_ARGUMENT, Invalid argument", "NOT_SUPPORTED, Operation not supported",
        "REGISTRATION_ALREADY_REGISTERED, Kernel is already registered", "DELEGATE_INVALID_HANDLE, Delegate handle invalid",
        "INVALID_PROGRAM, Invalid program contents", "UNKNOWN, Unknown error"})
    void codesHaveTheDocumentedDescriptions(ErrorCode code, String description) {
        assertThat(code.description()).isEqualTo(description);
    }

    @Test
    void okHasAnEmptyDescriptionAndEveryOtherDocumentedCodeOneOfItsOwn() {
        assertThat(ErrorCode.OK.description()).isEmpty();
        for (ErrorCode code : ErrorCode.values()) {
            if (code != ErrorCode.OK && code != ErrorCode.ALREADY_LOADED && code != ErrorCode.UNKNOWN) {
                assertThat(code.description()).as(code.name()).isNotEmpty().isNotEqualTo("Unknown error");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 99, -1})
    void numbersOutsideTheDocumentedEnumAreUnknownErrors(int number) {
        assertThat(ErrorCode.describe(number)).isEqualTo("Unknown error");
        ExecuTorchException error = new ExecuTorchException(number, "load");
        assertThat(error.number()).isEqualTo(number);
        assertThat(error.localizedDescription()).isEqualTo("Unknown error");
    }

    @Test
    void anErrorWithADescriptionAppendsIt() {
        ExecuTorchException error = ExecuTorchException.withDescription(18, "option key is too long, limit is 63");
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(error.localizedDescription()).isEqualTo("Invalid argument: option key is too long, limit is 63");
        assertThat(error.getMessage()).contains("Invalid argument: option key").contains("InvalidArgument (18)");
        assertThat(ExecuTorchException.withDescription(18, "").localizedDescription()).isEqualTo("Invalid argument");
        assertThat(ExecuTorchException.withDescription(18, null).localizedDescription()).isEqualTo("Invalid argument");
        assertThat(ExecuTorchException.withDescription(99, "x").code()).isEqualTo(ErrorCode.UNKNOWN);
    }

    @Test
    void runtimeErrorsCarryTheDomainAndTheBareDescription() throws Exception {
        try (Module module = new Module(Fixtures.model("add.pte"))) {
            ExecuTorchException error = catchThrowableOfType(() -> module.load("backward"), ExecuTorchException.class);
            assertThat(error.domain()).isEqualTo("org.pytorch.executorch.error");
            assertThat(error.number()).isEqualTo(18);
            assertThat(error.localizedDescription()).isEqualTo("Invalid argument");
        }
    }
}
