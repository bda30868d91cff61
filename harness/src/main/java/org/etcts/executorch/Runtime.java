package org.etcts.executorch;

import java.util.List;
import java.util.Objects;

/**
 * What the loaded ExecuTorch build offers: its version, the backends (delegates) registered with it
 * and the operator kernels in its registry. Registration happens when the runtime's libraries are
 * loaded, so these answers describe the build the JNI library was linked against.
 */
public final class Runtime {

    private Runtime() {
    }

    /**
     * The ExecuTorch version the JNI library was built against, as recorded by the build
     * ({@code "unknown"} if the build did not record one).
     *
     * @return the version string, e.g. {@code 1.5.1+cpu}
     */
    public static String version() {
        NativeLibrary.load();
        return nativeVersion();
    }

    /** {@return the names of the registered backends, in registration order, e.g. {@code ["XnnpackBackend"]}} */
    public static List<String> registeredBackends() {
        NativeLibrary.load();
        return List.of(nativeRegisteredBackends());
    }

    /**
     * Whether a backend with this name is registered, as the runtime's own lookup
     * ({@code get_backend_class}) answers it.
     *
     * @param name a backend id such as {@code "XnnpackBackend"}
     * @return true if the runtime finds a backend of that name
     */
    public static boolean isBackendRegistered(String name) {
        Objects.requireNonNull(name, "name");
        if (name.indexOf('\0') >= 0) {
            return false;
        }
        NativeLibrary.load();
        return nativeIsBackendRegistered(name);
    }

    /**
     * Whether a registered backend reports itself available on this machine ({@code is_available()}),
     * as the runtime asks it before initialising a delegated method. A backend that needs a runtime of
     * its own (OpenVINO loads {@code libopenvino_c.so} at run time) is unavailable without it; the
     * backend logs why.
     *
     * @param name a backend id such as {@code "OpenvinoBackend"}
     * @return true if the backend is registered and available; false otherwise
     */
    public static boolean isBackendAvailable(String name) {
        Objects.requireNonNull(name, "name");
        if (name.indexOf('\0') >= 0) {
            return false;
        }
        NativeLibrary.load();
        return nativeIsBackendAvailable(name);
    }

    /** {@return the number of kernels in the operator registry (one per operator and kernel key)} */
    public static int registeredKernelCount() {
        NativeLibrary.load();
        return nativeRegisteredKernelCount();
    }

    /**
     * The operator name of every kernel in the registry, in registry order, e.g.
     * {@code "aten::add.out"}. An operator registered with several kernel keys (for example per
     * element type) appears once per kernel.
     *
     * @return the operator names, one per registered kernel
     */
    public static List<String> registeredKernelNames() {
        NativeLibrary.load();
        return List.of(nativeRegisteredKernelNames());
    }

    /**
     * The runtime's own {@code elementSize()} for a {@code ScalarType} number, so that
     * {@link DataType#elementSize()} can be checked against the build.
     *
     * @param dataTypeNumber a number in 0..29
     * @throws IllegalArgumentException for any other number (the runtime would abort)
     */
    static int runtimeElementSize(int dataTypeNumber) {
        DataType.fromNumber(dataTypeNumber);
        NativeLibrary.load();
        return nativeElementSize(dataTypeNumber);
    }

    // ---------------------------------------------------------------- native (runtime_jni.cpp)

    private static native String nativeVersion();

    private static native String[] nativeRegisteredBackends();

    private static native boolean nativeIsBackendRegistered(String name);

    private static native boolean nativeIsBackendAvailable(String name);

    private static native int nativeRegisteredKernelCount();

    private static native String[] nativeRegisteredKernelNames();

    private static native int nativeElementSize(int dataTypeNumber);
}
