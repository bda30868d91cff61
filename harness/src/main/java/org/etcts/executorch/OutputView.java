package org.etcts.executorch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A tensor output of {@link Module#executeInPlace(String, java.util.List)}, read where the runtime wrote it:
 * no copy is made until the caller copies. Valid exactly as long as the {@link OutputViews} it came from;
 * afterwards every method but {@link #isValid()} throws {@link IllegalStateException}.
 *
 * <p>Each read holds the module, so a read never overlaps an execution, an unload or a close on another
 * thread; inside a {@link #read(Consumer)} callback, the module refuses to execute, unload or set an output.
 * Elements are in memory order (the dimension order's order) and the platform's byte order.
 */
public final class OutputView {

    private final Module module;
    private final long generation;
    private final int index;
    private final long address;
    private final long byteCount;
    /** Names this output in messages. */
    private final String what;
    /** The module's buffers over its method's outputs, shared by the views of every execution of it. */
    private final Memory[] memory;
    private Tensor.Metadata metadata;

    /**
     * A buffer over an output's memory and the output's element type, as the module keeps them between
     * executions: valid for a later execution whose output has the same address and size (the runtime
     * writes planned outputs to the same memory each time). Used only under a generation check.
     */
    static final class Memory {
        final long address;
        final ByteBuffer buffer;
        final DataType dataType;

        Memory(long address, ByteBuffer buffer, DataType dataType) {
            this.address = address;
            this.buffer = buffer;
            this.dataType = dataType;
        }
    }

    OutputView(Module module, long generation, int index, long address, long byteCount, Memory[] memory) {
        this.module = module;
        this.generation = generation;
        this.index = index;
        this.address = address;
        this.byteCount = byteCount;
        this.memory = memory;
        this.what = "output " + index + " read in place";
    }

    /** {@return whether the output can still be read} */
    public boolean isValid() {
        return module.outputsValid(generation);
    }

    /** {@return the element type} */
    public DataType dataType() {
        return module.readOutput(generation, what(), handle -> data(handle, null) == null ? null : memory[index].dataType);
    }

    /** {@return the size of each dimension} */
    public long[] shape() {
        return metadata().shape.clone();
    }

    /** {@return the number of data bytes} */
    public long byteCount() {
        module.readOutput(generation, what(), handle -> null);
        return byteCount;
    }

    /**
     * One element of a {@link DataType#FLOAT} output.
     *
     * @param element the element's index in memory order
     * @return its value
     * @throws IndexOutOfBoundsException if there is no such element
     * @throws IllegalStateException if the output is no longer valid or is not float
     */
    public float getFloat(int element) {
        return module.readOutput(generation, what(), handle -> {
            ByteBuffer data = data(handle, DataType.FLOAT);
            Objects.checkIndex(element, data.capacity() / Float.BYTES);
            return data.getFloat(element * Float.BYTES);
        });
    }

    /**
     * Copies a {@link DataType#FLOAT} output into the caller's array, in memory order: one copy, no allocation.
     *
     * @param destination exactly as many elements as the output has
     * @throws IllegalArgumentException if the length differs
     * @throws IllegalStateException if the output is no longer valid or is not float
     */
    public void copyTo(float[] destination) {
        Objects.requireNonNull(destination, "destination");
        module.readOutput(generation, what(), handle -> {
            ByteBuffer data = data(handle, DataType.FLOAT);
            requireLength(destination.length, data.capacity() / Float.BYTES);
            data.asFloatBuffer().get(destination);
            return null;
        });
    }

    /**
     * Copies the output's bytes into the caller's array, in memory order and the platform's byte order.
     *
     * @param destination exactly {@link #byteCount()} bytes
     * @throws IllegalArgumentException if the length differs
     * @throws IllegalStateException if the output is no longer valid
     */
    public void copyTo(byte[] destination) {
        Objects.requireNonNull(destination, "destination");
        module.readOutput(generation, what(), handle -> {
            ByteBuffer data = data(handle, null);
            requireLength(destination.length, data.capacity());
            data.duplicate().get(destination);
            return null;
        });
    }

    /**
     * Calls {@code reader} once, synchronously, with a read-only buffer over the output's memory (no copy),
     * positioned at 0, holding {@link #byteCount()} bytes in the platform's byte order. The buffer is valid
     * only during the call: do not keep it. While it runs, the module refuses to execute, unload or set an
     * output ({@link IllegalStateException}), and a close from another thread frees the module only after it.
     *
     * @param reader receives the buffer
     * @throws IllegalStateException if the output is no longer valid
     */
    public void read(Consumer<ByteBuffer> reader) {
        Objects.requireNonNull(reader, "reader");
        module.readOutput(generation, what(), handle -> {
            reader.accept(data(handle, null).asReadOnlyBuffer().order(ByteOrder.nativeOrder()));
            return null;
        });
    }

    @Override
    public String toString() {
        return "OutputView{output " + index + ", " + byteCount + " bytes" + (isValid() ? "" : ", no longer valid") + "}";
    }

    private Tensor.Metadata metadata() {
        return module.readOutput(generation, what(), handle -> {
            if (metadata == null) {
                metadata = new Tensor.Metadata(Module.nativeOutputMetadata(handle, index));
            }
            return metadata;
        });
    }

    /** The buffer over the output; call inside a read. expected: the element type a typed read needs, or null. */
    private ByteBuffer data(long handle, DataType expected) {
        Memory known = memory[index];
        if (known == null || known.address != address || known.buffer.capacity() != byteCount) {
            ByteBuffer made = byteCount == 0 ? null : Module.nativeOutputBuffer(handle, index);
            DataType type = new Tensor.Metadata(Module.nativeOutputMetadata(handle, index)).dataType;
            known = new Memory(address, (made == null ? ByteBuffer.allocateDirect(0) : made).order(ByteOrder.nativeOrder()),
                    type);
            memory[index] = known;
        }
        if (expected != null && known.dataType != expected) {
            throw new IllegalStateException(what() + " holds " + known.dataType + " elements, not " + expected);
        }
        return known.buffer;
    }

    private String what() {
        return what;
    }

    private void requireLength(int given, long needed) {
        if (given != needed) {
            throw new IllegalArgumentException("the destination holds " + given + " elements; " + what() + " has "
                    + needed);
        }
    }
}
