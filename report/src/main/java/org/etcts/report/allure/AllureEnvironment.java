package org.etcts.report.allure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.etcts.report.summary.BuildIdentity;
import org.etcts.report.summary.ConformanceSummary;

/** The environment block of the report's overview: what was tested, where, with what. */
public final class AllureEnvironment {

    private AllureEnvironment() {
    }

    /** The entries, in the order the overview lists them. */
    public static Map<String, String> entries(ConformanceSummary summary) {
        BuildIdentity build = summary.build();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("ExecuTorch.version", build.executorchVersion());
        entries.put("ExecuTorch.gitRevision", build.gitRevision().isEmpty() ? "not recorded by the build" : build.gitRevision());
        entries.put("ExecuTorch.source", build.source());
        entries.put("ExecuTorch.layout", build.layout());
        // The overview shows the first few entries until "Show all": the build and the platform come first.
        entries.put("Platform", summary.platform());
        build.configuration().forEach((key, value) -> entries.put("Build." + key, value));
        for (BuildIdentity.Component component : build.components()) {
            entries.put("Component." + component.name(), component.library() + " sha256:" + component.sha256()
                    + (component.targets().isEmpty() ? "" : " targets:" + String.join(",", component.targets())));
        }
        entries.put("JNI.needed", String.join(", ", build.neededLibraries()));
        entries.put("JDK", build.jdk());
        if (summary.unitTests() != null) {
            entries.put("Harness.unitTests", summary.unitTests().countsLine());
        }
        entries.put("etcts.version", summary.etctsVersion());
        return entries;
    }

    /** The entries as {@code environment.properties} text (ISO-8859-1 safe: other characters escaped). */
    public static String properties(ConformanceSummary summary) {
        StringBuilder out = new StringBuilder("# What this conformance run tested; written by etcts before Allure generates the report.\n");
        entries(summary).forEach((key, value) -> out.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
        return out.toString();
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        String value = text == null ? "" : text;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '=', ':', ' ', '#', '!' -> out.append(key || (i == 0 && c != '=' && c != ':') ? "\\" + c : String.valueOf(c));
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
