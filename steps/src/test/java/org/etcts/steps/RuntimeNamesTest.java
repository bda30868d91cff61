package org.etcts.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.etcts.executorch.DataType;
import org.etcts.executorch.ErrorCode;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.LogLevel;
import org.etcts.executorch.RuntimeEnum;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.executorch.Value;
import org.etcts.executorch.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of the features and manifests for the binding's runtime enums. */
class RuntimeNamesTest {

    @ParameterizedTest
    @CsvSource({
        "float, FLOAT", "float32, FLOAT", "Float, FLOAT", "FLOAT, FLOAT", "torch.float32, FLOAT",
        "ScalarType::Float, FLOAT", "double, DOUBLE", "float64, DOUBLE",
        "int, INT", "int32, INT", "long, LONG", "int64, LONG",
        "uint8, BYTE", "byte, BYTE", "int8, CHAR", "char, CHAR", "short, SHORT", "int16, SHORT",
        "bool, BOOL", "boolean, BOOL", "half, HALF", "float16, HALF",
        "bfloat16, BFLOAT16", "bFloat16, BFLOAT16", "bf16, BFLOAT16",
        "uInt16, UINT16", "uint32, UINT32", "UInt64, UINT64",
        "complexFloat, COMPLEX_FLOAT", "QUInt4x2, QUINT4X2", "Float8_e5m2, FLOAT8_E5M2"
    })
    void elementTypesGoByTheRuntimesAndPyTorchsNames(String name, DataType expected) {
        assertThat(RuntimeNames.parse(DataType.class, name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalidArgument", "InvalidArgument", "INVALID_ARGUMENT", "invalid_argument",
        "Error::InvalidArgument", " invalid-argument "})
    void aNameMayBeWrittenInEveryForm(String name) {
        assertThat(RuntimeNames.parse(ErrorCode.class, name)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void everyConstantOfEveryEnumIsFoundByItsNames() {
        roundTrips(DataType.class);
        roundTrips(ErrorCode.class);
        roundTrips(LoadMode.class);
        roundTrips(LogLevel.class);
        roundTrips(ShapeDynamism.class);
        roundTrips(Value.Tag.class);
        roundTrips(Verification.class);
    }

    private static <E extends Enum<E> & RuntimeEnum> void roundTrips(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            assertThat(RuntimeNames.parse(type, constant.name())).as("%s by its constant", constant).isSameAs(constant);
            assertThat(RuntimeNames.parse(type, constant.runtimeName())).as("%s by %s", constant, constant.runtimeName())
                    .isSameAs(constant);
        }
    }

    @Test
    void theSpecsCamelCaseNamesTheSameConstants() {
        assertThat(RuntimeNames.parse(LoadMode.class, "mmapUseMlockIgnoreErrors")).isEqualTo(LoadMode.MMAP_USE_MLOCK_IGNORE_ERRORS);
        assertThat(RuntimeNames.parse(Verification.class, "internalConsistency")).isEqualTo(Verification.INTERNAL_CONSISTENCY);
        assertThat(RuntimeNames.parse(ShapeDynamism.class, "dynamicBound")).isEqualTo(ShapeDynamism.DYNAMIC_BOUND);
        assertThat(RuntimeNames.parse(Value.Tag.class, "integer")).isEqualTo(Value.Tag.INTEGER);
        assertThat(RuntimeNames.parse(Value.Tag.class, "Int")).isEqualTo(Value.Tag.INTEGER);
        assertThat(RuntimeNames.parse(ErrorCode.class, "accessFailed")).isEqualTo(ErrorCode.ACCESS_FAILED);
    }

    @Test
    void anElementTypesAliasNamesNothingElse() {
        assertThatThrownBy(() -> RuntimeNames.parse(ErrorCode.class, "float32"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown ErrorCode 'float32'");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesItCouldHaveBeen() {
        assertThatThrownBy(() -> RuntimeNames.parse(DataType.class, "float128"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown DataType 'float128'")
                .hasMessageContaining("BFloat16");
        assertThatThrownBy(() -> RuntimeNames.parse(ErrorCode.class, null)).isInstanceOf(NullPointerException.class);
    }
}
