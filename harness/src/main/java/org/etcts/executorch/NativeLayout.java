package org.etcts.executorch;

/**
 * The layouts of the arrays the JNI library and the binding pass each other, stated once for both sides:
 * where each item sits in an array the native code packs and the Java code unpacks. The library's
 * {@code native/src/native_layout.h} lists the same constants with the same values, and the library reads
 * these fields when it loads and refuses to load, naming the constant, when one differs.
 */
final class NativeLayout {

    // ------------------------------------------------ Tensor.nativeMetadata: long[]
    // {data type, dynamism, rank, byte count, sizes[rank], strides[rank], dim order[rank]}

    /** The tensor's {@link DataType} number. */
    static final int TENSOR_DATA_TYPE = 0;
    /** The tensor's {@link ShapeDynamism} number. */
    static final int TENSOR_DYNAMISM = 1;
    /** The number of dimensions. */
    static final int TENSOR_RANK = 2;
    /** The number of data bytes. */
    static final int TENSOR_BYTE_COUNT = 3;
    /** Where the sizes start; the strides follow at {@code + rank}, the dimension order at {@code + 2 * rank}. */
    static final int TENSOR_SIZES = 4;

    // ------------------------------------------------ Module.nativeMethodMetadata: Object[METHOD_SLOTS]

    /** String: the method name. */
    static final int METHOD_NAME = 0;
    /** int[]: the runtime tag of each input. */
    static final int METHOD_INPUT_TAGS = 1;
    /** int[]: the runtime tag of each output. */
    static final int METHOD_OUTPUT_TAGS = 2;
    /** long[]: the tensor records, inputs then outputs then attributes, each laid out as RECORD_*. */
    static final int METHOD_TENSOR_RECORDS = 3;
    /** String[]: the name of each tensor record, in record order. */
    static final int METHOD_TENSOR_NAMES = 4;
    /** long[]: the size of each memory-planned buffer. */
    static final int METHOD_BUFFER_SIZES = 5;
    /** String[]: the backends the method delegates to. */
    static final int METHOD_BACKENDS = 6;
    /** long[1]: the instruction count. */
    static final int METHOD_INSTRUCTIONS = 7;
    /** The number of slots. */
    static final int METHOD_SLOTS = 8;

    // A tensor record: {kind, index, data type, memory planned 0/1, byte count, rank, sizes[rank], dim order[rank]}

    /** RECORD_INPUT, RECORD_OUTPUT or RECORD_ATTRIBUTE. */
    static final int RECORD_KIND = 0;
    /** The input's or output's index; the attribute's position among attributes. */
    static final int RECORD_INDEX = 1;
    /** The {@link DataType} number. */
    static final int RECORD_DATA_TYPE = 2;
    /** 1 when the tensor's memory is planned, else 0. */
    static final int RECORD_MEMORY_PLANNED = 3;
    /** The number of data bytes. */
    static final int RECORD_BYTE_COUNT = 4;
    /** The number of dimensions. */
    static final int RECORD_RANK = 5;
    /** Where the sizes start; the dimension order follows at {@code + rank}, the next record at {@code + 2 * rank}. */
    static final int RECORD_SIZES = 6;
    /** A record's kind: an input. */
    static final int RECORD_INPUT = 0;
    /** A record's kind: an output. */
    static final int RECORD_OUTPUT = 1;
    /** A record's kind: an attribute. */
    static final int RECORD_ATTRIBUTE = 2;

    // ------------------------------------------------ Module.nativeExecute: Object[OUTPUTS_SLOTS]

    /** long[]: VALUE_WORDS words per output, {tag, payload} (payload as for inputs: see {@link PackedValues}). */
    static final int OUTPUTS_WORDS = 0;
    /** String[]: output i's text when output i is a string; null when no output is. */
    static final int OUTPUTS_STRINGS = 1;
    /** The number of slots. */
    static final int OUTPUTS_SLOTS = 2;
    /** The words of one output. */
    static final int VALUE_WORDS = 2;
    /** An output's first word: its {@link Value.Tag} number. */
    static final int VALUE_TAG = 0;
    /** An output's second word: its payload. */
    static final int VALUE_PAYLOAD = 1;

    // ------------------------------------------------ Log.nativeDrain: Object[LOG_SLOTS], or null when empty

    /** long[]: LOG_NUMBERS_PER_RECORD numbers per record, {level, timestamp in ns, line}. */
    static final int LOG_NUMBERS = 0;
    /** String[]: LOG_TEXTS_PER_RECORD texts per record, {file, function, message}. */
    static final int LOG_TEXTS = 1;
    /** The number of slots. */
    static final int LOG_SLOTS = 2;
    /** The numbers of one record. */
    static final int LOG_NUMBERS_PER_RECORD = 3;
    /** The texts of one record. */
    static final int LOG_TEXTS_PER_RECORD = 3;
    /** A record's first number: its {@link LogLevel} number. */
    static final int LOG_LEVEL = 0;
    /** A record's second number: its timestamp in nanoseconds. */
    static final int LOG_TIMESTAMP = 1;
    /** A record's third number: its source line. */
    static final int LOG_LINE = 2;
    /** A record's first text: its source file. */
    static final int LOG_FILE = 0;
    /** A record's second text: its function. */
    static final int LOG_FUNCTION = 1;
    /** A record's third text: its message. */
    static final int LOG_MESSAGE = 2;

    // ------------------------------------------------ backend options, both ways: Object[OPTIONS_SLOTS]
    // (Module.nativeBackendOptions returns it; BackendOptionsMap.nativeCreate takes the same arrays as arguments)

    /** String[]: the backend ids. */
    static final int OPTIONS_BACKEND_IDS = 0;
    /** int[]: the number of options of each backend. */
    static final int OPTIONS_COUNTS = 1;
    /** String[]: per option, its key. */
    static final int OPTIONS_KEYS = 2;
    /** int[]: per option, its type: OPTION_BOOLEAN, OPTION_INTEGER or OPTION_STRING. */
    static final int OPTIONS_TYPES = 3;
    /** long[]: per option, its number (a boolean as 0/1; 0 for a string). */
    static final int OPTIONS_NUMBERS = 4;
    /** String[]: per option, its string (empty for the other types). */
    static final int OPTIONS_STRINGS = 5;
    /** The number of slots. */
    static final int OPTIONS_SLOTS = 6;
    /** An option's type: boolean. */
    static final int OPTION_BOOLEAN = 0;
    /** An option's type: integer. */
    static final int OPTION_INTEGER = 1;
    /** An option's type: string. */
    static final int OPTION_STRING = 2;

    private NativeLayout() {
    }
}
