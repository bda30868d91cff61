package org.etcts.executorch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An ExecuTorch program file ({@code .pte}) and the methods in it, over the runtime's
 * {@code executorch::extension::Module}.
 *
 * <p>Construction is lightweight and does not touch the file; the program is read by
 * {@link #load()}, or on demand by {@link #load(String)}, {@link #methodNames()} and
 * {@link #execute(String, List)}. Errors the runtime reports are thrown as
 * {@link ExecuTorchException} carrying the runtime's error code; for example {@link #load()} on a
 * missing file fails with {@link ErrorCode#ACCESS_FAILED}.
 *
 * <p><b>Outputs are copies.</b> The runtime's outputs alias the method's memory-planned buffers,
 * which the next execution overwrites and unloading frees. This binding copies every tensor output
 * into a new {@link Tensor} that keeps the source's element type, shape, dimension order, strides
 * and shape dynamism. The caller owns the returned tensors and should close them; a cleaner frees
 * them otherwise. Integer, double, boolean, string and none outputs become plain {@link Value}s.
 * {@link #executeInPlace(String, List)} is the exception, for callers that read the outputs before the
 * next execution: it copies nothing and returns {@link OutputViews} over the runtime's memory, refused
 * (with {@link IllegalStateException}) once that memory is reused.
 *
 * <p><b>Inputs.</b> Tensor, integer, double and boolean values are accepted. String and none values
 * are rejected with {@link IllegalArgumentException} before the runtime sees them (the runtime
 * cannot bind them). The module keeps the native tensors of the latest inputs of each method alive
 * until that method is unloaded or the module is closed, because the runtime may keep pointing at
 * input data that it did not copy.
 *
 * <p>All methods are synchronized on the module: the runtime's module is not thread-safe, so one
 * instance is used by one thread at a time; separate instances may run concurrently.
 */
public final class Module extends NativeResource {

    /** The name of the method that {@link #forward(List)} runs. */
    public static final String FORWARD = "forward";

    private final String filePath;
    private final List<String> dataFilePaths;
    private final LoadMode loadMode;
    /** The memory-planned bytes of each loaded method, as counted in the {@link NativeBudget}. */
    private final Map<String, Long> plannedBytes = new HashMap<>();
    /**
     * Counts the events that end the outputs of an {@link #executeInPlace} (an execution, an unload, a
     * {@code setOutput}, the close); an {@link OutputViews} reads only while it is the count it was made at.
     */
    private long outputGeneration;
    /** How many {@link OutputView#read} callbacks are running on this module (on its lock's thread). */
    private int viewReads;
    /**
     * Per method, per output index: the direct buffer made over an in-place output's memory and its element
     * type. The runtime writes a method's planned outputs to the same memory on every execution, so the next
     * execution's views reuse the buffer (made by a JNI call) when the address and size are the same.
     */
    private final Map<String, OutputView.Memory[]> outputMemory = new HashMap<>();

    /**
     * Creates a module for a program file, read with {@link LoadMode#FILE}. Nothing is read yet.
     *
     * @param filePath the path of the {@code .pte} file; it need not exist until {@link #load()}
     */
    public Module(String filePath) {
        this(filePath, LoadMode.FILE);
    }

    /**
     * Creates a module for a program file with the given load mode. Nothing is read yet.
     *
     * @param filePath the path of the {@code .pte} file; it need not exist until {@link #load()}
     * @param loadMode how the file will be read
     */
    public Module(String filePath, LoadMode loadMode) {
        this(filePath, List.of(), loadMode);
    }

    /**
     * Creates a module for a program whose constants live in external data files ({@code .ptd}),
     * read with {@link LoadMode#FILE}. Nothing is read yet.
     *
     * @param filePath the path of the {@code .pte} file
     * @param dataFilePaths the paths of the data files; an empty list is the same as
     *     {@link #Module(String)}
     */
    public Module(String filePath, List<String> dataFilePaths) {
        this(filePath, dataFilePaths, LoadMode.FILE);
    }

    /**
     * Creates a module for a program whose constants live in external data files ({@code .ptd}).
     * Nothing is read yet: {@link #load()} opens the data files first (a missing one fails it with
     * {@link ErrorCode#ACCESS_FAILED}), then the program. The load mode applies to every file.
     *
     * @param filePath the path of the {@code .pte} file
     * @param dataFilePaths the paths of the data files; an empty list is the same as
     *     {@link #Module(String, LoadMode)}
     * @param loadMode how the files will be read
     */
    public Module(String filePath, List<String> dataFilePaths, LoadMode loadMode) {
        this(filePath, copyPaths(dataFilePaths), loadMode, true);
    }

    /**
     * Creates a module for a program with external data files; see
     * {@link #Module(String, List, LoadMode)}.
     *
     * @param filePath the path of the {@code .pte} file
     * @param dataFilePaths the paths of the data files
     * @param loadMode how the files will be read
     */
    public Module(Path filePath, List<Path> dataFilePaths, LoadMode loadMode) {
        this(Objects.requireNonNull(filePath, "filePath").toString(), pathStrings(dataFilePaths), loadMode);
    }

    private Module(String filePath, List<String> dataFilePaths, LoadMode loadMode, boolean checked) {
        // The program and data files are what a loaded module holds: read into native memory or mapped,
        // with a file handle each (NativeBudget); the methods' planned memory is counted as they load.
        super(create(filePath, dataFilePaths, loadMode), Module::nativeDestroy, fileBytes(filePath, dataFilePaths),
                1 + dataFilePaths.size());
        this.filePath = filePath;
        this.dataFilePaths = dataFilePaths;
        this.loadMode = loadMode;
    }

    /**
     * Creates a module for a program file, read with {@link LoadMode#FILE}. Nothing is read yet.
     *
     * @param filePath the path of the {@code .pte} file
     */
    public Module(Path filePath) {
        this(Objects.requireNonNull(filePath, "filePath").toString(), LoadMode.FILE);
    }

    /**
     * Creates a module for a program file with the given load mode. Nothing is read yet.
     *
     * @param filePath the path of the {@code .pte} file
     * @param loadMode how the file will be read
     */
    public Module(Path filePath, LoadMode loadMode) {
        this(Objects.requireNonNull(filePath, "filePath").toString(), loadMode);
    }

    private static long create(String filePath, List<String> dataFilePaths, LoadMode loadMode) {
        requireText(filePath, "filePath");
        // An enum constant, so only the runtime's five modes can reach native code (any other
        // number would make the runtime load through a missing data loader).
        Objects.requireNonNull(loadMode, "loadMode");
        NativeLibrary.load();
        return nativeCreate(filePath, dataFilePaths.toArray(new String[0]), loadMode.number());
    }

    private static long fileBytes(String filePath, List<String> dataFilePaths) {
        long bytes = fileSize(filePath);
        for (String dataFile : dataFilePaths) {
            bytes += fileSize(dataFile);
        }
        return bytes;
    }

    private static long fileSize(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return 0;  // a missing or odd path: load() reports it, and the module then holds nothing
        }
    }

    /** Counts a method's planned memory the first time it is seen loaded. Call with the handle acquired. */
    private void countPlannedMemory(long handle, String methodName) {
        if (!plannedBytes.containsKey(methodName)) {
            long bytes = nativePlannedBytes(handle, methodName);
            plannedBytes.put(methodName, bytes);
            account(bytes, 0);
        }
    }

    private static List<String> copyPaths(List<String> paths) {
        Objects.requireNonNull(paths, "dataFilePaths");
        List<String> copy = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            copy.add(requireText(Objects.requireNonNull(paths.get(i), "data file path " + i), "data file path " + i));
        }
        return Collections.unmodifiableList(copy);
    }

    private static List<String> pathStrings(List<Path> paths) {
        Objects.requireNonNull(paths, "dataFilePaths");
        List<String> strings = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            strings.add(Objects.requireNonNull(paths.get(i), "data file path " + i).toString());
        }
        return strings;
    }

    /** {@return the program file path given at construction} */
    public String filePath() {
        return filePath;
    }

    /** {@return the data file paths given at construction; empty if none} */
    public List<String> dataFilePaths() {
        return dataFilePaths;
    }

    /** {@return the load mode given at construction} */
    public LoadMode loadMode() {
        return loadMode;
    }

    // ---------------------------------------------------------------- loading

    /**
     * Loads the program with {@link Verification#MINIMAL} verification. Does nothing if it is
     * already loaded.
     *
     * @throws ExecuTorchException if the runtime cannot load the program, e.g.
     *     {@link ErrorCode#ACCESS_FAILED} for a missing file
     */
    public synchronized void load() throws ExecuTorchException {
        load(Verification.MINIMAL);
    }

    /**
     * Loads the program with the given verification. Does nothing if it is already loaded.
     *
     * @param verification how thoroughly to check the program
     * @throws ExecuTorchException if the runtime cannot load the program
     */
    public synchronized void load(Verification verification) throws ExecuTorchException {
        Objects.requireNonNull(verification, "verification");
        run(handle -> nativeLoad(handle, verification.number()));
    }

    /**
     * Loads the program if needed, then prepares a method for execution. Does nothing if the method
     * is already loaded.
     *
     * @param methodName the method, e.g. {@code "forward"}
     * @throws ExecuTorchException if the program or the method cannot be loaded, e.g.
     *     {@link ErrorCode#INVALID_ARGUMENT} for a name the program does not have
     */
    public synchronized void load(String methodName) throws ExecuTorchException {
        requireText(methodName, "methodName");
        run(handle -> {
            nativeLoadMethod(handle, methodName);
            countPlannedMemory(handle, methodName);
        });
    }

    /**
     * Loads the program with load-time options for its delegate backends and {@link Verification#MINIMAL}
     * verification; see {@link #load(BackendOptionsMap, Verification)}.
     *
     * @param options the options by backend id
     * @throws ExecuTorchException if the runtime cannot load the program
     */
    public void load(BackendOptionsMap options) throws ExecuTorchException {
        load(options, Verification.MINIMAL);
    }

    /**
     * Loads the program with load-time options for its delegate backends. The runtime deep-copies the
     * options into the module (the map may be closed as soon as this returns) and uses that copy for every
     * method loaded later without options of its own; backends the program does not use ignore theirs.
     * On an already-loaded module the new options replace the stored ones without reloading the program.
     * If loading fails, the options stored before stay in place.
     *
     * @param options the options by backend id
     * @param verification how thoroughly to check the program
     * @throws ExecuTorchException if the runtime cannot load the program, e.g.
     *     {@link ErrorCode#ACCESS_FAILED} for a missing file
     */
    public synchronized void load(BackendOptionsMap options, Verification verification) throws ExecuTorchException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(verification, "verification");
        run(handle -> options.run(optionsHandle -> nativeLoadWithOptions(handle, optionsHandle, verification.number())));
    }

    /**
     * Loads the program if needed, then prepares a method with these backend options, which take
     * precedence over options stored by {@link #load(BackendOptionsMap)}. The runtime uses the map only
     * during this call. Does nothing if the method is already loaded.
     *
     * @param methodName the method, e.g. {@code "forward"}
     * @param options the options by backend id
     * @throws ExecuTorchException if the program or the method cannot be loaded
     */
    public synchronized void load(String methodName, BackendOptionsMap options) throws ExecuTorchException {
        requireText(methodName, "methodName");
        Objects.requireNonNull(options, "options");
        run(handle -> {
            options.run(optionsHandle -> nativeLoadMethodWithOptions(handle, methodName, optionsHandle));
            countPlannedMemory(handle, methodName);
        });
    }

    /**
     * The backend options the module stored at its last successful {@link #load(BackendOptionsMap)}: the
     * module's own copy, read back. Empty before any load with options.
     *
     * @return an unmodifiable map of unmodifiable lists, by backend id
     */
    public synchronized Map<String, List<BackendOption>> backendOptions() {
        return call(handle -> BackendOptionsMap.unpack(nativeBackendOptions(handle)));
    }

    // ---------------------------------------------------------------- tracing

    /**
     * Gives the module the runtime's ETDump event tracer, so that loading methods and executing them
     * records profiling events (see {@link #takeTrace()}). The runtime's module takes its tracer when it
     * is made, so tracing must be enabled before the program is loaded. Does nothing if it is enabled.
     *
     * @throws IllegalStateException if the program is already loaded
     * @throws ExecuTorchException if the runtime cannot make the tracer
     */
    public synchronized void enableTracing() throws ExecuTorchException {
        if (isLoaded()) {
            throw new IllegalStateException("cannot enable tracing of " + filePath
                    + ": the program is already loaded; enable tracing before the first load");
        }
        run(handle -> nativeEnableTracing(handle));
    }

    /** {@return whether tracing is enabled} */
    public synchronized boolean isTracing() {
        return call(handle -> nativeIsTracing(handle));
    }

    /**
     * Takes the trace recorded since tracing was enabled or the trace was last taken, and starts a new
     * one; so taken after each execution, it is that execution's trace. The bytes are an ETDump (the
     * runtime's size-prefixed flatbuffer, file identifier {@code ED00}): one run block per method load
     * ("Default") and per execution ("Execute"), each with its profiling events. {@link EtDump#parse(byte[])}
     * reads them.
     *
     * @return the ETDump bytes; empty if nothing was recorded
     * @throws IllegalStateException if tracing is not enabled
     * @throws ExecuTorchException if the runtime cannot finish the trace
     */
    public synchronized byte[] takeTrace() throws ExecuTorchException {
        if (!isTracing()) {
            throw new IllegalStateException("cannot take the trace of " + filePath
                    + ": tracing is not enabled; call enableTracing() before the program loads");
        }
        return call(handle -> nativeTakeTrace(handle));
    }

    /** {@return whether the program is loaded} */
    public synchronized boolean isLoaded() {
        return call(handle -> nativeIsLoaded(handle));
    }

    /**
     * Whether a method is loaded.
     *
     * @param methodName the method name
     * @return true if the method is loaded
     */
    public synchronized boolean isLoaded(String methodName) {
        requireText(methodName, "methodName");
        return call(handle -> nativeIsMethodLoaded(handle, methodName));
    }

    /**
     * The names of the program's methods, as an unordered set. Loads the program if needed, but no
     * method.
     *
     * @return an unmodifiable set of method names
     * @throws ExecuTorchException if the program cannot be loaded
     */
    public synchronized Set<String> methodNames() throws ExecuTorchException {
        return call(handle -> Set.copyOf(Arrays.asList(nativeMethodNames(handle))));
    }

    /**
     * Unloads a method, freeing its planned memory and the inputs kept for it. The program stays
     * loaded. Outputs returned earlier are unaffected (they are copies).
     *
     * @param methodName the method name
     * @return true if the method was loaded, false if there was nothing to unload
     */
    public synchronized boolean unload(String methodName) {
        requireText(methodName, "methodName");
        endOutputViews();
        return call(handle -> {
            boolean unloaded = nativeUnloadMethod(handle, methodName);
            outputMemory.remove(methodName);
            Long planned = plannedBytes.remove(methodName);
            if (planned != null) {
                account(-planned, 0);
            }
            return unloaded;
        });
    }

    // ---------------------------------------------------------------- binding inputs and outputs

    /**
     * Binds one input of a method without running it, loading the program and the method first if
     * needed. The binding stays until it is overwritten, the method is unloaded or the module closed;
     * a later {@link #execute(String)} without inputs runs with it.
     *
     * <p>The runtime copies a memory-planned input into the method's memory at this call, and aliases
     * the data of an input that is not memory-planned. Either way the module keeps the tensor's native
     * data alive until the binding is replaced, the method unloaded or the module closed, so closing
     * the Java tensor meanwhile is safe; writes to a no-copy tensor's buffer are seen by the method
     * only for inputs that are not memory-planned.
     *
     * @param methodName the method
     * @param value a tensor, integer, double or boolean
     * @param index the input index
     * @throws ExecuTorchException if the runtime refuses, e.g. {@link ErrorCode#INVALID_ARGUMENT} for
     *     an index past the method's inputs or a value of the wrong type, {@link ErrorCode#NOT_SUPPORTED}
     *     for a tensor shape a static input cannot take
     * @throws IllegalArgumentException if the value is a string or none (the runtime cannot bind
     *     them) or the index is negative
     */
    public synchronized void setInput(String methodName, Value value, int index) throws ExecuTorchException {
        requireText(methodName, "methodName");
        try (PackedValues packed = PackedValues.of(List.of(Objects.requireNonNull(value, "value")), "input", methodName)) {
            requireIndex(index, "input");
            run(handle -> nativeSetInput(handle, methodName, packed.tags[0], packed.payloads[0], index));
        }
    }

    /**
     * Binds one input of {@code "forward"}; see {@link #setInput(String, Value, int)}.
     *
     * @param value a tensor, integer, double or boolean
     * @param index the input index
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setInput(Value value, int index) throws ExecuTorchException {
        setInput(FORWARD, value, index);
    }

    /**
     * Binds input 0 of {@code "forward"}; see {@link #setInput(String, Value, int)}.
     *
     * @param value a tensor, integer, double or boolean
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setInput(Value value) throws ExecuTorchException {
        setInput(FORWARD, value, 0);
    }

    /**
     * Binds one tensor input of {@code "forward"}; see {@link #setInput(String, Value, int)}.
     *
     * @param tensor the tensor
     * @param index the input index
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setInput(Tensor tensor, int index) throws ExecuTorchException {
        setInput(FORWARD, Value.of(Objects.requireNonNull(tensor, "tensor")), index);
    }

    /**
     * Binds all inputs of a method at once, loading it first if needed. The runtime requires exactly
     * as many values as the method has inputs ({@link ErrorCode#INVALID_ARGUMENT} otherwise). If
     * binding fails part-way, the inputs bound before the failure stay bound. Retention is as for
     * {@link #setInput(String, Value, int)}.
     *
     * @param methodName the method
     * @param values one tensor, integer, double or boolean per input
     * @throws ExecuTorchException if the runtime refuses
     * @throws IllegalArgumentException if a value is a string or none
     */
    public synchronized void setInputs(String methodName, List<Value> values) throws ExecuTorchException {
        requireText(methodName, "methodName");
        try (PackedValues packed = PackedValues.of(values, "input", methodName)) {
            run(handle -> nativeSetInputs(handle, methodName, packed.tags, packed.payloads));
        }
    }

    /**
     * Binds all inputs of {@code "forward"}; see {@link #setInputs(String, List)}.
     *
     * @param values one value per input
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setInputs(List<Value> values) throws ExecuTorchException {
        setInputs(FORWARD, values);
    }

    /**
     * Binds all inputs of {@code "forward"}; see {@link #setInputs(String, List)}.
     *
     * @param values one value per input
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setInputs(Value... values) throws ExecuTorchException {
        setInputs(FORWARD, Arrays.asList(Objects.requireNonNull(values, "values")));
    }

    /**
     * Makes a caller's tensor the buffer an output of a method is written into, loading the method
     * first if needed. The runtime accepts this only for outputs that are not memory-planned
     * ({@link ErrorCode#INVALID_STATE} for a planned one) and only when the tensor holds at least the
     * output's bytes. The method then writes each execution's output into the tensor's data (for a
     * no-copy tensor: the caller's buffer); the outputs {@link #execute(String, List)} returns are
     * still copies. The module keeps the tensor's native data alive until the binding is replaced,
     * the method unloaded or the module closed.
     *
     * <p>An integer, double or boolean value is passed to the runtime, which refuses it with
     * {@link ErrorCode#INVALID_ARGUMENT}; strings and none are rejected here.
     *
     * @param methodName the method
     * @param output the output buffer: a tensor value (or a scalar, which the runtime refuses)
     * @param index the output index
     * @throws ExecuTorchException if the runtime refuses
     * @throws IllegalArgumentException if the value is a string or none, or the index is negative
     */
    public synchronized void setOutput(String methodName, Value output, int index) throws ExecuTorchException {
        requireText(methodName, "methodName");
        endOutputViews();
        try (PackedValues packed = PackedValues.of(List.of(Objects.requireNonNull(output, "output")), "output", methodName)) {
            requireIndex(index, "output");
            run(handle -> nativeSetOutput(handle, methodName, packed.tags[0], packed.payloads[0], index));
        }
    }

    /**
     * Makes a tensor the buffer of an output of a method; see {@link #setOutput(String, Value, int)}.
     *
     * @param methodName the method
     * @param output the output buffer
     * @param index the output index
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setOutput(String methodName, Tensor output, int index) throws ExecuTorchException {
        setOutput(methodName, Value.of(Objects.requireNonNull(output, "output")), index);
    }

    /**
     * Makes a tensor the buffer of an output of {@code "forward"}; see
     * {@link #setOutput(String, Value, int)}.
     *
     * @param output the output buffer
     * @param index the output index
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setOutput(Tensor output, int index) throws ExecuTorchException {
        setOutput(FORWARD, output, index);
    }

    /**
     * Makes a tensor the buffer of output 0 of {@code "forward"}; see
     * {@link #setOutput(String, Value, int)}.
     *
     * @param output the output buffer
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setOutput(Tensor output) throws ExecuTorchException {
        setOutput(FORWARD, output, 0);
    }

    /**
     * Makes a value the buffer of an output of {@code "forward"}; see
     * {@link #setOutput(String, Value, int)}.
     *
     * @param output the output buffer
     * @param index the output index
     * @throws ExecuTorchException if the runtime refuses
     */
    public void setOutput(Value output, int index) throws ExecuTorchException {
        setOutput(FORWARD, output, index);
    }

    // ---------------------------------------------------------------- metadata

    /**
     * Describes a method as the program declares it. Loads the program if needed, but not the
     * method.
     *
     * @param methodName the method
     * @return the method's metadata
     * @throws ExecuTorchException if the program cannot be loaded, or
     *     {@link ErrorCode#INVALID_ARGUMENT} if it has no such method
     */
    public synchronized MethodMetadata methodMetadata(String methodName) throws ExecuTorchException {
        requireText(methodName, "methodName");
        return call(handle -> MethodMetadata.fromNative(nativeMethodMetadata(handle, methodName)));
    }

    // ---------------------------------------------------------------- execution

    /**
     * Runs a method, loading the program and the method first if needed.
     *
     * @param methodName the method to run
     * @param inputs the inputs, bound to input 0, 1, ... of the method; inputs not given keep what
     *     an earlier execution bound
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails to load, bind or run the method
     * @throws IllegalArgumentException if an input is a string or none value
     * @throws IllegalStateException if an input tensor or this module is closed
     */
    public synchronized List<Value> execute(String methodName, List<Value> inputs) throws ExecuTorchException {
        return runMethod(methodName, inputs, Module::nativeExecute, Module::unpackOutputs);
    }

    /** One of the two native entry points that run a method: outputs copied out, or left in place. */
    @FunctionalInterface
    private interface NativeExecution {
        long[] run(long handle, String methodName, int[] tags, long[] payloads) throws ExecuTorchException;
    }

    /** What a caller makes of the output words of an execution, given the module's handle. */
    @FunctionalInterface
    private interface OutputWords<T> {
        T read(long[] words, long handle);
    }

    /**
     * Runs a method: ends the views of the last in-place execution, packs the inputs, makes the native
     * call under the module's handle, counts the method's planned memory once, and reads the outputs.
     */
    private <T> T runMethod(String methodName, List<Value> inputs, NativeExecution execution, OutputWords<T> outputs)
            throws ExecuTorchException {
        requireText(methodName, "methodName");
        endOutputViews();
        try (PackedValues packed = PackedValues.of(inputs, "input", methodName)) {
            return call(handle -> {
                long[] words = execution.run(handle, methodName, packed.tags, packed.payloads);
                countPlannedMemory(handle, methodName);
                return outputs.read(words, handle);
            });
        }
    }

    /**
     * Runs a method with the given values as inputs; see {@link #execute(String, List)}.
     *
     * @param methodName the method to run
     * @param inputs the inputs, bound to input 0, 1, ...
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> execute(String methodName, Value... inputs) throws ExecuTorchException {
        return execute(methodName, Arrays.asList(Objects.requireNonNull(inputs, "inputs")));
    }

    /**
     * Runs a method with the given tensors as inputs; see {@link #execute(String, List)}.
     *
     * @param methodName the method to run
     * @param inputs the input tensors, bound to input 0, 1, ...
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> execute(String methodName, Tensor... inputs) throws ExecuTorchException {
        return execute(methodName, tensorValues(inputs));
    }

    /**
     * Runs a method without inputs (or with the inputs an earlier execution bound); see
     * {@link #execute(String, List)}.
     *
     * @param methodName the method to run
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> execute(String methodName) throws ExecuTorchException {
        return execute(methodName, List.of());
    }

    /**
     * Runs {@code "forward"}: the same as {@code execute("forward", inputs)}.
     *
     * @param inputs the inputs, bound to input 0, 1, ...
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> forward(List<Value> inputs) throws ExecuTorchException {
        return execute(FORWARD, inputs);
    }

    /**
     * Runs {@code "forward"} with the given values as inputs.
     *
     * @param inputs the inputs, bound to input 0, 1, ...
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> forward(Value... inputs) throws ExecuTorchException {
        return execute(FORWARD, inputs);
    }

    /**
     * Runs {@code "forward"} with the given tensors as inputs.
     *
     * @param inputs the input tensors, bound to input 0, 1, ...
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> forward(Tensor... inputs) throws ExecuTorchException {
        return execute(FORWARD, inputs);
    }

    /**
     * Runs {@code "forward"} without inputs.
     *
     * @return the outputs, in order; tensors are new copies owned by the caller
     * @throws ExecuTorchException if the runtime fails
     */
    public List<Value> forward() throws ExecuTorchException {
        return execute(FORWARD);
    }

    /**
     * Runs a method, loading the program and the method first if needed, and leaves its outputs where the
     * runtime wrote them: nothing is copied. The result reads them in place, and only until this module's
     * next execution (of any method, by either {@code execute} or this), an {@link #unload(String)}, a
     * {@code setOutput} or {@link #close()}; after that every read of it throws
     * {@link IllegalStateException}, because the runtime reuses or frees that memory. Use
     * {@link #execute(String, List)} for outputs that outlive the next execution.
     *
     * @param methodName the method to run
     * @param inputs the inputs, bound to input 0, 1, ... as for {@link #execute(String, List)}
     * @return the outputs, read in place until the next execution
     * @throws ExecuTorchException if the runtime fails to load, bind or run the method
     * @throws IllegalArgumentException if an input is a string or none value
     * @throws IllegalStateException if an input tensor or this module is closed, or an
     *     {@link OutputView#read} callback of this module is running
     */
    public synchronized OutputViews executeInPlace(String methodName, List<Value> inputs) throws ExecuTorchException {
        return runMethod(methodName, inputs, Module::nativeExecuteInPlace, (words, handle) -> {
            OutputView.Memory[] memory = outputMemory.get(methodName);
            if (memory == null || memory.length != words.length / 3) {
                memory = new OutputView.Memory[words.length / 3];
                outputMemory.put(methodName, memory);
            }
            return new OutputViews(this, outputGeneration, words, handle, memory);
        });
    }

    /**
     * Runs {@code "forward"} with the given tensors as inputs, leaving its outputs in place; see
     * {@link #executeInPlace(String, List)}.
     *
     * @param inputs the input tensors, bound to input 0, 1, ...
     * @return the outputs, read in place until the next execution
     * @throws ExecuTorchException if the runtime fails
     */
    public OutputViews forwardInPlace(Tensor... inputs) throws ExecuTorchException {
        return executeInPlace(FORWARD, tensorValues(inputs));
    }

    /** Ends the outputs of the latest {@link #executeInPlace}; refused while one of them is being read. Hold the lock. */
    private void endOutputViews() {
        if (viewReads > 0) {
            throw new IllegalStateException("an output of this module is being read in place (OutputView.read): it "
                    + "cannot run, unload or set an output until that read returns");
        }
        outputGeneration++;
    }

    /** Whether in-place outputs made at generation are still readable. */
    synchronized boolean outputsValid(long generation) {
        return generation == outputGeneration && !isClosed();
    }

    /**
     * One read of an in-place output made at generation: refused once that generation has ended, and holding
     * the module (its lock and its native handle) for the read, so no execution, unload or free can overlap it.
     */
    synchronized <T> T readOutput(long generation, String what, NativeCall<T, RuntimeException> read) {
        if (generation != outputGeneration || isClosed()) {
            throw new IllegalStateException(what + " is no longer readable: outputs read in place (executeInPlace) are "
                    + "valid only until the module's next execution, unload, setOutput or close; use execute for "
                    + "outputs that outlive them");
        }
        return call(handle -> {
            viewReads++;
            try {
                return read.apply(handle);
            } finally {
                viewReads--;
            }
        });
    }

    /** Closes the module: unloads everything and frees the runtime's module. Idempotent. */
    @Override
    public synchronized void close() {
        outputGeneration++;
        super.close();
    }

    @Override
    public String toString() {
        return "Module{" + filePath + (dataFilePaths.isEmpty() ? "" : ", data " + dataFilePaths) + ", " + loadMode
                + (isClosed() ? ", closed" : "") + "}";
    }

    private static List<Value> tensorValues(Tensor[] tensors) {
        Objects.requireNonNull(tensors, "inputs");
        List<Value> values = new ArrayList<>(tensors.length);
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i] == null) {
                throw new NullPointerException("input tensor " + i + " is null");
            }
            values.add(Value.of(tensors[i]));
        }
        return values;
    }

    /** The words {@link #nativeExecute} returns per output: tag, payload, bytes a tensor owns. */

    /**
     * Decodes what {@link #nativeExecute} returns, with the module's handle held (string outputs are fetched
     * with it); on any failure the native tensors not yet wrapped are freed so nothing leaks (and none is
     * freed twice: a wrapped one belongs to its Tensor).
     */
    private static List<Value> unpackOutputs(long[] words, long handle) {
        int count = words.length / NativeLayout.VALUE_WORDS;
        String[] strings = null;
        Value[] outputs = new Value[count];
        int i = 0;
        try {
            for (; i < count; i++) {
                Value.Tag tag = Value.Tag.fromNumber((int) words[NativeLayout.VALUE_WORDS * i + NativeLayout.VALUE_TAG]);
                long payload = words[NativeLayout.VALUE_WORDS * i + NativeLayout.VALUE_PAYLOAD];
                switch (tag) {
                    case TENSOR:
                        Tensor tensor = Tensor.fromHandle(payload, words[NativeLayout.VALUE_WORDS * i + NativeLayout.VALUE_BYTES]);
                        words[NativeLayout.VALUE_WORDS * i + NativeLayout.VALUE_PAYLOAD] = 0;  // owned by the Tensor now: not freed again below
                        outputs[i] = Value.of(tensor);
                        break;
                    case INTEGER:
                        outputs[i] = Value.of(payload);
                        break;
                    case DOUBLE:
                        outputs[i] = Value.of(Double.longBitsToDouble(payload));
                        break;
                    case BOOLEAN:
                        outputs[i] = Value.of(payload != 0);
                        break;
                    case STRING:
                        if (strings == null) {
                            strings = nativeTakeOutputStrings(handle);
                        }
                        outputs[i] = Value.of(strings[i]);
                        break;
                    case NONE:
                        outputs[i] = Value.none();
                        break;
                    default:
                        throw new IllegalStateException("native code returned an output with tag " + tag);
                }
            }
        } catch (RuntimeException | Error e) {
            for (int j = i; j < count; j++) {
                if (words[NativeLayout.VALUE_WORDS * j + NativeLayout.VALUE_TAG] == Value.Tag.TENSOR.number() && words[NativeLayout.VALUE_WORDS * j + NativeLayout.VALUE_PAYLOAD] != 0) {
                    freeTensor(words[NativeLayout.VALUE_WORDS * j + NativeLayout.VALUE_PAYLOAD]);
                }
            }
            throw e;
        }
        return Collections.unmodifiableList(Arrays.asList(outputs));
    }

    private static void freeTensor(long handle) {
        Tensor.fromHandle(handle, 0).close();
    }

    private static void requireIndex(int index, String what) {
        if (index < 0) {
            throw new IllegalArgumentException(what + " index " + index + " is negative");
        }
    }

    private static String requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name + " contains a NUL character: '" + text.replace("\0", "\\0") + "'");
        }
        return text;
    }

    // ---------------------------------------------------------------- native (module_jni.cpp)

    private static native long nativeCreate(String filePath, String[] dataFilePaths, int loadMode);

    private static native void nativeDestroy(long handle);

    private static native void nativeLoad(long handle, int verification) throws ExecuTorchException;

    private static native void nativeLoadMethod(long handle, String methodName) throws ExecuTorchException;

    private static native void nativeLoadWithOptions(long handle, long optionsHandle, int verification)
            throws ExecuTorchException;

    private static native void nativeLoadMethodWithOptions(long handle, String methodName, long optionsHandle)
            throws ExecuTorchException;

    /** The stored backend options, packed as {@link NativeLayout} states ({@code OPTIONS_*}). */
    private static native Object[] nativeBackendOptions(long handle);

    // module_trace_jni.cpp

    private static native void nativeEnableTracing(long handle) throws ExecuTorchException;

    private static native boolean nativeIsTracing(long handle);

    private static native byte[] nativeTakeTrace(long handle) throws ExecuTorchException;

    private static native boolean nativeIsLoaded(long handle);

    private static native boolean nativeIsMethodLoaded(long handle, String methodName);

    private static native String[] nativeMethodNames(long handle) throws ExecuTorchException;

    private static native boolean nativeUnloadMethod(long handle, String methodName);

    /** The total size of the method's memory-planned buffers; 0 if it has none or the program has no such method. */
    private static native long nativePlannedBytes(long handle, String methodName);

    private static native void nativeSetInput(long handle, String methodName, int tag, long payload, int index)
            throws ExecuTorchException;

    private static native void nativeSetInputs(long handle, String methodName, int[] tags, long[] payloads)
            throws ExecuTorchException;

    private static native void nativeSetOutput(long handle, String methodName, int tag, long payload, int index)
            throws ExecuTorchException;

    /** The method's metadata, packed as {@link NativeLayout} states ({@code METHOD_*}, {@code RECORD_*}). */
    private static native Object[] nativeMethodMetadata(long handle, String methodName) throws ExecuTorchException;

    /**
     * Binds the inputs, runs the method and copies the outputs.
     *
     * <p>Inputs arrive as parallel arrays, one entry per input: {@code tags[i]} is the
     * {@link Value.Tag} number and {@code payloads[i]} the tensor handle, the integer, the boolean as
     * 0/1, or the raw bits of the double. The result holds the outputs laid out as {@link NativeLayout}
     * states ({@code VALUE_*}): the tag number, the same kind of payload (a new tensor handle owned by the
     * caller for tensors), and the data bytes that tensor owns (0 for other values). String outputs' texts are taken with {@link #nativeTakeOutputStrings}.
     */
    private static native long[] nativeExecute(long handle, String methodName, int[] tags, long[] payloads)
            throws ExecuTorchException;

    /** The texts of the latest execution's string outputs, one per output (empty for others); null if none. */
    static native String[] nativeTakeOutputStrings(long handle);

    // ---------------------------------------------------------------- native (module_views_jni.cpp)

    /** Runs like {@link #nativeExecute} and keeps the outputs in place: tensor payloads are 0, their bytes in place. */
    private static native long[] nativeExecuteInPlace(long handle, String methodName, int[] tags, long[] payloads)
            throws ExecuTorchException;

    /** A direct buffer over in-place output index's data; null when it has no bytes. */
    static native java.nio.ByteBuffer nativeOutputBuffer(long handle, int index);

    /** In-place output index's metadata, packed as {@link Tensor.Metadata} reads it. */
    static native long[] nativeOutputMetadata(long handle, int index);
}
