package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Typed decoding of values and value sequences (VAL-23 to VAL-27, ERR-13, MOD-36, MOD-37). */
class ValueDecoderTest {

    @Test
    void scalarsDecodeFromTheirOwnTag() throws ExecuTorchException {
        assertThat(ValueDecoder.LONG.decode(Value.of(123L))).isEqualTo(123L);
        assertThat(ValueDecoder.INTEGER.decode(Value.of(-2048))).isEqualTo(-2048);
        assertThat(ValueDecoder.SHORT.decode(Value.of(1024))).isEqualTo((short) 1024);
        assertThat(ValueDecoder.BYTE.decode(Value.of(-42))).isEqualTo((byte) -42);
        assertThat(ValueDecoder.BOOLEAN.decode(Value.of(true))).isTrue();
        assertThat(ValueDecoder.DOUBLE.decode(Value.of(2.71828))).isEqualTo(2.71828);
        assertThat(ValueDecoder.FLOAT.decode(Value.of(3.1415f))).isEqualTo(3.1415f);
        assertThat(ValueDecoder.STRING.decode(Value.of("swift"))).isEqualTo("swift");
        assertThat(ValueDecoder.VALUE.decode(Value.none())).isSameAs(Value.none());
    }

    @Test
    void tensorsDecodeAsTheSameTensor() throws ExecuTorchException {
        try (Tensor t = Tensor.of(new float[] {1, 2})) {
            Value v = Value.of(t);
            assertThat(ValueDecoder.TENSOR.decode(v)).isSameAs(t);
            assertThat(ValueDecoder.tensor(DataType.FLOAT).decode(v)).isSameAs(t);
            refused(() -> ValueDecoder.tensor(DataType.INT).decode(v), "Tensor is not of type Int32");
            refused(() -> ValueDecoder.tensor(DataType.DOUBLE).decode(v), "Tensor is not of type Double");
        }
        refused(() -> ValueDecoder.TENSOR.decode(Value.of(1)), "Value is not a tensor");
        refused(() -> ValueDecoder.tensor(DataType.FLOAT).decode(Value.none()), "Value is not a tensor");
    }

    @Test
    void decodersRefuseAnotherTag() {
        // VAL-25 and ERR-13: the documented messages, each with InvalidType (19)
        refused(() -> ValueDecoder.STRING.decode(Value.of(1)), "Value is not a string");
        refused(() -> ValueDecoder.LONG.decode(Value.of("1")), "Value is not a scalar");
        refused(() -> ValueDecoder.LONG.decode(Value.none()), "Value is not a scalar");
        refused(() -> ValueDecoder.FLOAT.decode(Value.of(1)), "Value is not a float");
        refused(() -> ValueDecoder.DOUBLE.decode(Value.of(1)), "Value is not a double");
        refused(() -> ValueDecoder.DOUBLE.decode(Value.of(true)), "Value is not a double");
        refused(() -> ValueDecoder.BOOLEAN.decode(Value.of(1)), "Value is not a boolean");
    }

    @Test
    void integerDecodersNeitherTruncateNorWrap() {
        // VAL-26: the suite pins refusal where the reference truncates or wraps
        refused(() -> ValueDecoder.LONG.decode(Value.of(3.7)), "Cannot convert scalar to Int64");
        refused(() -> ValueDecoder.LONG.decode(Value.of(3.0)), "Cannot convert scalar to Int64");
        refused(() -> ValueDecoder.INTEGER.decode(Value.of(true)), "Cannot convert scalar to Int32");
        refused(() -> ValueDecoder.BYTE.decode(Value.of(300)), "Cannot convert scalar to Int8");
        refused(() -> ValueDecoder.SHORT.decode(Value.of(65535)), "Cannot convert scalar to Int16");
        refused(() -> ValueDecoder.INTEGER.decode(Value.of(1L << 31)), "Cannot convert scalar to Int32");
    }

    @Test
    void aSequenceOfOneDecodesAsItsElement() throws ExecuTorchException {
        // VAL-23
        assertThat(ValueDecoder.LONG.decode(List.of(Value.of(99)))).isEqualTo(99L);
        assertThat(ValueDecoder.BOOLEAN.decode(List.of(Value.of(false)))).isFalse();
        refused(() -> ValueDecoder.LONG.decode(List.of(Value.of(1), Value.of(2))), "Expected exactly one value, got 2");
        refused(() -> ValueDecoder.VALUE.decode(List.of()), "Expected exactly one value, got 0");
    }

    @Test
    void arraysDecodeElementByElement() throws ExecuTorchException {
        // VAL-24
        List<Value> ints = List.of(Value.of(1), Value.of(2), Value.of(3), Value.of(4));
        assertThat(ValueDecoder.list(ValueDecoder.LONG).decode(ints)).containsExactly(1L, 2L, 3L, 4L);
        List<Value> floats = List.of(Value.of(1.5f), Value.of(2.5f), Value.of(3.5f));
        assertThat(ValueDecoder.list(ValueDecoder.FLOAT).decode(floats)).containsExactly(1.5f, 2.5f, 3.5f);
        assertThat(ValueDecoder.list(ValueDecoder.LONG).decode(List.of())).isEmpty();
        List<Value> mixed = List.of(Value.of(1), Value.of("two"), Value.of(3));
        refused(() -> ValueDecoder.list(ValueDecoder.LONG).decode(mixed), "Value is not a scalar");
        assertThatThrownBy(() -> ValueDecoder.list(ValueDecoder.LONG).decode(ints).add(5L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatThrownBy(() -> ValueDecoder.LONG.decode((Value) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ValueDecoder.VALUE.decode((List<Value>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ValueDecoder.list(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ValueDecoder.tensor(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void forwardResultsDecode() throws ExecuTorchException {
        // MOD-36, MOD-37
        try (Module module = new Module(Fixtures.model("add.pte"));
                Tensor x = Tensor.of(new float[] {1}); Tensor y = Tensor.of(new float[] {1})) {
            List<Value> outputs = module.forward(x, y);
            try {
                assertThat(ValueDecoder.tensor(DataType.FLOAT).decode(outputs).toFloatArray()).containsExactly(2f);
                assertThat(ValueDecoder.list(ValueDecoder.tensor(DataType.FLOAT)).decode(outputs)).hasSize(1);
                assertThat(ValueDecoder.VALUE.decode(outputs).toTensor().toFloatArray()).containsExactly(2f);
                List<Value> two = List.of(outputs.get(0), outputs.get(0));
                refused(() -> ValueDecoder.TENSOR.decode(two), "Expected exactly one value, got 2");
            } finally {
                outputs.forEach(v -> v.toTensor().close());
            }
        }
    }

    private static void refused(ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ExecuTorchException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TYPE);
            assertThat(e.number()).isEqualTo(19);
            assertThat(e.localizedDescription()).isEqualTo("Invalid type: " + detail);
        });
    }
}
