package org.etcts.executorch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Load-time options for delegate backends, by backend id (e.g. {@code "XnnpackBackend"}), over the
 * runtime's {@code executorch::runtime::LoadBackendOptionsMap}. Pass it to
 * {@link Module#load(BackendOptionsMap)} or {@link Module#load(String, BackendOptionsMap)}; backends the
 * program does not use ignore their options.
 *
 * <p><b>Validation.</b> Construction fails with an {@link ExecuTorchException} of code
 * {@link ErrorCode#INVALID_ARGUMENT} when an entry breaks the runtime's limits. The binding checks first
 * what the runtime would otherwise truncate or narrow silently: an empty backend id or option key
 * ("empty"), a key of 64 bytes or more or a string value of 256 bytes or more (UTF-8; "limit is"),
 * an integer outside the 32-bit range (the message names the key), a key given twice for one backend
 * ("duplicate") and NUL characters. The runtime's map itself refuses a backend id of 64 bytes or more
 * and a ninth backend; those errors come from it.
 *
 * <p><b>Ownership.</b> The map owns a native copy of every option; close it when done. A module that
 * loads with it deep-copies the options, so the map may be closed right after the load call returns.
 * {@link #options()} is a deep-immutable snapshot taken at construction.
 */
public final class BackendOptionsMap extends NativeResource {

    /** The runtime's longest backend id, in UTF-8 bytes ({@code kMaxBackendIdLength} 64, less the NUL). */
    public static final int MAX_BACKEND_ID_BYTES = 63;
    /** The runtime's largest number of backends in one map ({@code kMaxBackends}). */
    public static final int MAX_BACKENDS = 8;
    /** The runtime's longest option key, in UTF-8 bytes ({@code kMaxOptionKeyLength} 64, less the NUL). */
    public static final int MAX_KEY_BYTES = 63;
    /** The runtime's longest string value, in UTF-8 bytes ({@code kMaxOptionValueLength} 256, less the NUL). */
    public static final int MAX_STRING_VALUE_BYTES = 255;

    private final Map<String, List<BackendOption>> options;

    /**
     * Creates an empty map.
     *
     * @return the map
     */
    public static BackendOptionsMap empty() {
        try {
            return new BackendOptionsMap(Map.of());
        } catch (ExecuTorchException e) {
            throw new IllegalStateException("the runtime refused an empty backend options map", e);
        }
    }

    /**
     * Creates a map from options by backend id. The argument is copied: changing it afterwards does not
     * change the map. Backends keep the argument's iteration order.
     *
     * @param optionsByBackend the options of each backend
     * @throws ExecuTorchException with {@link ErrorCode#INVALID_ARGUMENT} if an entry breaks a limit of
     *     the runtime (see the class description)
     */
    public BackendOptionsMap(Map<String, ? extends List<BackendOption>> optionsByBackend) throws ExecuTorchException {
        this(snapshot(optionsByBackend), true);
    }

    private BackendOptionsMap(Map<String, List<BackendOption>> snapshot, boolean validated) throws ExecuTorchException {
        super(create(snapshot), BackendOptionsMap::nativeDestroy);
        this.options = snapshot;
    }

    private static Map<String, List<BackendOption>> snapshot(Map<String, ? extends List<BackendOption>> input)
            throws ExecuTorchException {
        Objects.requireNonNull(input, "optionsByBackend");
        Map<String, List<BackendOption>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends List<BackendOption>> entry : input.entrySet()) {
            String backend = Objects.requireNonNull(entry.getKey(), "backend id");
            List<BackendOption> list = Objects.requireNonNull(entry.getValue(), "options of backend " + backend);
            if (backend.isEmpty()) {
                throw invalid("the backend id is empty");
            }
            requireNoNul(backend, "backend id '" + backend.replace("\0", "\\0") + "'");
            Set<String> keys = new HashSet<>();
            List<BackendOption> checked = new ArrayList<>(list.size());
            for (BackendOption option : list) {
                Objects.requireNonNull(option, "an option of backend " + backend);
                validate(backend, option);
                if (!keys.add(option.key())) {
                    throw invalid("duplicate option key '" + option.key() + "' for backend '" + backend + "'");
                }
                checked.add(option);
            }
            copy.put(backend, List.copyOf(checked));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void validate(String backend, BackendOption option) throws ExecuTorchException {
        String key = option.key();
        String where = " of backend '" + backend + "'";
        if (key.isEmpty()) {
            throw invalid("an option key" + where + " is empty");
        }
        requireNoNul(key, "option key '" + key.replace("\0", "\\0") + "'" + where);
        int keyBytes = utf8Length(key);
        if (keyBytes > MAX_KEY_BYTES) {
            throw invalid("option key '" + key + "'" + where + " is " + keyBytes + " bytes; the limit is "
                    + MAX_KEY_BYTES + " bytes");
        }
        switch (option.type()) {
            case INTEGER -> {
                long value = option.intValue();
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw invalid("option '" + key + "'" + where + ": integer " + value
                            + " is outside the 32-bit range [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
                }
            }
            case STRING -> {
                String value = option.stringValue();
                requireNoNul(value, "the string value of option '" + key + "'" + where);
                int valueBytes = utf8Length(value);
                if (valueBytes > MAX_STRING_VALUE_BYTES) {
                    throw invalid("the string value of option '" + key + "'" + where + " is " + valueBytes
                            + " bytes; the limit is " + MAX_STRING_VALUE_BYTES + " bytes");
                }
            }
            case BOOLEAN -> {
                // Every boolean fits.
            }
        }
    }

    private static void requireNoNul(String text, String what) throws ExecuTorchException {
        if (text.indexOf('\0') >= 0) {
            // The runtime holds C strings: everything after a NUL would be lost.
            throw invalid(what + " contains a NUL character");
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ExecuTorchException invalid(String why) {
        return new ExecuTorchException(ErrorCode.INVALID_ARGUMENT, "create backend options map: " + why);
    }

    private static long create(Map<String, List<BackendOption>> options) throws ExecuTorchException {
        NativeLibrary.load();
        int backends = options.size();
        int total = options.values().stream().mapToInt(List::size).sum();
        String[] backendIds = new String[backends];
        int[] counts = new int[backends];
        String[] keys = new String[total];
        int[] types = new int[total];
        long[] numbers = new long[total];
        String[] strings = new String[total];
        int b = 0;
        int o = 0;
        for (Map.Entry<String, List<BackendOption>> entry : options.entrySet()) {
            backendIds[b] = entry.getKey();
            counts[b++] = entry.getValue().size();
            for (BackendOption option : entry.getValue()) {
                keys[o] = option.key();
                types[o] = typeNumber(option.type());
                switch (option.type()) {
                    case BOOLEAN -> numbers[o] = option.boolValue() ? 1 : 0;
                    case INTEGER -> numbers[o] = option.intValue();
                    case STRING -> strings[o] = option.stringValue();
                }
                o++;
            }
        }
        return nativeCreate(backendIds, counts, keys, types, numbers, strings);
    }

    private static int typeNumber(BackendOption.Type type) {
        return switch (type) {
            case BOOLEAN -> NativeLayout.OPTION_BOOLEAN;
            case INTEGER -> NativeLayout.OPTION_INTEGER;
            case STRING -> NativeLayout.OPTION_STRING;
        };
    }

    /**
     * Rebuilds options from the packed form native code returns, laid out as {@link NativeLayout} states
     * ({@code OPTIONS_*}, {@code OPTION_*}).
     */
    static Map<String, List<BackendOption>> unpack(Object[] packed) {
        String[] backendIds = (String[]) packed[NativeLayout.OPTIONS_BACKEND_IDS];
        int[] counts = (int[]) packed[NativeLayout.OPTIONS_COUNTS];
        String[] keys = (String[]) packed[NativeLayout.OPTIONS_KEYS];
        int[] types = (int[]) packed[NativeLayout.OPTIONS_TYPES];
        long[] numbers = (long[]) packed[NativeLayout.OPTIONS_NUMBERS];
        String[] strings = (String[]) packed[NativeLayout.OPTIONS_STRINGS];
        Map<String, List<BackendOption>> result = new LinkedHashMap<>();
        int o = 0;
        for (int b = 0; b < backendIds.length; b++) {
            List<BackendOption> list = new ArrayList<>(counts[b]);
            for (int i = 0; i < counts[b]; i++, o++) {
                list.add(switch (types[o]) {
                    case NativeLayout.OPTION_BOOLEAN -> BackendOption.of(keys[o], numbers[o] != 0);
                    case NativeLayout.OPTION_INTEGER -> BackendOption.of(keys[o], numbers[o]);
                    case NativeLayout.OPTION_STRING -> BackendOption.of(keys[o], strings[o]);
                    default -> throw new IllegalStateException("backend option '" + keys[o] + "' of "
                            + backendIds[b] + " has type number " + types[o] + ", which NativeLayout does not know");
                });
            }
            result.put(backendIds[b], List.copyOf(list));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * {@return the options by backend id, as given at construction: an unmodifiable map of unmodifiable
     * lists of immutable options}
     */
    public Map<String, List<BackendOption>> options() {
        return options;
    }

    /** {@return the number of backends with options} */
    public int backendCount() {
        return options.size();
    }

    /** {@return the options of one backend; empty if it has none} */
    public List<BackendOption> options(String backendId) {
        return options.getOrDefault(backendId, List.of());
    }

    /**
     * {@return the documented one-line description: {@code <ExecuTorchBackendOptionsMap (empty)>} for an
     * empty map, else e.g. {@code <ExecuTorchBackendOptionsMap XnnpackBackend: {num_threads=4}>}}
     */
    @Override
    public String toString() {
        return describe(options);
    }

    /** The description of options by backend, in the format of {@link #toString()}. */
    static String describe(Map<String, List<BackendOption>> options) {
        if (options.isEmpty()) {
            return "<ExecuTorchBackendOptionsMap (empty)>";
        }
        StringJoiner backends = new StringJoiner("; ", "<ExecuTorchBackendOptionsMap ", ">");
        for (Map.Entry<String, List<BackendOption>> entry : options.entrySet()) {
            StringJoiner list = new StringJoiner(", ", entry.getKey() + ": {", "}");
            for (BackendOption option : entry.getValue()) {
                list.add(option.key() + "=" + option.valueText());
            }
            backends.add(list.toString());
        }
        return backends.toString();
    }

    // ---------------------------------------------------------------- native (backend_options_map_jni.cpp)

    /**
     * Builds the native map. Options arrive flattened: {@code counts[b]} options for
     * {@code backendIds[b]}, each with its key, type ({@link NativeLayout}'s {@code OPTION_*}), number (the
     * integer, or 0/1 for a boolean) and string (null unless a string).
     */
    private static native long nativeCreate(String[] backendIds, int[] counts, String[] keys, int[] types,
            long[] numbers, String[] strings) throws ExecuTorchException;

    private static native void nativeDestroy(long handle);
}
