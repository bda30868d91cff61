package org.etcts.executorch;

/**
 * The severity of a runtime log message, mirroring {@code et_pal_log_level_t} in
 * {@code runtime/platform/platform.h}: each level is identified by an ASCII letter, its number.
 */
public enum LogLevel implements RuntimeEnum {
    /** Debug detail ({@code 'D'}). Release builds of the runtime usually do not emit these. */
    DEBUG('D', "kDebug"),
    /** Information ({@code 'I'}). */
    INFO('I', "kInfo"),
    /** An error the runtime reports and returns from ({@code 'E'}). */
    ERROR('E', "kError"),
    /** A fatal error; the runtime aborts the process right after logging it ({@code 'F'}). */
    FATAL('F', "kFatal"),
    /** A level the runtime did not identify ({@code '?'}), or a letter this binding does not know. */
    UNKNOWN('?', "kUnknown");

    private final char code;
    private final String runtimeName;

    LogLevel(char code, String runtimeName) {
        this.code = code;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's letter for this level, e.g. {@code 'E'}} */
    public char code() {
        return code;
    }

    /** {@return the runtime's number for this level: its letter's code} */
    @Override
    public int number() {
        return code;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "kError"}} */
    @Override
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * The level with the given number.
     *
     * @param number a runtime level letter's code
     * @return the level, or {@link #UNKNOWN} for a number no level has
     */
    public static LogLevel fromNumber(int number) {
        return RuntimeEnum.byNumber(LogLevel.class, number).orElse(UNKNOWN);
    }
}
