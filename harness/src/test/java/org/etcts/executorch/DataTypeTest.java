package org.etcts.executorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataTypeTest {

    @Test
    void numbersFollowScalarTypeOrder() {
        DataType[] all = DataType.values();
        assertThat(all).hasSize(30);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].number()).isEqualTo(i);
            assertThat(DataType.fromNumber(i)).isSameAs(all[i]);
        }
        assertThat(DataType.BYTE.number()).isZero();
        assertThat(DataType.FLOAT.number()).isEqualTo(6);
        assertThat(DataType.BOOL.number()).isEqualTo(11);
        assertThat(DataType.BFLOAT16.number()).isEqualTo(15);
        assertThat(DataType.UINT64.number()).isEqualTo(29);
        assertThatThrownBy(() -> DataType.fromNumber(30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataType.fromNumber(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elementSizesAreTheDocumentedOnes() {
        // TEN-02
        assertThat(DataType.BYTE.elementSize()).isEqualTo(1);
        assertThat(DataType.CHAR.elementSize()).isEqualTo(1);
        assertThat(DataType.SHORT.elementSize()).isEqualTo(2);
        assertThat(DataType.INT.elementSize()).isEqualTo(4);
        assertThat(DataType.LONG.elementSize()).isEqualTo(8);
        assertThat(DataType.HALF.elementSize()).isEqualTo(2);
        assertThat(DataType.FLOAT.elementSize()).isEqualTo(4);
        assertThat(DataType.DOUBLE.elementSize()).isEqualTo(8);
        assertThat(DataType.COMPLEX_HALF.elementSize()).isEqualTo(4);
        assertThat(DataType.COMPLEX_FLOAT.elementSize()).isEqualTo(8);
        assertThat(DataType.COMPLEX_DOUBLE.elementSize()).isEqualTo(16);
        assertThat(DataType.BOOL.elementSize()).isEqualTo(1);
        assertThat(DataType.QINT32.elementSize()).isEqualTo(4);
        assertThat(DataType.BFLOAT16.elementSize()).isEqualTo(2);
        assertThat(DataType.BITS16.elementSize()).isEqualTo(2);
        assertThat(DataType.FLOAT8_E4M3FNUZ.elementSize()).isEqualTo(1);
        assertThat(DataType.UINT16.elementSize()).isEqualTo(2);
        assertThat(DataType.UINT32.elementSize()).isEqualTo(4);
        assertThat(DataType.UINT64.elementSize()).isEqualTo(8);
    }

    @Test
    void elementSizesMatchTheLinkedRuntime() {
        for (DataType type : DataType.values()) {
            assertThat(Runtime.runtimeElementSize(type.number())).as(type.name()).isEqualTo(type.elementSize());
        }
    }

    @Test
    void otherEnumsMirrorTheRuntimeNumbers() {
        assertThat(ShapeDynamism.STATIC.number()).isZero();
        assertThat(ShapeDynamism.DYNAMIC_BOUND.number()).isEqualTo(1);
        assertThat(ShapeDynamism.DYNAMIC_UNBOUND.number()).isEqualTo(2);

        assertThat(LoadMode.FILE.number()).isZero();
        assertThat(LoadMode.MMAP.number()).isEqualTo(1);
        assertThat(LoadMode.MMAP_USE_MLOCK.number()).isEqualTo(2);
        assertThat(LoadMode.MMAP_USE_MLOCK_IGNORE_ERRORS.number()).isEqualTo(3);
        assertThat(LoadMode.MMAP_USE_MADVISE.number()).isEqualTo(4);
        assertThatThrownBy(() -> LoadMode.fromNumber(5)).isInstanceOf(IllegalArgumentException.class);

        assertThat(Verification.MINIMAL.number()).isZero();
        assertThat(Verification.INTERNAL_CONSISTENCY.number()).isEqualTo(1);

        Value.Tag[] tags = Value.Tag.values();
        for (int i = 0; i < tags.length; i++) {
            assertThat(tags[i].number()).isEqualTo(i);
            assertThat(Value.Tag.fromNumber(i)).isSameAs(tags[i]);
        }
        assertThat(Value.Tag.INTEGER.number()).isEqualTo(4);
        assertThat(Value.Tag.LIST_OPTIONAL_TENSOR.number()).isEqualTo(11);
        assertThatThrownBy(() -> Value.Tag.fromNumber(12)).isInstanceOf(IllegalArgumentException.class);
    }
}
