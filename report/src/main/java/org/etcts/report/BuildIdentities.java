package org.etcts.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.BuildInfo;
import org.etcts.executorch.Platform;
import org.etcts.report.summary.BuildIdentity;
import org.etcts.results.JvmLauncher;

/** The identity of the build under test, from what the native build recorded ({@link BuildInfo}). */
public final class BuildIdentities {

    /** The property the native build records the wheel's {@code git_version} (or a prefix's revision) under. */
    static final String GIT_REVISION = "executorch.git.revision";

    private BuildIdentities() {
    }

    /** The identity of the build the JNI library on the classpath was linked against, and the JDK running this. */
    public static BuildIdentity current() {
        // Read without loading the library: a build the library did not compile against has an identity too.
        return of(BuildInfo.of(Platform.current()), jdk());
    }

    /**
     * The identity of the build a platform's JNI library on the classpath was linked against, read without
     * loading it, and the JDK that ran the suite: this JVM's on its own platform, else the launcher
     * ({@code etcts.jvm.launcher}) that ran the platform's JDK.
     */
    public static BuildIdentity forPlatform(String platform) {
        if (platform.equals(Platform.current())) {
            return current();
        }
        String launcher = System.getProperty(JvmLauncher.PROPERTY, "");
        return of(BuildInfo.of(platform), launcher.isBlank() ? platform + " JDK (not recorded)" : launcher.strip());
    }

    private static BuildIdentity of(BuildInfo info, String jdk) {
        List<BuildIdentity.Component> components = new ArrayList<>();
        for (String name : info.components()) {
            components.add(new BuildIdentity.Component(name, info.componentLibrary(name).orElse("unknown"),
                    info.componentSha256(name).orElse("unknown"), info.componentTargets(name)));
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("runtime.linkage", info.runtimeLinkage());
        configuration.putAll(info.configuration());
        info.apiForms().forEach((name, form) -> configuration.put("api." + name, form));
        return new BuildIdentity(info.executorchVersion(), info.gitRevision().orElse(""), info.source(), info.layout(),
                configuration, List.copyOf(components), List.copyOf(info.neededLibraries()), jdk);
    }

    /** The running JDK: vendor and full version. */
    public static String jdk() {
        return System.getProperty("java.vendor", "unknown") + " " + System.getProperty("java.runtime.version", System.getProperty("java.version"));
    }
}
