package org.etcts.executorch;

/**
 * The severity of a runtime log message, mirroring {@code et_pal_log_level_t} in
 * {@code runtime/platform/platform.h}: each level is identified by an ASCII letter.
 */
public enum LogLevel {
    /** Debug detail ({@code 'D'}). Release builds of the runtime usually do not emit these. */
    DEBUG('D'),
    /** Information ({@code 'I'}). */
    INFO('I'),
    /** An error the runtime reports and returns from ({@code 'E'}). */
    ERROR('E'),
    /** A fatal error; the runtime aborts the process right after logging it ({@code 'F'}). */
    FATAL('F'),
    /** A level the runtime did not identify ({@code '?'}), or a letter this binding does not know. */
    UNKNOWN('?');

    private final char code;

    LogLevel(char code) {
        this.code = code;
    }

    /** {@return the runtime's letter for this level, e.g. {@code 'E'}} */
    public char code() {
        return code;
    }

    /**
     * The level with the given letter.
     *
     * @param code a runtime level letter
     * @return the level, or {@link #UNKNOWN} for a letter no level has
     */
    public static LogLevel fromCode(char code) {
        for (LogLevel level : values()) {
            if (level.code == code) {
                return level;
            }
        }
        return UNKNOWN;
    }
}
