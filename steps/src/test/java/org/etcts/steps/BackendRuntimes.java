package org.etcts.steps;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Probes for the runtimes that backends load at run time rather than link: {@code @requires:backend-runtime=openvino}
 * and {@code @requires:backend-runtime=qnn}. Each answers null when the runtime is on this machine, else what
 * was looked for and where.
 */
final class BackendRuntimes {

    /** The variable the OpenVINO delegate reads for the path of {@code libopenvino_c.so}. */
    static final String OPENVINO_LIB_PATH = "OPENVINO_LIB_PATH";
    /** The variable the Qualcomm AI Engine Direct SDK is installed under. */
    static final String QNN_SDK_ROOT = "QNN_SDK_ROOT";

    private BackendRuntimes() {
    }

    /** Null when the backend's runtime is present, else the finding. */
    static String probe(String backend) {
        return switch (backend) {
            case "openvino" -> openvino();
            case "qnn" -> qnn();
            default -> throw new IllegalArgumentException("unknown backend runtime '" + backend + "' in a @requires:backend-runtime= tag");
        };
    }

    private static String openvino() {
        String path = System.getenv(OPENVINO_LIB_PATH);
        if (path != null && !path.isBlank() && Files.isRegularFile(Path.of(path))) {
            return null;
        }
        return "the OpenVINO delegate loads libopenvino_c.so at run time and this machine has none: " + OPENVINO_LIB_PATH + "="
                + (path == null ? "(unset)" : path + " (no such file)")
                + "; the build provisions openvino from PyPI into it (native/scripts/provision-openvino.sh)";
    }

    /**
     * QNN needs the Qualcomm AI Engine Direct SDK's libraries ({@code libQnnHtp.so}, {@code libQnnSystem.so}) to
     * initialise a delegated method, and a Qualcomm HTP to run it; the SDK is not on PyPI.
     */
    private static String qnn() {
        List<String> looked = new ArrayList<>();
        String root = System.getenv(QNN_SDK_ROOT);
        List<Path> dirs = new ArrayList<>();
        if (root != null && !root.isBlank()) {
            dirs.add(Path.of(root, "lib", "x86_64-linux-clang"));
            dirs.add(Path.of(root, "lib", "aarch64-android"));
        }
        String libraryPath = System.getenv("LD_LIBRARY_PATH");
        if (libraryPath != null) {
            for (String dir : libraryPath.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve("libQnnHtp.so")) && Files.isRegularFile(dir.resolve("libQnnSystem.so"))) {
                return null;
            }
            looked.add(dir.toString());
        }
        return "the QNN delegate needs the Qualcomm AI Engine Direct SDK (libQnnHtp.so, libQnnSystem.so; not on PyPI) and a"
                + " Qualcomm HTP device, and no QNN-delegated program can be exported without that SDK; " + QNN_SDK_ROOT + "="
                + (root == null ? "(unset)" : root) + ", looked in " + (looked.isEmpty() ? "no folder" : String.join(", ", looked));
    }
}
