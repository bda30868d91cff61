package org.etcts.executorch;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A runtime tensor: a typed, shaped block of elements, owned by a native
 * {@code executorch::extension::TensorPtr}.
 *
 * <p><b>Creating.</b> {@link #fromBytesNoCopy(ByteBuffer, long[], DataType) fromBytesNoCopy} wraps a
 * direct buffer without copying; {@link #fromBytes(byte[], long[], DataType) fromBytes} and the
 * {@code of(...)} conveniences copy. Element data is in the platform's native byte order
 * ({@link ByteOrder#nativeOrder()}). Every description is checked in Java first, because the runtime
 * aborts the process on an inconsistent one: copied data must hold exactly
 * {@code count(shape) x elementSize} bytes (a no-copy buffer at least that many), sizes must be non-negative and fit 32 bits, at most 16
 * dimensions, the dimension order must be a permutation, and strides must be the dense strides of
 * the dimension order (any stride is accepted for a size-1 dimension; the runtime normalises it).
 * Violations throw {@link IllegalArgumentException}.
 *
 * <p><b>Defaults</b> follow the runtime's {@code make_tensor_ptr}: row-major dimension order
 * {@code 0..rank-1}, dense strides, and {@link ShapeDynamism#DYNAMIC_BOUND}; 0-D tensors are always
 * {@link ShapeDynamism#STATIC}.
 *
 * <p><b>Ownership.</b> A tensor is {@link AutoCloseable}: close it when done; use after close throws
 * {@link IllegalStateException}. Tensors returned by {@link Module#execute(String, java.util.List)}
 * are copies owned by the caller. A {@link Module} keeps the native tensors passed to its last
 * execution of each method alive until the method is unloaded or the module closed, because the
 * runtime may keep pointing at input data; closing the Java tensor is still correct.
 *
 * <p><b>Equality.</b> {@link #equals(Object)} is identity, as for any native resource (a tensor's
 * contents can change). {@link #contentEquals(Tensor)} compares element type, shape, strides,
 * dimension order and the raw bytes, ignoring shape dynamism.
 *
 * <p><b>Threads.</b> A tensor's contents are not synchronised: do not write them on one thread while
 * another reads or resizes the tensor. Closing is safe from any thread at any time: a tensor closed
 * while another thread is inside one of its operations, or while a {@link Module} call it was passed
 * to is running, is freed when that call ends.
 */
public final class Tensor extends NativeResource {

    /**
     * Takes ownership of a native tensor.
     *
     * @param handle the native tensor
     * @param ownedBytes the data bytes it owns natively, counted in the {@link NativeBudget}: 0 for a view
     *     or for a tensor over a Java buffer
     */
    private Tensor(long handle, long ownedBytes) {
        super(handle, Tensor::nativeDestroy, ownedBytes, 0);
    }

    /**
     * Wraps a native tensor handle created by native code (e.g. a module output, or a factory's new
     * tensor) that owns its data; takes ownership.
     */
    static Tensor fromHandle(long handle) {
        return owning(handle);
    }

    /** A tensor over a new native tensor that shares data it does not own (a view, a Java buffer). */
    private static Tensor viewOf(long handle) {
        return new Tensor(handle, 0);
    }

    /** A tensor over a new native tensor that owns its data: its bytes count in the {@link NativeBudget}. */
    private static Tensor owning(long handle) {
        long bytes;
        try {
            bytes = new Metadata(nativeMetadata(handle)).byteCount;
        } catch (RuntimeException | Error e) {
            nativeDestroy(handle);
            throw e;
        }
        return new Tensor(handle, bytes);
    }

    // ---------------------------------------------------------------- factories: no copy

    /**
     * Wraps a direct buffer without copying, with the default layout and dynamism
     * ({@link ShapeDynamism#DYNAMIC_BOUND}). Later writes to the buffer are visible through the
     * tensor, and the runtime may write into it. The tensor's data starts at the buffer's position,
     * in native byte order; the remaining bytes must be at least {@code count(shape) x elementSize}
     * (longer data is accepted, as by the documented Data initialiser, and only its first bytes are
     * used). The tensor keeps the buffer reachable until it is closed.
     *
     * @param buffer a direct, writable buffer
     * @param shape the size of each dimension
     * @param dataType the element type
     * @return a new tensor aliasing the buffer
     * @throws IllegalArgumentException if the buffer is not direct, is read-only, or holds fewer
     *     bytes than the shape needs, or the shape is invalid
     */
    public static Tensor fromBytesNoCopy(ByteBuffer buffer, long[] shape, DataType dataType) {
        return fromBytesNoCopy(buffer, shape, dataType, null, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * Wraps a direct buffer without copying, with an explicit layout and dynamism.
     *
     * @param buffer a direct, writable buffer; its remaining bytes (at least the shape's) hold the data
     * @param shape the size of each dimension
     * @param dataType the element type
     * @param strides the stride of each dimension in elements, or null for the default
     * @param dimensionOrder the dimensions from outermost to innermost in memory, or null for the
     *     default (derived from the strides when given)
     * @param dynamism whether the shape may change later
     * @return a new tensor aliasing the buffer
     * @throws IllegalArgumentException if the buffer or the description is invalid
     */
    public static Tensor fromBytesNoCopy(ByteBuffer buffer, long[] shape, DataType dataType, long[] strides,
            int[] dimensionOrder, ShapeDynamism dynamism) {
        Objects.requireNonNull(buffer, "buffer");
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("fromBytesNoCopy needs a direct ByteBuffer (ByteBuffer.allocateDirect);"
                    + " use fromBytes to copy a heap buffer");
        }
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("fromBytesNoCopy needs a writable buffer: the runtime may write"
                    + " through the tensor; use fromBytes to copy a read-only buffer");
        }
        TensorLayout layout = TensorLayout.of(shape, strides, dimensionOrder, dataType, dynamism);
        layout.requireAtLeastByteLength(buffer.remaining(), "the buffer's remaining range");
        NativeLibrary.load();
        return viewOf(nativeWrapBuffer(buffer, buffer.position(), layout.byteLength, layout.sizes,
                layout.dimOrder, layout.strides, dataType.number(), dynamism.number()));
    }

    // ---------------------------------------------------------------- factories: copy

    /**
     * Creates a tensor holding a copy of raw bytes, with the default layout and dynamism.
     *
     * @param data exactly {@code count(shape) x elementSize} bytes in native byte order
     * @param shape the size of each dimension
     * @param dataType the element type
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the data length or the shape is invalid
     */
    public static Tensor fromBytes(byte[] data, long[] shape, DataType dataType) {
        return fromBytes(data, shape, dataType, null, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * Creates a tensor holding a copy of raw bytes, with an explicit layout and dynamism.
     *
     * @param data exactly {@code count(shape) x elementSize} bytes in native byte order
     * @param shape the size of each dimension
     * @param dataType the element type
     * @param strides the stride of each dimension in elements, or null for the default
     * @param dimensionOrder the dimension order, or null for the default
     * @param dynamism whether the shape may change later
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the data length or the description is invalid
     */
    public static Tensor fromBytes(byte[] data, long[] shape, DataType dataType, long[] strides,
            int[] dimensionOrder, ShapeDynamism dynamism) {
        Objects.requireNonNull(data, "data");
        TensorLayout layout = TensorLayout.of(shape, strides, dimensionOrder, dataType, dynamism);
        layout.requireByteLength(data.length, "the byte array");
        return copyOfArray(data, 0, layout);
    }

    /**
     * Creates a tensor holding a copy of a buffer's remaining bytes, with the default layout and
     * dynamism. The buffer's position is not changed.
     *
     * @param data a heap or direct buffer whose remaining bytes are the data, in native byte order
     * @param shape the size of each dimension
     * @param dataType the element type
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the remaining length or the shape is invalid
     */
    public static Tensor fromBytes(ByteBuffer data, long[] shape, DataType dataType) {
        return fromBytes(data, shape, dataType, null, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * Creates a tensor holding a copy of a buffer's remaining bytes, with an explicit layout and
     * dynamism. The buffer's position is not changed.
     *
     * @param data a heap or direct buffer whose remaining bytes are the data, in native byte order
     * @param shape the size of each dimension
     * @param dataType the element type
     * @param strides the stride of each dimension in elements, or null for the default
     * @param dimensionOrder the dimension order, or null for the default
     * @param dynamism whether the shape may change later
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the remaining length or the description is invalid
     */
    public static Tensor fromBytes(ByteBuffer data, long[] shape, DataType dataType, long[] strides,
            int[] dimensionOrder, ShapeDynamism dynamism) {
        Objects.requireNonNull(data, "data");
        TensorLayout layout = TensorLayout.of(shape, strides, dimensionOrder, dataType, dynamism);
        layout.requireByteLength(data.remaining(), "the buffer's remaining range");
        if (data.isDirect()) {
            NativeLibrary.load();
            try {
                return owning(nativeCopyFromBuffer(data, data.position(), layout.byteLength, layout.sizes,
                        layout.dimOrder, layout.strides, dataType.number(), layout.dynamism.number()));
            } finally {
                Reference.reachabilityFence(data);
            }
        }
        if (data.hasArray()) {
            return copyOfArray(data.array(), data.arrayOffset() + data.position(), layout);
        }
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return copyOfArray(copy, 0, layout);
    }

    /**
     * Creates a {@link DataType#FLOAT} tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}. Use {@link #scalar(float)} for 0-D.
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(float[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.FLOAT));
    }

    /**
     * Creates a {@link DataType#DOUBLE} tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(double[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.DOUBLE));
    }

    /**
     * Creates an {@link DataType#INT} (int32) tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(int[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.INT));
    }

    /**
     * Creates a {@link DataType#LONG} (int64) tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(long[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.LONG));
    }

    /**
     * Creates a {@link DataType#SHORT} (int16) tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(short[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.SHORT));
    }

    /**
     * Creates a {@link DataType#BOOL} tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor of(boolean[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.BOOL));
    }

    /**
     * Creates a {@link DataType#BYTE} (unsigned 8-bit) tensor holding a copy of {@code data}; Java's
     * signed bytes are reinterpreted, so {@code (byte) -1} is the element 255.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor ofUInt8(byte[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.BYTE));
    }

    /**
     * Creates a {@link DataType#CHAR} (signed 8-bit) tensor holding a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape; when omitted, {@code [data.length]}
     * @return a new tensor owning a copy of the data
     * @throws IllegalArgumentException if the shape does not have {@code data.length} elements
     */
    public static Tensor ofInt8(byte[] data, long... shape) {
        Objects.requireNonNull(data, "data");
        return copyOfArray(data, layoutFor(data.length, shape, DataType.CHAR));
    }

    /**
     * Creates a 0-D {@link DataType#FLOAT} tensor.
     *
     * @param value the element
     * @return a new 0-D tensor
     */
    public static Tensor scalar(float value) {
        return copyOfArray(new float[] {value}, layoutFor(1, new long[0], true, DataType.FLOAT));
    }

    /**
     * Creates a 0-D {@link DataType#DOUBLE} tensor.
     *
     * @param value the element
     * @return a new 0-D tensor
     */
    public static Tensor scalar(double value) {
        return copyOfArray(new double[] {value}, layoutFor(1, new long[0], true, DataType.DOUBLE));
    }

    /**
     * Creates a 0-D {@link DataType#INT} (int32) tensor.
     *
     * @param value the element
     * @return a new 0-D tensor
     */
    public static Tensor scalar(int value) {
        return copyOfArray(new int[] {value}, layoutFor(1, new long[0], true, DataType.INT));
    }

    /**
     * Creates a 0-D {@link DataType#LONG} (int64) tensor.
     *
     * @param value the element
     * @return a new 0-D tensor
     */
    public static Tensor scalar(long value) {
        return copyOfArray(new long[] {value}, layoutFor(1, new long[0], true, DataType.LONG));
    }

    /**
     * Creates a 0-D {@link DataType#BOOL} tensor.
     *
     * @param value the element
     * @return a new 0-D tensor
     */
    public static Tensor scalar(boolean value) {
        return copyOfArray(new boolean[] {value}, layoutFor(1, new long[0], true, DataType.BOOL));
    }

    /**
     * The number of elements of a shape: the product of its sizes, 1 for the empty (0-D) shape.
     *
     * @param shape the size of each dimension
     * @return the element count
     * @throws IllegalArgumentException if a size is negative or the product overflows
     */
    public static long elementCount(long[] shape) {
        return TensorLayout.elementCount(shape);
    }

    // ---------------------------------------------------------------- factories: the runtime's makers

    /**
     * A tensor with uninitialised contents (the runtime's {@code empty}).
     *
     * @param shape the size of each dimension
     * @param dataType the element type (any type)
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor empty(long[] shape, DataType dataType) {
        return empty(shape, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor with uninitialised contents and the given dynamism.
     *
     * @param shape the size of each dimension
     * @param dataType the element type
     * @param dynamism the shape dynamism (0-D tensors are always static)
     * @return a new tensor
     */
    public static Tensor empty(long[] shape, DataType dataType, ShapeDynamism dynamism) {
        return TensorFactory.make(TensorFactory.Op.EMPTY, shape, null, 0, 0, dataType, dynamism);
    }

    /**
     * A tensor filled with an integer (the runtime's {@code full}).
     *
     * @param shape the size of each dimension
     * @param value the fill value; must fit the element type
     * @param dataType one of a type the runtime computes with (BYTE, CHAR, SHORT, INT, LONG, HALF, FLOAT, DOUBLE, BOOL, BFLOAT16)
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     * @throws IllegalArgumentException if the value does not fit the type or the type cannot be
     *     filled (the runtime would abort)
     */
    public static Tensor full(long[] shape, long value, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.FULL, shape, value, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor filled with a floating value. Integral and bool types refuse floating fill values.
     *
     * @param shape the size of each dimension
     * @param value the fill value
     * @param dataType a floating element type
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     * @throws IllegalArgumentException if the runtime would abort on the value or type
     */
    public static Tensor full(long[] shape, double value, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.FULL, shape, value, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor filled with a boolean; only {@link DataType#BOOL} accepts boolean fill values.
     *
     * @param shape the size of each dimension
     * @param value the fill value
     * @param dataType {@link DataType#BOOL}
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     * @throws IllegalArgumentException if the runtime would abort on the type
     */
    public static Tensor full(long[] shape, boolean value, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.FULL, shape, value, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of ones (the runtime's {@code ones}).
     *
     * @param shape the size of each dimension
     * @param dataType a type the runtime computes with
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor ones(long[] shape, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.ONES, shape, null, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of zeros (the runtime's {@code zeros}).
     *
     * @param shape the size of each dimension
     * @param dataType a type the runtime computes with
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor zeros(long[] shape, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.ZEROS, shape, null, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of uniform random values in [0, 1) (the runtime's {@code rand}); integral types get
     * all zeros, as in the runtime.
     *
     * @param shape the size of each dimension
     * @param dataType a type the runtime computes with
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor rand(long[] shape, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.RAND, shape, null, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of standard normal random values (the runtime's {@code randn}).
     *
     * @param shape the size of each dimension
     * @param dataType a type the runtime computes with
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor randn(long[] shape, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.RANDN, shape, null, 0, 0, dataType, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of uniform random integers in [low, high) (the runtime's {@code randint}).
     *
     * @param low the smallest value
     * @param high one more than the largest value; must be greater than low
     * @param shape the size of each dimension
     * @param dataType a type the runtime computes with
     * @return a new tensor; dynamism {@link ShapeDynamism#DYNAMIC_BOUND}
     */
    public static Tensor randint(long low, long high, long[] shape, DataType dataType) {
        return TensorFactory.make(TensorFactory.Op.RANDINT, shape, null, low, high, dataType,
                ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * An uninitialised tensor with the shape, strides and element type of another (the runtime's
     * {@code empty_like}: dynamism {@link ShapeDynamism#DYNAMIC_BOUND}, not the source's).
     *
     * @param like the tensor to imitate
     * @return a new tensor
     */
    public static Tensor emptyLike(Tensor like) {
        return TensorFactory.makeLike(TensorFactory.Op.EMPTY, like, null, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * An uninitialised tensor with the shape and strides of another.
     *
     * @param like the tensor to imitate
     * @param dataType the element type, or null for the source's
     * @param dynamism the shape dynamism
     * @return a new tensor
     */
    public static Tensor emptyLike(Tensor like, DataType dataType, ShapeDynamism dynamism) {
        return TensorFactory.makeLike(TensorFactory.Op.EMPTY, like, null, 0, 0, dataType, dynamism);
    }

    /**
     * A tensor like another, filled with an integer (the runtime's {@code full_like}).
     *
     * @param like the tensor to imitate
     * @param value the fill value
     * @return a new tensor of the source's type
     */
    public static Tensor fullLike(Tensor like, long value) {
        return TensorFactory.makeLike(TensorFactory.Op.FULL, like, value, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor like another, filled with a floating value.
     *
     * @param like the tensor to imitate
     * @param value the fill value
     * @return a new tensor of the source's type
     */
    public static Tensor fullLike(Tensor like, double value) {
        return TensorFactory.makeLike(TensorFactory.Op.FULL, like, value, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of ones like another (the runtime's {@code ones_like}).
     *
     * @param like the tensor to imitate
     * @return a new tensor of the source's type
     */
    public static Tensor onesLike(Tensor like) {
        return TensorFactory.makeLike(TensorFactory.Op.ONES, like, null, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of zeros like another (the runtime's {@code zeros_like}).
     *
     * @param like the tensor to imitate
     * @return a new tensor of the source's type
     */
    public static Tensor zerosLike(Tensor like) {
        return TensorFactory.makeLike(TensorFactory.Op.ZEROS, like, null, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of uniform random values in [0, 1) like another (the runtime's {@code rand_like}).
     *
     * @param like the tensor to imitate
     * @return a new tensor of the source's type
     */
    public static Tensor randLike(Tensor like) {
        return TensorFactory.makeLike(TensorFactory.Op.RAND, like, null, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of standard normal random values like another (the runtime's {@code randn_like}).
     *
     * @param like the tensor to imitate
     * @return a new tensor of the source's type
     */
    public static Tensor randnLike(Tensor like) {
        return TensorFactory.makeLike(TensorFactory.Op.RANDN, like, null, 0, 0, null, ShapeDynamism.DYNAMIC_BOUND);
    }

    /**
     * A tensor of uniform random integers in [low, high) like another (the runtime's
     * {@code randint_like}).
     *
     * @param like the tensor to imitate
     * @param low the smallest value
     * @param high one more than the largest value
     * @return a new tensor of the source's type
     */
    public static Tensor randintLike(Tensor like, long low, long high) {
        return TensorFactory.makeLike(TensorFactory.Op.RANDINT, like, null, low, high, null,
                ShapeDynamism.DYNAMIC_BOUND);
    }

    private static TensorLayout layoutFor(int length, long[] shape, DataType type) {
        return layoutFor(length, shape, false, type);
    }

    private static TensorLayout layoutFor(int length, long[] shape, boolean shapeGiven, DataType type) {
        long[] actual = shape == null || (shape.length == 0 && !shapeGiven) ? new long[] {length} : shape;
        TensorLayout layout = TensorLayout.of(actual, null, null, type, ShapeDynamism.DYNAMIC_BOUND);
        if (layout.elementCount != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(actual) + " has " + layout.elementCount
                    + " elements but " + length + " values were given");
        }
        return layout;
    }

    private static Tensor copyOfArray(Object primitiveArray, TensorLayout layout) {
        return copyOfArray(primitiveArray, 0, layout);
    }

    private static Tensor copyOfArray(Object primitiveArray, int byteOffset, TensorLayout layout) {
        NativeLibrary.load();
        return owning(nativeCopyFromArray(primitiveArray, byteOffset, layout.byteLength, layout.sizes,
                layout.dimOrder, layout.strides, layout.dataType.number(), layout.dynamism.number()));
    }

    // ---------------------------------------------------------------- properties

    /** {@return the element type} */
    public DataType dataType() {
        return metadata().dataType;
    }

    /** {@return the size of each dimension; empty for a 0-D tensor} */
    public long[] shape() {
        return metadata().shape;
    }

    /** {@return the stride of each dimension, in elements, as the runtime stores it} */
    public long[] strides() {
        return metadata().strides;
    }

    /** {@return the dimensions from outermost to innermost in memory} */
    public int[] dimensionOrder() {
        return metadata().dimensionOrder;
    }

    /** {@return whether the shape may change} */
    public ShapeDynamism shapeDynamism() {
        return metadata().dynamism;
    }

    /** {@return the number of elements: the product of {@link #shape()} (1 for 0-D)} */
    public long count() {
        return TensorLayout.elementCount(metadata().shape);
    }

    /** {@return the number of data bytes: {@code count() x dataType().elementSize()}} */
    public long byteCount() {
        return metadata().byteCount;
    }

    // ---------------------------------------------------------------- data

    /**
     * A copy of the raw element bytes in memory order (which is the dimension order's order, not
     * necessarily row-major), in native byte order.
     *
     * @return the data bytes
     */
    public byte[] bytes() {
        byte[] out = new byte[checkedByteCount(metadata())];
        readInto(out);
        return out;
    }

    /**
     * A read-only view of a copy of the raw element bytes, ordered {@link ByteOrder#nativeOrder()}.
     *
     * @return a read-only buffer over a copy of the data bytes
     */
    public ByteBuffer byteBuffer() {
        return ByteBuffer.wrap(bytes()).order(ByteOrder.nativeOrder()).asReadOnlyBuffer()
                .order(ByteOrder.nativeOrder());
    }

    /**
     * The elements of a {@link DataType#FLOAT} tensor, in memory order.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public float[] toFloatArray() {
        float[] out = new float[elementsOf(DataType.FLOAT)];
        readInto(out);
        return out;
    }

    /**
     * The elements of a {@link DataType#DOUBLE} tensor, in memory order.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public double[] toDoubleArray() {
        double[] out = new double[elementsOf(DataType.DOUBLE)];
        readInto(out);
        return out;
    }

    /**
     * The elements of an {@link DataType#INT} (int32) tensor, in memory order.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public int[] toIntArray() {
        int[] out = new int[elementsOf(DataType.INT)];
        readInto(out);
        return out;
    }

    /**
     * The elements of a {@link DataType#LONG} (int64) tensor, in memory order.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public long[] toLongArray() {
        long[] out = new long[elementsOf(DataType.LONG)];
        readInto(out);
        return out;
    }

    /**
     * The elements of a {@link DataType#SHORT} (int16) tensor, in memory order.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public short[] toShortArray() {
        short[] out = new short[elementsOf(DataType.SHORT)];
        readInto(out);
        return out;
    }

    /**
     * The elements of a {@link DataType#BOOL} tensor, in memory order; any non-zero byte is true.
     *
     * @return the elements
     * @throws IllegalStateException if the tensor holds another type
     */
    public boolean[] toBooleanArray() {
        byte[] raw = new byte[elementsOf(DataType.BOOL)];
        readInto(raw);
        boolean[] out = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] != 0;
        }
        return out;
    }

    // ---------------------------------------------------------------- operations

    /**
     * Changes the shape in place with the runtime's {@code resize_tensor}; the data is not moved or
     * reallocated. The runtime's rules: a {@link ShapeDynamism#STATIC} tensor accepts only its current
     * shape; a dynamic one any shape of the same rank whose element count is within the count it had
     * when it was created. Other requests fail, e.g. with {@link ErrorCode#NOT_SUPPORTED}, and leave
     * the tensor unchanged. Negative sizes are passed to the runtime, which refuses them.
     *
     * @param shape the new size of each dimension
     * @throws ExecuTorchException with the runtime's error code if it refuses
     * @throws IllegalArgumentException if the shape has more than 16 dimensions or a size does not
     *     fit 32 bits
     */
    public void resize(long... shape) throws ExecuTorchException {
        int[] sizes = TensorRules.sizes(shape, true);
        run(handle -> nativeResize(handle, sizes));
    }

    /**
     * A deep copy: same element type, shape, strides, dimension order and dynamism, new storage.
     *
     * @return a new tensor the caller owns
     */
    public Tensor copy() {
        DataType dataType = metadata().dataType;
        return call(handle -> owning(nativeCopy(handle, dataType.number())));
    }

    /**
     * A deep copy converted to another element type, element by element as the runtime casts
     * ({@code static_cast}; wider integers wrap when narrowed). The runtime allows integral or bool
     * to floating, floating to floating, integral to integral and bool to anything; it aborts on
     * floating to integral, anything but bool to bool, and types other than BYTE, CHAR, SHORT, INT,
     * LONG, HALF, FLOAT, DOUBLE, BOOL and BFLOAT16, which are refused here.
     *
     * @param dataType the element type of the copy
     * @return a new tensor the caller owns, with the same shape, strides, order and dynamism
     * @throws IllegalArgumentException if the runtime cannot cast to that type
     */
    public Tensor copy(DataType dataType) {
        Objects.requireNonNull(dataType, "dataType");
        TensorRules.requireCast(metadata().dataType, dataType);
        return call(handle -> owning(nativeCopy(handle, dataType.number())));
    }

    /**
     * A view: a new tensor over the same data, with the same metadata. Writes through either are
     * seen by both; resizing the view does not change this tensor's shape. The view keeps the data
     * alive after this tensor is closed (for a no-copy tensor: keeps the caller's buffer reachable).
     *
     * @return a new tensor sharing this one's storage
     */
    public Tensor view() {
        return call(handle -> viewOf(nativeView(handle, null)));
    }

    /**
     * A view with another shape over the same data (the runtime's {@code make_tensor_ptr} view):
     * at most as many elements as this tensor holds; row-major strides for a new rank, this tensor's
     * dimension order for the same rank; this tensor's dynamism.
     *
     * @param shape the view's shape
     * @return a new tensor sharing this one's storage
     * @throws IllegalArgumentException if the shape asks for more elements than this tensor holds
     *     (the runtime aborts) or is otherwise invalid
     */
    public Tensor view(long... shape) {
        int[] sizes = TensorRules.sizes(shape, false);
        long wanted = TensorLayout.elementCount(shape);
        long available = count();
        if (wanted > available) {
            throw new IllegalArgumentException("a view of shape " + Arrays.toString(shape) + " needs " + wanted
                    + " elements but the tensor holds " + available + " (the runtime aborts)");
        }
        return call(handle -> viewOf(nativeView(handle, sizes)));
    }

    /**
     * A view with another shape and an explicit layout over the same data (the runtime's
     * {@code make_tensor_ptr} view with dimension order and stride overrides). The layout is checked
     * like a new tensor's: strides must be the dense strides of the dimension order (any stride for a
     * size-1 dimension); when only strides are given the order is derived from them.
     *
     * @param shape the view's shape; at most as many elements as this tensor holds
     * @param strides the view's strides in elements, or null to derive them from the order
     * @param dimensionOrder the view's dimension order, or null to derive it from the strides
     * @return a new tensor sharing this one's storage, with this tensor's dynamism
     * @throws IllegalArgumentException if the layout is inconsistent or asks for more elements than
     *     this tensor holds (the runtime aborts on both)
     */
    public Tensor view(long[] shape, long[] strides, int[] dimensionOrder) {
        Objects.requireNonNull(shape, "shape");
        if (shape.length == 0) {
            return view(shape);  // a 0-D view has no layout to override
        }
        Metadata m = metadata();
        TensorLayout layout = TensorLayout.of(shape, strides, dimensionOrder, m.dataType, m.dynamism);
        long available = TensorLayout.elementCount(m.shape);
        if (layout.elementCount > available) {
            throw new IllegalArgumentException("a view of shape " + Arrays.toString(shape) + " needs "
                    + layout.elementCount + " elements but the tensor holds " + available + " (the runtime aborts)");
        }
        return call(handle -> viewOf(nativeViewWithLayout(handle, layout.sizes, layout.dimOrder, layout.strides)));
    }

    /**
     * Whether another tensor has the same element type, shape, strides, dimension order and bytes
     * (compared bit for bit: {@code +0.0} and {@code -0.0} differ, identical NaNs are equal). Shape
     * dynamism is ignored.
     *
     * @param other the other tensor, or null
     * @return true if the contents are the same
     */
    public boolean contentEquals(Tensor other) {
        if (other == this) {
            return true;
        }
        if (other == null) {
            return false;
        }
        Metadata a = metadata();
        Metadata b = other.metadata();
        return a.dataType == b.dataType && Arrays.equals(a.shape, b.shape) && Arrays.equals(a.strides, b.strides)
                && Arrays.equals(a.dimensionOrder, b.dimensionOrder) && Arrays.equals(bytes(), other.bytes());
    }

    /**
     * Calls {@code reader} once, synchronously, with a read-only buffer over the tensor's data (no
     * copy), positioned at 0, holding {@link #byteCount()} bytes in native byte order. The buffer is
     * valid only during the call: do not keep it.
     *
     * @param reader receives the buffer
     */
    public void bytes(Consumer<ByteBuffer> reader) {
        Objects.requireNonNull(reader, "reader");
        withData(buffer -> reader.accept(buffer.asReadOnlyBuffer().order(ByteOrder.nativeOrder())));
    }

    /**
     * Calls {@code writer} once, synchronously, with a writable buffer over the tensor's data (no
     * copy), positioned at 0, holding {@link #byteCount()} bytes in native byte order. What it
     * writes is what the next reader of the tensor sees; for a no-copy tensor it writes into the
     * caller's buffer. The buffer is valid only during the call: do not keep it.
     *
     * @param writer receives the buffer
     */
    public void mutableBytes(Consumer<ByteBuffer> writer) {
        Objects.requireNonNull(writer, "writer");
        withData(writer);
    }

    private void withData(Consumer<ByteBuffer> action) {
        // A second native owner pins the data for the duration, even if this tensor is closed meanwhile.
        long pin;
        pin = call(handle -> nativePin(handle));
        try {
            ByteBuffer buffer = nativeDirectBuffer(pin);
            action.accept((buffer == null ? ByteBuffer.allocateDirect(0) : buffer).order(ByteOrder.nativeOrder()));
        } finally {
            nativeDestroy(pin);
        }
    }

    /**
     * The documented description: {@code Tensor {}, then one line each for the dataType, shape,
     * strides, dimensionOrder and shapeDynamism (by their documented names), the count, and at most
     * {@value #DESCRIBED_SCALARS} scalars in memory order (followed by {@code ,...} when there are
     * more), then {@code }}. 8-bit integers print as numbers. Element types the runtime cannot print
     * (complex, quantized, bits, float8) are named instead of printed. A closed tensor is
     * {@code Tensor{closed}}.
     */
    @Override
    public String toString() {
        if (isClosed()) {
            return "Tensor{closed}";
        }
        Metadata m = metadata();
        long count = TensorLayout.elementCount(m.shape);
        return "Tensor {\n  dataType: " + documentedName(m.dataType) + ",\n  shape: " + Arrays.toString(m.shape)
                + ",\n  strides: " + Arrays.toString(m.strides) + ",\n  dimensionOrder: "
                + Arrays.toString(m.dimensionOrder) + ",\n  shapeDynamism: " + documentedName(m.dynamism)
                + ",\n  count: " + count + ",\n  scalars: " + describeScalars(m, count) + "\n}";
    }

    /** How many scalars {@link #toString()} prints at most. */
    static final int DESCRIBED_SCALARS = 100;

    private String describeScalars(Metadata m, long count) {
        StringBuilder out = new StringBuilder("[");
        int shown = (int) Math.min(count, DESCRIBED_SCALARS);
        boolean[] printable = {true};
        bytes(buffer -> {
            for (int i = 0; i < shown && printable[0]; i++) {
                String scalar = scalarText(m.dataType, buffer, i);
                if (scalar == null) {
                    printable[0] = false;
                } else {
                    out.append(i == 0 ? "" : ", ").append(scalar);
                }
            }
        });
        if (!printable[0]) {
            return "(" + documentedName(m.dataType) + " scalars are not printable)";
        }
        return out.append(count > shown ? ",...]" : "]").toString();
    }

    private static String scalarText(DataType type, ByteBuffer buffer, int index) {
        int at = index * type.elementSize();
        switch (type) {
            case BYTE:
                return Integer.toString(buffer.get(at) & 0xff);
            case CHAR:
                return Byte.toString(buffer.get(at));
            case BOOL:
                return buffer.get(at) != 0 ? "1" : "0";
            case SHORT:
                return Short.toString(buffer.getShort(at));
            case UINT16:
                return Integer.toString(buffer.getShort(at) & 0xffff);
            case INT:
                return Integer.toString(buffer.getInt(at));
            case UINT32:
                return Long.toString(buffer.getInt(at) & 0xffffffffL);
            case LONG:
                return Long.toString(buffer.getLong(at));
            case UINT64:
                return Long.toUnsignedString(buffer.getLong(at));
            case FLOAT:
                return Float.toString(buffer.getFloat(at));
            case DOUBLE:
                return Double.toString(buffer.getDouble(at));
            case BFLOAT16:
                return Float.toString(Float.intBitsToFloat((buffer.getShort(at) & 0xffff) << 16));
            default:
                return null;
        }
    }

    /** The documented binding's name of an element type: {@code float}, {@code bFloat16}, {@code quInt8}. */
    static String documentedName(DataType type) {
        String name = type.runtimeName();
        if (name.startsWith("QU")) {
            return "qu" + name.substring(2);
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The documented binding's name of a shape dynamism: {@code static}, {@code dynamicBound}, {@code dynamicUnbound}. */
    static String documentedName(ShapeDynamism dynamism) {
        switch (dynamism) {
            case STATIC:
                return "static";
            case DYNAMIC_BOUND:
                return "dynamicBound";
            default:
                return "dynamicUnbound";
        }
    }

    private int elementsOf(DataType expected) {
        Metadata m = metadata();
        if (m.dataType != expected) {
            throw new IllegalStateException("the tensor holds " + m.dataType + " elements, not " + expected);
        }
        checkedByteCount(m);
        return (int) (m.byteCount / expected.elementSize());
    }

    private static int checkedByteCount(Metadata m) {
        if (m.byteCount > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the tensor holds " + m.byteCount + " bytes, too many for a Java array");
        }
        return (int) m.byteCount;
    }

    private void readInto(Object primitiveArray) {
        run(handle -> nativeReadInto(handle, primitiveArray));
    }

    private Metadata metadata() {
        return call(handle -> new Metadata(nativeMetadata(handle)));
    }

    /** Decodes the packed metadata array, laid out as {@link NativeLayout} states ({@code TENSOR_*}). */
    private static final class Metadata {
        final DataType dataType;
        final ShapeDynamism dynamism;
        final long byteCount;
        final long[] shape;
        final long[] strides;
        final int[] dimensionOrder;

        Metadata(long[] packed) {
            dataType = DataType.fromNumber((int) packed[NativeLayout.TENSOR_DATA_TYPE]);
            dynamism = ShapeDynamism.fromNumber((int) packed[NativeLayout.TENSOR_DYNAMISM]);
            int rank = (int) packed[NativeLayout.TENSOR_RANK];
            byteCount = packed[NativeLayout.TENSOR_BYTE_COUNT];
            int sizes = NativeLayout.TENSOR_SIZES;
            shape = Arrays.copyOfRange(packed, sizes, sizes + rank);
            strides = Arrays.copyOfRange(packed, sizes + rank, sizes + 2 * rank);
            dimensionOrder = new int[rank];
            for (int i = 0; i < rank; i++) {
                dimensionOrder[i] = (int) packed[sizes + 2 * rank + i];
            }
        }
    }

    // ---------------------------------------------------------------- native (tensor_jni.cpp)

    /**
     * Creates a tensor that aliases a direct buffer's memory from {@code byteOffset}; the native tensor
     * holds a global reference to the buffer until it is destroyed. Returns the handle.
     */
    private static native long nativeWrapBuffer(ByteBuffer buffer, int byteOffset, int byteLength, int[] sizes,
            int[] dimOrder, int[] strides, int dataType, int dynamism);

    /** Creates a tensor owning a copy of {@code byteLength} bytes of a direct buffer from {@code byteOffset}. */
    private static native long nativeCopyFromBuffer(ByteBuffer buffer, int byteOffset, int byteLength, int[] sizes,
            int[] dimOrder, int[] strides, int dataType, int dynamism);

    /** Creates a tensor owning a copy of {@code byteLength} bytes of any primitive array from {@code byteOffset}. */
    private static native long nativeCopyFromArray(Object primitiveArray, int byteOffset, int byteLength,
            int[] sizes, int[] dimOrder, int[] strides, int dataType, int dynamism);

    /** The tensor's metadata, packed as {@link NativeLayout} states ({@code TENSOR_*}). */
    private static native long[] nativeMetadata(long handle);

    /** Copies the tensor's bytes into a primitive array whose byte size must equal the tensor's. */
    private static native void nativeReadInto(long handle, Object primitiveArray);

    private static native void nativeDestroy(long handle);

    // ---------------------------------------------------------------- native (tensor_ops_jni.cpp)

    /** Resizes in place with the runtime's resize_tensor_ptr; throws its error. */
    private static native void nativeResize(long handle, int[] sizes) throws ExecuTorchException;

    /** A deep copy converted to the given ScalarType number (the same type for a plain copy). */
    private static native long nativeCopy(long handle, int dataType);

    /** A view over the same data; sizes null for the same shape. */
    private static native long nativeView(long handle, int[] sizes);

    /** A view over the same data with the given sizes, dimension order and strides (empty: derived). */
    private static native long nativeViewWithLayout(long handle, int[] sizes, int[] dimOrder, int[] strides);

    /** A second owner of the same native tensor, destroyed with nativeDestroy. */
    private static native long nativePin(long handle);

    /** A direct buffer over the tensor's data, or null when it has no bytes. */
    private static native ByteBuffer nativeDirectBuffer(long handle);
}
