package org.etcts.executorch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the build the tests run on legitimately differs in, as its recorded identity says ({@link BuildInfo}:
 * found in the binary by the native build, not declared). Tests of the binding that need a capability
 * some builds lack are skipped on those builds, with the finding as the reason.
 */
final class TestBuild {

    private TestBuild() {
    }

    /** Skips the calling test unless the runtime has logging compiled in (messages to deliver to sinks). */
    static void assumeLogging() {
        BuildInfo build = BuildInfo.current();
        String logging = build.configuration().getOrDefault("logging", "on");
        assumeTrue(logging.equals("on"), () -> "the build under test does not log: "
                + build.configurationFinding("logging").orElse("logging=" + logging));
    }
}
