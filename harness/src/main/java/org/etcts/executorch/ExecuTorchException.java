package org.etcts.executorch;

import java.util.List;
import java.util.Objects;

/**
 * An error reported by the ExecuTorch runtime. It carries the runtime's error code both as an
 * {@link ErrorCode} and as the raw number, which is kept even when the code is
 * {@link ErrorCode#UNKNOWN}.
 *
 * <p>The message says what failed and how, e.g.
 * {@code load method 'backward' failed: InvalidArgument (18)}, followed by what the binding found
 * out about the cause ({@code : m.pte is truncated: its header says 1156 bytes, the file has 578}) and by
 * the runtime's own explanation when it logged one during the failing call:
 * {@code load program 'm.pte' failed: InvalidProgram (35); the runtime logged: E program.cpp:75] Program
 * identifier 'BP08' != expected 'ET12'} (see {@link #runtimeLog()}).
 *
 * <p>This is the only exception the native half of the binding throws; running out of native memory
 * is {@link ErrorCode#MEMORY_ALLOCATION_FAILED}. Mistakes the binding can detect before calling the runtime are reported
 * as {@link IllegalArgumentException}, {@link IllegalStateException} or {@link NullPointerException}
 * instead.
 */
public class ExecuTorchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The error domain of the documented binding; every error of this binding belongs to it. */
    public static final String DOMAIN = "org.pytorch.executorch.error";

    /** The error code ({@link ErrorCode#UNKNOWN} for numbers this binding does not know). */
    private final ErrorCode code;
    /** The raw number the runtime returned. */
    private final int number;
    /** What failed, e.g. {@code "load method 'backward'"}. */
    private final String operation;
    /** Extra detail given with the error (the documented {@code Error(code:description:)}); null for none. */
    private final String detail;
    /** The runtime's log lines of the failing call, oldest first. */
    private final List<String> runtimeLog;

    /**
     * Creates an exception for a runtime error number. Native code uses this constructor.
     *
     * @param number the runtime's error number (any value; unknown numbers map to {@link ErrorCode#UNKNOWN})
     * @param operation what failed, e.g. {@code "load method 'backward'"}
     */
    public ExecuTorchException(int number, String operation) {
        this(ErrorCode.fromNumber(number), number, operation, null, List.of());
    }

    /**
     * Creates an exception for a runtime error number with the binding's own explanation of the cause and
     * the log lines the runtime emitted during the failing call. Native code uses this constructor.
     *
     * @param number the runtime's error number (any value; unknown numbers map to {@link ErrorCode#UNKNOWN})
     * @param operation what failed, e.g. {@code "load program 'm.pte'"}
     * @param explanation what the binding found out about the cause, e.g. {@code "m.pte is truncated: its
     *     header says 1156 bytes, the file has 578"}; null or empty for none
     * @param runtimeLog the runtime's log lines of the call, oldest first; null or empty for none
     */
    public ExecuTorchException(int number, String operation, String explanation, String[] runtimeLog) {
        this(ErrorCode.fromNumber(number), number, operation, explanation,
                runtimeLog == null ? List.of() : List.of(runtimeLog));
    }

    /**
     * Creates an exception for a known error code.
     *
     * @param code the error code; its number is used as the raw number
     * @param operation what failed, e.g. {@code "load method 'backward'"}
     */
    public ExecuTorchException(ErrorCode code, String operation) {
        this(Objects.requireNonNull(code, "code"), code.number(), operation, null, List.of());
    }

    private ExecuTorchException(ErrorCode code, int number, String operation, String explanation, List<String> runtimeLog) {
        super(describe(code, number, operation) + (explanation == null || explanation.isEmpty() ? "" : ": " + explanation)
                + logged(runtimeLog));
        this.code = code;
        this.number = number;
        this.operation = operation == null ? "operation" : operation;
        this.detail = null;
        this.runtimeLog = runtimeLog;
    }

    private ExecuTorchException(int number, String detail, boolean withDetail) {
        super(localized(number, detail) + " [" + ErrorCode.fromNumber(number).runtimeName() + " (" + number + ")]");
        this.code = ErrorCode.fromNumber(number);
        this.number = number;
        this.operation = "operation";
        this.detail = detail == null || detail.isEmpty() ? null : detail;
        this.runtimeLog = List.of();
    }

    /**
     * Creates an error with extra detail, as the documented {@code Error(code:description:)} does: its
     * {@link #localizedDescription()} is {@code "<description of the code>: <detail>"}, or the code's
     * description alone when the detail is null or empty.
     *
     * @param number the error number (any value; unknown numbers map to {@link ErrorCode#UNKNOWN})
     * @param detail the extra detail, or null
     * @return the error
     */
    public static ExecuTorchException withDescription(int number, String detail) {
        return new ExecuTorchException(number, detail, true);
    }

    private static String localized(int number, String detail) {
        String base = ErrorCode.describe(number);
        return detail == null || detail.isEmpty() ? base : base + ": " + detail;
    }

    private static String describe(ErrorCode code, int number, String operation) {
        String what = operation == null || operation.isEmpty() ? "operation" : operation;
        return what + " failed: " + code.runtimeName() + " (" + number + ")";
    }

    private static String logged(List<String> runtimeLog) {
        return runtimeLog.isEmpty() ? "" : "; the runtime logged: " + String.join(" | ", runtimeLog);
    }

    /**
     * {@return the log lines the runtime emitted on the calling thread during the failing call, oldest
     * first (at most the last 16), each as {@code "<level> <file>:<line>] <text>"}, e.g.
     * {@code "E program.cpp:75] Program identifier 'BP08' != expected 'ET12'"}; empty when it logged
     * nothing (a build without logging never does) or the error did not come from the runtime}
     */
    public List<String> runtimeLog() {
        return runtimeLog;
    }

    /**
     * {@return the error code; {@link ErrorCode#UNKNOWN} if the runtime returned a number this binding
     * does not know}
     */
    public ErrorCode code() {
        return code;
    }

    /** {@return the raw error number the runtime returned} */
    public int number() {
        return number;
    }

    /** {@return what failed, without the error code, e.g. {@code "load method 'backward'"}} */
    public String operation() {
        return operation;
    }

    /** {@return the error domain, always {@value #DOMAIN}} */
    public String domain() {
        return DOMAIN;
    }

    /**
     * {@return the documented binding's description of this error: the description of its number
     * ({@link ErrorCode#describe(int)}), followed by {@code ": "} and the detail when it was created
     * with one ({@link #withDescription(int, String)}); errors the runtime returns carry no detail}
     */
    public String localizedDescription() {
        return localized(number, detail);
    }
}
