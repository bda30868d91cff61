package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Value floats, optional accessors, content equality and copies (VAL-07 to VAL-18). */
class ValueConversionTest {

    @Test
    void floatsAreHeldAsDoubles() {
        // VAL-07
        Value f = Value.of(6.28f);
        assertThat(f.tag()).isEqualTo(Value.Tag.DOUBLE);
        assertThat(f.isFloat()).isTrue();
        assertThat(f.isDouble()).isTrue();
        assertThat(f.toFloat()).isEqualTo(6.28f);
        assertThat(f.toDouble()).isEqualTo((double) 6.28f);
        assertThat(Value.of(3.14).isFloat()).isTrue();
    }

    @Test
    void javaIntegersAreIntegers() {
        // VAL-09: byte-typed scalars become integer, not boolean
        byte b = 7;
        short s = 8;
        assertThat(Value.of(b).tag()).isEqualTo(Value.Tag.INTEGER);
        assertThat(Value.of(s).tag()).isEqualTo(Value.Tag.INTEGER);
        assertThat(Value.of(42).toLong()).isEqualTo(42);
    }

    @Test
    void optionalAccessorsAreEmptyOnAnotherTag() {
        // VAL-01, VAL-10, VAL-11
        Value none = Value.none();
        assertThat(none.tensor()).isEmpty();
        assertThat(none.string()).isEmpty();
        assertThat(none.scalar()).isEmpty();
        assertThat(none.isFloat()).isFalse();
        assertThat(Value.of(42L).scalar()).contains(42L);
        assertThat(Value.of(true).scalar()).contains(Boolean.TRUE);
        assertThat(Value.of(2.5).scalar()).contains(2.5);
        assertThat(Value.of("hello").string()).contains("hello");
        assertThat(Value.of("hello").scalar()).isEmpty();
        try (Tensor t = Tensor.of(new float[] {1})) {
            assertThat(Value.of(t).tensor()).containsSame(t);
            assertThat(Value.of(t).scalar()).isEmpty();
        }
    }

    @Test
    void equalityFollowsTagsAndValueBits() {
        // VAL-13, VAL-14, VAL-15
        assertThat(Value.none()).isEqualTo(Value.none());
        assertThat(Value.of(1L)).isNotEqualTo(Value.of(true)).isNotEqualTo(Value.of(1.0));
        assertThat(Value.of(1.5f)).isEqualTo(Value.of(1.5));
        assertThat(Value.of(6.28f)).isNotEqualTo(Value.of(6.28));
        try (Tensor a = Tensor.of(new float[] {1, 2, 3}); Tensor b = Tensor.of(new float[] {1, 2, 3});
                Tensor c = Tensor.of(new float[] {3, 2, 1})) {
            assertThat(Value.of(a).contentEquals(Value.of(b))).isTrue();
            assertThat(Value.of(a).contentEquals(Value.of(c))).isFalse();
            assertThat(Value.of(a)).isNotEqualTo(Value.of(b));  // equals: tensors by identity
            assertThat(Value.of(a).contentEquals(Value.of(1L))).isFalse();
            assertThat(Value.of(42L).contentEquals(Value.of(42L))).isTrue();
        }
    }

    @Test
    void copyDeepCopiesTensors() {
        // VAL-16
        try (Tensor t = Tensor.of(new float[] {1, 2})) {
            Value copy = Value.of(t).copy();
            try (Tensor copied = copy.toTensor()) {
                assertThat(copied).isNotSameAs(t);
                assertThat(copy.contentEquals(Value.of(t))).isTrue();
                t.mutableBytes(buffer -> buffer.putFloat(0, 9));
                assertThat(copied.toFloatArray()).containsExactly(1, 2);
            }
        }
        Value scalar = Value.of(3L);
        assertThat(scalar.copy()).isEqualTo(scalar);
    }

    @Test
    void tagNumbersMatchTheRuntime() {
        // VAL-18
        assertThat(List.of(Value.Tag.values())).extracting(Value.Tag::number)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(Value.Tag.LIST_INT.isList()).isTrue();
        assertThat(Value.Tag.BOOLEAN.isList()).isFalse();
    }

    @Test
    void descriptionNamesTagAndValue() {
        // VAL-17
        assertThat(Value.none().toString()).isEqualTo("Value {\n  tag: none,\n  value: nil\n}");
        assertThat(Value.of(42L).toString()).contains("tag: integer", "value: 42");
        try (Tensor t = Tensor.of(new float[] {1})) {
            assertThat(Value.of(t).toString()).startsWith("Value {").contains("tag: tensor", "value: Tensor {",
                    "\n    dataType: float");
        }
    }
}
