package org.etcts.steps;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.ErrorCode;

/**
 * The domain words of the features: error codes by their runtime names ({@code InvalidArgument}), and
 * bracketed number lists ({@code [1.0, 2.0]}) for tensor values and shapes.
 */
public final class ParameterTypes {

    /** An error code, by the runtime's name ({@code AccessFailed}) or the spec's ({@code accessFailed}). */
    @ParameterType("[A-Za-z][A-Za-z_]*")
    public ErrorCode errorCode(String name) {
        return RuntimeNames.parse(ErrorCode.class, name);
    }

    /** Which link of the JNI library: the variant names of native/CMakeLists.txt, in words. */
    @ParameterType("with everything the build ships|with the runtime alone|without the XNNPACK delegate|without the quantized kernels"
            + "|with a backend that reports itself unavailable")
    public String variant(String words) {
        return switch (words) {
            case "with the runtime alone" -> "runtime-only";
            case "without the XNNPACK delegate" -> "no-xnnpack";
            case "without the quantized kernels" -> "no-quantized";
            case "with a backend that reports itself unavailable" -> "unavailable-backend";
            default -> "full";
        };
    }

    /** A load mode, by the runtime's name ({@code MmapUseMlockIgnoreErrors}) or the spec's ({@code mmapUseMlockIgnoreErrors}). */
    @ParameterType("[A-Za-z][A-Za-z_]*")
    public org.etcts.executorch.LoadMode loadMode(String name) {
        return RuntimeNames.parse(org.etcts.executorch.LoadMode.class, name);
    }

    /** A list of floating-point numbers in brackets: {@code [1.0, 2.5]}. */
    @ParameterType("\\[[-+0-9.eE, ]*\\]")
    public float[] floats(String list) {
        return Literals.floats(list);
    }

    /**
     * Integers in brackets, negative ones allowed: shapes, sizes, strides, dimension orders
     * ({@code [1, 3, 224, 224]}, {@code [2, -1]}).
     */
    @ParameterType("\\[[-0-9, ]*\\]")
    public long[] dims(String list) {
        return Literals.longs(list);
    }
}
