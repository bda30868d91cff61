package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    /** The numbers of executorch::runtime::Error in runtime/core/error.h of ExecuTorch 1.5.1. */
    private static Map<ErrorCode, Integer> runtimeNumbers() {
        Map<ErrorCode, Integer> numbers = new LinkedHashMap<>();
        numbers.put(ErrorCode.OK, 0x00);
        numbers.put(ErrorCode.INTERNAL, 0x01);
        numbers.put(ErrorCode.INVALID_STATE, 0x02);
        numbers.put(ErrorCode.END_OF_METHOD, 0x03);
        numbers.put(ErrorCode.ALREADY_LOADED, 0x04);
        numbers.put(ErrorCode.NOT_SUPPORTED, 0x10);
        numbers.put(ErrorCode.NOT_IMPLEMENTED, 0x11);
        numbers.put(ErrorCode.INVALID_ARGUMENT, 0x12);
        numbers.put(ErrorCode.INVALID_TYPE, 0x13);
        numbers.put(ErrorCode.OPERATOR_MISSING, 0x14);
        numbers.put(ErrorCode.REGISTRATION_EXCEEDING_MAX_KERNELS, 0x15);
        numbers.put(ErrorCode.REGISTRATION_ALREADY_REGISTERED, 0x16);
        numbers.put(ErrorCode.NOT_FOUND, 0x20);
        numbers.put(ErrorCode.MEMORY_ALLOCATION_FAILED, 0x21);
        numbers.put(ErrorCode.ACCESS_FAILED, 0x22);
        numbers.put(ErrorCode.INVALID_PROGRAM, 0x23);
        numbers.put(ErrorCode.INVALID_EXTERNAL_DATA, 0x24);
        numbers.put(ErrorCode.OUT_OF_RESOURCES, 0x25);
        numbers.put(ErrorCode.DELEGATE_INVALID_COMPATIBILITY, 0x30);
        numbers.put(ErrorCode.DELEGATE_MEMORY_ALLOCATION_FAILED, 0x31);
        numbers.put(ErrorCode.DELEGATE_INVALID_HANDLE, 0x32);
        return numbers;
    }

    @Test
    void everyCodeHasTheRuntimeNumber() {
        Map<ErrorCode, Integer> expected = runtimeNumbers();
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c != ErrorCode.UNKNOWN))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((code, number) -> {
            assertThat(code.number()).as(code.name()).isEqualTo(number);
            assertThat(ErrorCode.fromNumber(number)).isEqualTo(code);
        });
    }

    @Test
    void runtimeNamesAreTheCppEnumerators() {
        assertThat(ErrorCode.INVALID_ARGUMENT.runtimeName()).isEqualTo("InvalidArgument");
        assertThat(ErrorCode.ACCESS_FAILED.runtimeName()).isEqualTo("AccessFailed");
        assertThat(ErrorCode.REGISTRATION_EXCEEDING_MAX_KERNELS.runtimeName())
                .isEqualTo("RegistrationExceedingMaxKernels");
        assertThat(ErrorCode.OK.runtimeName()).isEqualTo("Ok");
        assertThat(ErrorCode.UNKNOWN.runtimeName()).isEqualTo("Unknown");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 15, 38, 51, 99, -1, Integer.MAX_VALUE})
    void unknownNumbersMapToUnknown(int number) {
        assertThat(ErrorCode.fromNumber(number)).isEqualTo(ErrorCode.UNKNOWN);
    }
}
