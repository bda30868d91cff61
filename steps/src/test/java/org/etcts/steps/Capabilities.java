package org.etcts.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.etcts.executorch.BuildInfo;
import org.etcts.results.ResultClass;
import org.etcts.steps.fixtures.BackendRuntimes;
import org.opentest4j.TestAbortedException;

/**
 * Run-time probes for the capabilities scenarios declare with {@code @requires:} tags. A missing
 * capability aborts the scenario as NOT_SUPPORTED with the probe's finding; it is never filtered out.
 *
 * <p>Known capabilities: {@code @requires:component=<name>} (the build ships and the JNI library linked
 * that component, by the suite's component names, e.g. {@code backend_xnnpack}, {@code kernels_quantized};
 * native/README.md maps a source build's target names to them); {@code @requires:mlock=allowed}
 * and {@code @requires:mlock=denied} (whether this process may lock a program's pages, and whether a child
 * without that right can be started; see {@link org.etcts.steps.module.MlockProbe}); {@code @requires:logging} and
 * {@code @requires:logging=off} (whether the build logs, probed by looking for a known log format string in the runtime library, not through
 * the sinks under test: see {@link org.etcts.steps.log.LogProbe});
 * {@code @requires:declared-log-level=<Level>} (the minimum log level the build was configured with, as the
 * user declares it with {@code -Detcts.build.logLevel}; default Info); {@code @requires:backend-runtime=<backend>}
 * (the runtime a backend loads at run time is on this machine: see {@link BackendRuntimes}).
 */
public final class Capabilities {

    private static final String PREFIX = "@requires:";

    private Capabilities() {
    }

    /** Probes every {@code @requires:} tag and aborts with all missing capabilities named. */
    public static void requireAll(Collection<String> tags) {
        List<String> missing = new ArrayList<>();
        for (String tag : tags) {
            if (tag.startsWith(PREFIX)) {
                String reason = probe(tag.substring(PREFIX.length()));
                if (reason != null) {
                    missing.add(reason);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw notSupported(String.join("; ", missing));
        }
    }

    /** The exception that marks a scenario NOT_SUPPORTED. */
    public static TestAbortedException notSupported(String reason) {
        return new TestAbortedException(ResultClass.NOT_SUPPORTED_MARKER + reason);
    }

    /** Returns null when the capability is present, otherwise what the probe found. */
    static String probe(String requirement) {
        int eq = requirement.indexOf('=');
        String kind = eq < 0 ? requirement : requirement.substring(0, eq);
        String value = eq < 0 ? "" : requirement.substring(eq + 1);
        if (kind.equals("component")) {
            BuildInfo build = BuildInfo.current();
            return build.hasComponent(value) ? null
                    : "the build under test (" + build.source() + ") ships no " + value + " component; it links " + build.components()
                    + missingComponentEffect(value);
        }
        if (kind.equals("mlock")) {
            return org.etcts.steps.module.MlockProbe.probe(value);
        }
        if (kind.equals("declared-log-level")) {
            // The runtime cannot report the minimum level it was built with, so the user declares it
            // (-Detcts.build.logLevel, default Info, the documented default) and the scenario checks the
            // runtime's behaviour against that declaration.
            String declared = System.getProperty("etcts.build.logLevel", "Info");
            return declared.equalsIgnoreCase(value) ? null
                    : "the build under test is declared with minimum log level " + declared + " (-Detcts.build.logLevel), not " + value;
        }
        if (kind.equals("backend-runtime")) {
            return BackendRuntimes.probe(value);
        }
        if (kind.equals("logging")) {
            return org.etcts.steps.log.LogProbe.probe(kind, value);
        }
        throw new IllegalArgumentException("unknown capability '" + requirement + "' in a @requires: tag");
    }

    /**
     * What the runtime does with a program that needs a component the build lacks, as documented: a backend
     * that is not linked is not registered, and a kernel library's operators are missing (SUITE-LNK-03,
     * LNK-04 and LNK-09 observe both on linkage variants).
     */
    private static String missingComponentEffect(String component) {
        if (component.startsWith("backend_")) {
            return "; without it a method delegated to that backend fails at load with NotFound (32), "
                    + "'Backend <id> is not registered.' (the documented unregistered-backend error; SUITE-LNK-03, LNK-04)";
        }
        if (component.startsWith("kernels_")) {
            return "; without it a method using its operators fails at load with OperatorMissing (20) (LNK-09)";
        }
        return "";
    }
}
