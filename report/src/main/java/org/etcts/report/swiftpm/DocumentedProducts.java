package org.etcts.report.swiftpm;

import java.util.ArrayList;
import java.util.List;

/**
 * The Swift PM products the spec documents (Integration, Swift Package Manager and Building from Source:
 * the runtime, the Core ML, MPS and XNNPACK backends, the custom, optimized, portable and quantized
 * kernels), each with the {@code _debug} variant the spec's Linkage note describes for the runtime
 * ({@code executorch_debug} keeps the logs).
 */
public final class DocumentedProducts {

    /** The suffix of a product's debug variant. */
    public static final String DEBUG_SUFFIX = "_debug";

    /** The documented products, without their debug variants. */
    public static final List<String> BASE = List.of(
            "executorch",
            "backend_coreml",
            "backend_mps",
            "backend_xnnpack",
            "kernels_custom",
            "kernels_optimized",
            "kernels_portable",
            "kernels_quantized");

    private DocumentedProducts() {
    }

    /** Every documented product and its debug variant, sorted. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (String product : BASE) {
            all.add(product);
            all.add(product + DEBUG_SUFFIX);
        }
        all.sort(null);
        return List.copyOf(all);
    }
}
