package org.etcts.executorch;

import java.util.List;
import java.util.Objects;

/**
 * What a program declares about one tensor of a method (an input, an output or an attribute), from
 * the runtime's {@code TensorInfo}. Immutable.
 *
 * @param shape the size of each dimension
 * @param dimensionOrder the dimensions from outermost to innermost in memory
 * @param dataType the element type
 * @param isMemoryPlanned whether the tensor's memory is planned by the program (the runtime copies
 *     planned inputs and owns planned outputs; see {@link Module#setOutput(String, Value, int)})
 * @param name the tensor's name in the program; empty when the program gives none
 * @param byteCount the number of data bytes
 */
public record TensorMetadata(List<Long> shape, List<Integer> dimensionOrder, DataType dataType,
        boolean isMemoryPlanned, String name, long byteCount) {

    /** Copies the lists, so the record is immutable. */
    public TensorMetadata {
        shape = List.copyOf(Objects.requireNonNull(shape, "shape"));
        dimensionOrder = List.copyOf(Objects.requireNonNull(dimensionOrder, "dimensionOrder"));
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(name, "name");
    }

    /** {@return the shape as an array} */
    public long[] shapeArray() {
        return shape.stream().mapToLong(Long::longValue).toArray();
    }
}
