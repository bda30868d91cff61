package org.etcts.report.summary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which ExecuTorch build a run tested, as the native build recorded it, and what ran it.
 *
 * @param executorchVersion the build's version, e.g. {@code 1.5.1+cpu}
 * @param gitRevision the ExecuTorch commit the build was made from (a wheel's {@code executorch/version.py}
 *     {@code git_version}), or empty when the build does not record one. It tells apart two builds whose
 *     version strings or libraries are alike.
 * @param source where the build came from, e.g. {@code PyPI wheel executorch==1.5.1}
 * @param layout {@code wheel} or {@code prefix}
 * @param configuration what the native build found about the build where scenarios depend on it:
 *     {@code runtime.linkage}, {@code logging}, {@code verification}, and the C++ API forms the headers
 *     offer as {@code api.<name>} (see {@code BuildInfo#configuration()} and {@code BuildInfo#apiForms()})
 * @param components every linked component with its library and the library's SHA-256, in link order
 * @param neededLibraries the JNI library's DT_NEEDED entries
 * @param jdk the Java runtime that ran the report (vendor and version)
 */
public record BuildIdentity(String executorchVersion, String gitRevision, String source, String layout,
        Map<String, String> configuration, List<Component> components, List<String> neededLibraries, String jdk) {

    /** Tolerates summaries written before the revision and configuration were recorded. */
    public BuildIdentity {
        gitRevision = gitRevision == null ? "" : gitRevision;
        configuration = configuration == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        components = components == null ? List.of() : List.copyOf(components);
        neededLibraries = neededLibraries == null ? List.of() : List.copyOf(neededLibraries);
    }

    /**
     * One linked component.
     *
     * @param name its name in the suite (runtime, kernels_optimized, backend_xnnpack, ...)
     * @param library the library file that was linked
     * @param sha256 the SHA-256 of that file
     * @param targets the build's own CMake targets behind it ({@code executorch::backend_xnnpack} in the
     *     wheel, {@code xnnpack_backend} in a source build's prefix)
     */
    public record Component(String name, String library, String sha256, List<String> targets) {

        /** Tolerates summaries written before the targets were recorded. */
        public Component {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /** How many hex digits of the revision a label shows: enough to be unique in the ExecuTorch history. */
    private static final int SHORT_REVISION = 12;

    /**
     * {@return the build as people and the gate name it: the version and the short git revision, e.g.
     * {@code 1.5.1+cpu (git 3b6068392324)}, or the version and {@code (git revision unknown)}}
     */
    public String label() {
        return executorchVersion + (gitRevision.isEmpty() ? " (git revision unknown)"
                : " (git " + gitRevision.substring(0, Math.min(SHORT_REVISION, gitRevision.length())) + ")");
    }

    /** The version without its local part ({@code 1.5.1+cpu} gives {@code 1.5.1}). */
    public String baseVersion() {
        int plus = executorchVersion.indexOf('+');
        return plus < 0 ? executorchVersion : executorchVersion.substring(0, plus);
    }

    /**
     * The facts the gate's expectations may be keyed by: {@code layout}, every {@link #configuration()}
     * entry, and {@code component.<name>=linked} for each linked component.
     */
    public Map<String, String> gateKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("layout", layout);
        keys.putAll(configuration);
        components.forEach(c -> keys.put("component." + c.name(), "linked"));
        return keys;
    }
}
