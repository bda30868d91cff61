package org.etcts.executorch;

/**
 * The error codes of the ExecuTorch runtime ({@code executorch::runtime::Error} in
 * {@code runtime/core/error.h}), with the same numbers. The bindings pass these numbers through
 * unchanged, so a code observed here is the code the runtime returned.
 *
 * <p>{@link #UNKNOWN} stands for any number this enum does not know (a newer runtime may add codes);
 * {@link ExecuTorchException#number()} keeps the raw number in that case.
 */
public enum ErrorCode implements RuntimeEnum {
    /** Status indicating a successful operation ({@code Error::Ok}). */
    OK(0x00, "Ok"),
    /** An internal error occurred. */
    INTERNAL(0x01, "Internal"),
    /** The executor is in an invalid state for the target operation. */
    INVALID_STATE(0x02, "InvalidState"),
    /** There are no more steps of execution to run. */
    END_OF_METHOD(0x03, "EndOfMethod"),
    /** A resource has already been loaded. */
    ALREADY_LOADED(0x04, "AlreadyLoaded"),
    /** The operation is not supported in the current context. */
    NOT_SUPPORTED(0x10, "NotSupported"),
    /** The operation is not yet implemented. */
    NOT_IMPLEMENTED(0x11, "NotImplemented"),
    /** The caller provided an invalid argument. */
    INVALID_ARGUMENT(0x12, "InvalidArgument"),
    /** An object is of an invalid type for the operation. */
    INVALID_TYPE(0x13, "InvalidType"),
    /** Operator(s) missing in the operator registry. */
    OPERATOR_MISSING(0x14, "OperatorMissing"),
    /** Registration error: exceeding the maximum number of kernels. */
    REGISTRATION_EXCEEDING_MAX_KERNELS(0x15, "RegistrationExceedingMaxKernels"),
    /** Registration error: the kernel is already registered. */
    REGISTRATION_ALREADY_REGISTERED(0x16, "RegistrationAlreadyRegistered"),
    /** The requested resource could not be found. */
    NOT_FOUND(0x20, "NotFound"),
    /** The requested memory could not be allocated. */
    MEMORY_ALLOCATION_FAILED(0x21, "MemoryAllocationFailed"),
    /** A resource could not be accessed (for example a missing file). */
    ACCESS_FAILED(0x22, "AccessFailed"),
    /** The contents of a program are invalid. */
    INVALID_PROGRAM(0x23, "InvalidProgram"),
    /** The contents of external data are invalid. */
    INVALID_EXTERNAL_DATA(0x24, "InvalidExternalData"),
    /** Not enough resources to perform the requested operation. */
    OUT_OF_RESOURCES(0x25, "OutOfResources"),
    /** Init stage: a backend received an incompatible delegate version. */
    DELEGATE_INVALID_COMPATIBILITY(0x30, "DelegateInvalidCompatibility"),
    /** Init stage: a backend failed to allocate memory. */
    DELEGATE_MEMORY_ALLOCATION_FAILED(0x31, "DelegateMemoryAllocationFailed"),
    /** Execute stage: the delegate handle is invalid. */
    DELEGATE_INVALID_HANDLE(0x32, "DelegateInvalidHandle"),
    /** A number this enum does not know; its {@link #number()} is -1. */
    UNKNOWN(-1, "Unknown");

    private final int number;
    private final String runtimeName;

    ErrorCode(int number, String runtimeName) {
        this.number = number;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's number for this code, or -1 for {@link #UNKNOWN}} */
    @Override
    public int number() {
        return number;
    }

    /**
     * {@return the name of the C++ enumerator, e.g. {@code "InvalidArgument"}; {@code "Unknown"} for
     * {@link #UNKNOWN}}
     */
    @Override
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * The code with the given runtime number.
     *
     * @param number a value of {@code executorch::runtime::Error}
     * @return the matching code, or {@link #UNKNOWN} if the number is not one this enum knows
     */
    public static ErrorCode fromNumber(int number) {
        return RuntimeEnum.byNumber(ErrorCode.class, number).orElse(UNKNOWN);
    }

    /**
     * {@return the documented binding's description of this code (its {@code ErrorDescription}), e.g.
     * {@code "Invalid argument"}; see {@link #describe(int)}}
     */
    public String description() {
        return describe(number);
    }

    /**
     * The documented binding's description of an error number ({@code ErrorDescription} of the
     * reference): {@code ""} for Ok (0), a short phrase for every code of the documented error enum,
     * and {@code "Unknown error"} for any other number. The documented enum has no AlreadyLoaded (4),
     * so 4 is described as {@code "Unknown error"} too, while {@link #fromNumber(int)} still knows it.
     *
     * @param number a runtime error number
     * @return its description
     */
    public static String describe(int number) {
        return switch (number) {
            case 0x00 -> "";
            case 0x01 -> "Internal error";
            case 0x02 -> "Invalid executor state";
            case 0x03 -> "No more execution steps";
            case 0x10 -> "Operation not supported";
            case 0x11 -> "Operation not implemented";
            case 0x12 -> "Invalid argument";
            case 0x13 -> "Invalid type";
            case 0x14 -> "Operator missing";
            case 0x15 -> "Exceeded maximum number of kernels";
            case 0x16 -> "Kernel is already registered";
            case 0x20 -> "Resource not found";
            case 0x21 -> "Memory allocation failed";
            case 0x22 -> "Access failed";
            case 0x23 -> "Invalid program contents";
            case 0x24 -> "Invalid external data";
            case 0x25 -> "Out of resources";
            case 0x30 -> "Delegate version incompatible";
            case 0x31 -> "Delegate memory allocation failed";
            case 0x32 -> "Delegate handle invalid";
            default -> "Unknown error";
        };
    }
}
