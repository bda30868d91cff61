package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void noneHasTagZeroAndNoPayload() {
        Value none = Value.none();
        assertThat(none.tag()).isEqualTo(Value.Tag.NONE);
        assertThat(none.isNone()).isTrue();
        assertThat(none.isTensor() || none.isString() || none.isDouble() || none.isInteger() || none.isBoolean())
                .isFalse();
        assertThatThrownBy(none::toTensor).isInstanceOf(IllegalStateException.class)
                .hasMessage("the value is none, not a tensor");
        assertThatThrownBy(none::toLong).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scalarsKeepTheirTagAndPayload() {
        assertThat(Value.of(42L).tag()).isEqualTo(Value.Tag.INTEGER);
        assertThat(Value.of(42L).toLong()).isEqualTo(42L);
        assertThat(Value.of(3.14).tag()).isEqualTo(Value.Tag.DOUBLE);
        assertThat(Value.of(3.14).toDouble()).isEqualTo(3.14);
        assertThat(Value.of(true).tag()).isEqualTo(Value.Tag.BOOLEAN);
        assertThat(Value.of(true).toBoolean()).isTrue();
        assertThat(Value.of(false).toBoolean()).isFalse();
        assertThat(Value.of("hello").tag()).isEqualTo(Value.Tag.STRING);
        assertThat(Value.of("hello").toStringValue()).isEqualTo("hello");
        assertThat(Value.of(42L).isScalar()).isTrue();
        assertThat(Value.of("x").isScalar()).isFalse();
    }

    @Test
    void wrongAccessorIsAnIllegalStateNotADefault() {
        assertThatThrownBy(() -> Value.of(42L).toDouble()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the value is an integer, not a double");
        assertThatThrownBy(() -> Value.of(1.0).toLong()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Value.of(true).toLong()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Value.of("s").toBoolean()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Value.of(1L).toStringValue()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalityComparesTagAndPayload() {
        assertThat(Value.none()).isEqualTo(Value.none());
        assertThat(Value.of(42L)).isEqualTo(Value.of(42L)).hasSameHashCodeAs(Value.of(42L));
        assertThat(Value.of(42L)).isNotEqualTo(Value.of(43L));
        assertThat(Value.of("hello")).isEqualTo(Value.of("hello")).isNotEqualTo(Value.of("world"));
        assertThat(Value.of(3.14)).isEqualTo(Value.of(3.14)).isNotEqualTo(Value.of(2.71));
        assertThat(Value.of(true)).isEqualTo(Value.of(true)).isNotEqualTo(Value.of(false));
        // Different tags are never equal, even for the same number (VAL-14).
        assertThat(Value.of(1L)).isNotEqualTo(Value.of(true)).isNotEqualTo(Value.of(1.0));
        assertThat(Value.of(Double.NaN)).isEqualTo(Value.of(Double.NaN));
    }

    @Test
    void tensorValuesReferToTheSameTensor() {
        try (Tensor a = Tensor.of(new float[] {1, 2, 3}); Tensor b = Tensor.of(new float[] {1, 2, 3})) {
            Value value = Value.of(a);
            assertThat(value.tag()).isEqualTo(Value.Tag.TENSOR);
            assertThat(value.toTensor()).isSameAs(a);
            assertThat(value).isEqualTo(Value.of(a)).isNotEqualTo(Value.of(b));
            assertThat(value.toString()).contains("tensor").contains("float");
        }
    }

    @Test
    void nullPayloadsAreRejected() {
        assertThatThrownBy(() -> Value.of((Tensor) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Value.of((String) null)).isInstanceOf(NullPointerException.class);
    }
}
