package org.etcts.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.etcts.executorch.BuildInfo;
import org.etcts.steps.report.ResultClass;
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
 * user declares it with {@code -Detcts.build.logLevel}; default Info).
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
                    : "the build under test (" + build.source() + ") ships no " + value + " component; it links " + build.components();
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
        if (kind.equals("logging")) {
            return org.etcts.steps.log.LogProbe.probe(kind, value);
        }
        throw new IllegalArgumentException("unknown capability '" + requirement + "' in a @requires: tag");
    }
}
