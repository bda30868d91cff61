package org.etcts.executorch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a program declares about one method, from the runtime's {@code MethodMeta}; returned by
 * {@link Module#methodMetadata(String)}. Immutable.
 *
 * <p><b>Tags.</b> Input and output kinds are kept as the runtime's raw tag numbers
 * ({@link #inputTagNumbers()}), which {@link #inputValueTags()} maps to {@link Value.Tag}. List
 * tags (6 to 11) are ordinary {@link Value.Tag} constants; a number no constant has (a newer
 * runtime) makes the {@code ...ValueTags()} accessors throw, while the raw numbers stay readable.
 *
 * @param name the method name
 * @param inputTagNumbers the runtime tag number of each input
 * @param outputTagNumbers the runtime tag number of each output
 * @param inputTensorMetadata the metadata of each tensor input, keyed by input index; inputs of
 *     other kinds have no entry
 * @param outputTensorMetadata the metadata of each tensor output, keyed by output index
 * @param attributeTensorMetadata the metadata of the method's attribute tensors, in order
 * @param memoryPlannedBufferSizes the size in bytes of each memory-planned buffer
 * @param backendNames the delegate backends the method uses, e.g. {@code XnnpackBackend}; the
 *     program is read, so this works whether or not the backend is registered
 * @param instructionCount the number of instructions of the method (experimental in the runtime)
 */
public record MethodMetadata(String name, List<Integer> inputTagNumbers, List<Integer> outputTagNumbers,
        Map<Integer, TensorMetadata> inputTensorMetadata, Map<Integer, TensorMetadata> outputTensorMetadata,
        List<TensorMetadata> attributeTensorMetadata, List<Long> memoryPlannedBufferSizes,
        List<String> backendNames, long instructionCount) {

    /** Copies every collection, so the record is immutable; maps keep ascending index order. */
    public MethodMetadata {
        Objects.requireNonNull(name, "name");
        inputTagNumbers = List.copyOf(inputTagNumbers);
        outputTagNumbers = List.copyOf(outputTagNumbers);
        inputTensorMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(inputTensorMetadata));
        outputTensorMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(outputTensorMetadata));
        attributeTensorMetadata = List.copyOf(attributeTensorMetadata);
        memoryPlannedBufferSizes = List.copyOf(memoryPlannedBufferSizes);
        backendNames = List.copyOf(backendNames);
    }

    /**
     * {@return the kind of each input}
     *
     * @throws IllegalStateException if the runtime reported a tag number {@link Value.Tag} lacks
     */
    public List<Value.Tag> inputValueTags() {
        return tags(inputTagNumbers, "input");
    }

    /**
     * {@return the kind of each output}
     *
     * @throws IllegalStateException if the runtime reported a tag number {@link Value.Tag} lacks
     */
    public List<Value.Tag> outputValueTags() {
        return tags(outputTagNumbers, "output");
    }

    /** {@return the number of inputs} */
    public int inputCount() {
        return inputTagNumbers.size();
    }

    /** {@return the number of outputs} */
    public int outputCount() {
        return outputTagNumbers.size();
    }

    /**
     * Whether the method uses a delegate backend.
     *
     * @param backendName a backend name, e.g. {@code XnnpackBackend}
     * @return true if {@link #backendNames()} contains it
     */
    public boolean usesBackend(String backendName) {
        return backendNames.contains(Objects.requireNonNull(backendName, "backendName"));
    }

    private static List<Value.Tag> tags(List<Integer> numbers, String role) {
        List<Value.Tag> tags = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            try {
                tags.add(Value.Tag.fromNumber(numbers.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(role + " " + i + " has runtime tag " + numbers.get(i)
                        + ", which this binding does not know; read the raw numbers instead", e);
            }
        }
        return Collections.unmodifiableList(tags);
    }

    /** Decodes what {@code Module.nativeMethodMetadata} returns, laid out as {@link NativeLayout} states. */
    static MethodMetadata fromNative(Object[] packed) {
        String name = (String) packed[NativeLayout.METHOD_NAME];
        List<Integer> inputs = boxed((int[]) packed[NativeLayout.METHOD_INPUT_TAGS]);
        List<Integer> outputs = boxed((int[]) packed[NativeLayout.METHOD_OUTPUT_TAGS]);
        long[] records = (long[]) packed[NativeLayout.METHOD_TENSOR_RECORDS];
        String[] names = (String[]) packed[NativeLayout.METHOD_TENSOR_NAMES];
        Map<Integer, TensorMetadata> inputTensors = new LinkedHashMap<>();
        Map<Integer, TensorMetadata> outputTensors = new LinkedHashMap<>();
        List<TensorMetadata> attributes = new ArrayList<>();
        int at = 0;
        for (int r = 0; at < records.length; r++) {
            int kind = (int) records[at + NativeLayout.RECORD_KIND];
            int index = (int) records[at + NativeLayout.RECORD_INDEX];
            DataType type = DataType.fromNumber((int) records[at + NativeLayout.RECORD_DATA_TYPE]);
            boolean planned = records[at + NativeLayout.RECORD_MEMORY_PLANNED] != 0;
            long bytes = records[at + NativeLayout.RECORD_BYTE_COUNT];
            int rank = (int) records[at + NativeLayout.RECORD_RANK];
            int sizes = at + NativeLayout.RECORD_SIZES;
            List<Long> shape = new ArrayList<>(rank);
            List<Integer> order = new ArrayList<>(rank);
            for (int d = 0; d < rank; d++) {
                shape.add(records[sizes + d]);
                order.add((int) records[sizes + rank + d]);
            }
            at = sizes + 2 * rank;
            TensorMetadata tensor = new TensorMetadata(shape, order, type, planned, names[r], bytes);
            if (kind == NativeLayout.RECORD_INPUT) {
                inputTensors.put(index, tensor);
            } else if (kind == NativeLayout.RECORD_OUTPUT) {
                outputTensors.put(index, tensor);
            } else {
                attributes.add(tensor);
            }
        }
        List<Long> buffers = new ArrayList<>();
        for (long size : (long[]) packed[NativeLayout.METHOD_BUFFER_SIZES]) {
            buffers.add(size);
        }
        List<String> backends = List.of((String[]) packed[NativeLayout.METHOD_BACKENDS]);
        long instructions = ((long[]) packed[NativeLayout.METHOD_INSTRUCTIONS])[0];
        return new MethodMetadata(name, inputs, outputs, inputTensors, outputTensors, attributes, buffers, backends,
                instructions);
    }

    private static List<Integer> boxed(int[] numbers) {
        List<Integer> list = new ArrayList<>(numbers.length);
        for (int n : numbers) {
            list.add(n);
        }
        return list;
    }
}
