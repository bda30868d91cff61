package org.etcts.report.swiftpm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The swiftpm release lines, read from {@code swiftpm/release-lines.json} on the classpath: the products
 * each line documents, each change against the line before with its reason and source, which products the
 * suite can test on Linux, and from which version a conformance run of the Linux wheel can exist.
 *
 * @param debugSuffix the suffix of a product's debug variant ({@code _debug})
 * @param lines the lines, oldest first
 * @param linuxComponents for a product the suite tests on Linux, the component that stands for it
 * @param notTestedOnLinux for a product the suite cannot test on Linux, why
 * @param cppSdkFrom the first version whose Linux wheel carries a C++ SDK
 * @param cppSdkReason why older versions have no conformance run
 */
public record ReleaseLines(String debugSuffix, List<ReleaseLine> lines, Map<String, String> linuxComponents,
        Map<String, String> notTestedOnLinux, String cppSdkFrom, String cppSdkReason) {

    /** The resource the lines are read from. */
    public static final String RESOURCE = "/swiftpm/release-lines.json";

    /**
     * One release line.
     *
     * @param name e.g. {@code 1.x}
     * @param from the first version it covers
     * @param products its products, without their debug variants
     * @param changes its changes against the line before
     * @param source where its product list comes from
     */
    public record ReleaseLine(String name, String from, List<String> products, List<Change> changes, String source) {
    }

    /**
     * A product that a line added or removed.
     *
     * @param product the product
     * @param change {@code added} or {@code removed}
     * @param reason why
     * @param source where the change is seen
     */
    public record Change(String product, String change, String reason, String source) {
    }

    /** Reads the lines shipped with this module. */
    public static ReleaseLines load() {
        try (InputStream in = ReleaseLines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: rebuild the report module");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks lines: each line's products must be the line before's plus its changes. */
    static ReleaseLines parse(JsonNode root) {
        Map<String, String> linux = new LinkedHashMap<>();
        Map<String, String> notTested = new LinkedHashMap<>();
        root.path("products").properties().forEach(e -> {
            if (e.getValue().hasNonNull("linux")) {
                linux.put(e.getKey(), e.getValue().get("linux").asText());
            } else if (e.getValue().hasNonNull("notTestedOnLinux")) {
                notTested.put(e.getKey(), e.getValue().get("notTestedOnLinux").asText());
            } else {
                throw new IllegalStateException(RESOURCE + ": product " + e.getKey() + " says neither what stands for it on Linux nor why it is not tested");
            }
        });
        List<ReleaseLine> lines = new ArrayList<>();
        for (JsonNode line : root.path("lines")) {
            List<String> products = new ArrayList<>();
            line.path("products").forEach(p -> products.add(p.asText()));
            List<Change> changes = new ArrayList<>();
            line.path("changes").forEach(c -> changes.add(new Change(c.path("product").asText(), c.path("change").asText(),
                    c.path("reason").asText(), c.path("source").asText())));
            lines.add(new ReleaseLine(line.path("name").asText(), line.path("from").asText(), List.copyOf(products), List.copyOf(changes),
                    line.path("source").asText()));
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no release line");
        }
        ReleaseLines read = new ReleaseLines(root.path("debugSuffix").asText("_debug"), List.copyOf(lines), Map.copyOf(linux),
                Map.copyOf(notTested), root.path("conformance").path("cppSdkFrom").asText(), root.path("conformance").path("reason").asText());
        read.checkConsistent();
        return read;
    }

    private void checkConsistent() {
        for (int i = 0; i < lines.size(); i++) {
            ReleaseLine line = lines.get(i);
            for (String product : line.products()) {
                if (!linuxComponents.containsKey(product) && !notTestedOnLinux.containsKey(product)) {
                    throw new IllegalStateException(RESOURCE + ": line " + line.name() + " lists " + product + ", which 'products' does not describe");
                }
            }
            if (i == 0) {
                continue;
            }
            ReleaseLine before = lines.get(i - 1);
            if (compareVersions(before.from(), line.from()) >= 0) {
                throw new IllegalStateException(RESOURCE + ": line " + line.name() + " does not start after line " + before.name());
            }
            TreeSet<String> expected = new TreeSet<>(before.products());
            for (Change change : line.changes()) {
                if (change.reason().isBlank() || change.source().isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": line " + line.name() + ": the change of " + change.product() + " gives no reason or source");
                }
                switch (change.change()) {
                    case "added" -> expected.add(change.product());
                    case "removed" -> expected.remove(change.product());
                    default -> throw new IllegalStateException(RESOURCE + ": line " + line.name() + ": unknown change '" + change.change() + "'");
                }
            }
            if (!expected.equals(new TreeSet<>(line.products()))) {
                throw new IllegalStateException(RESOURCE + ": line " + line.name() + " lists " + new TreeSet<>(line.products())
                        + " but the line before plus its changes give " + expected);
            }
        }
    }

    /**
     * The line a version belongs to: the newest whose {@code from} is not above it.
     *
     * @throws IllegalArgumentException when the version is older than every line
     */
    public ReleaseLine lineOf(String version) {
        ReleaseLine found = null;
        for (ReleaseLine line : lines) {
            if (compareVersions(line.from(), version) <= 0) {
                found = line;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no release line covers version " + version + ": the oldest, " + lines.get(0).name()
                    + ", starts at " + lines.get(0).from() + " (add a line to " + RESOURCE + " with its products and source)");
        }
        return found;
    }

    /** Whether the Linux wheel of a version carries a C++ SDK, so that a conformance run of it can exist. */
    public boolean hasConformanceRun(String version) {
        return compareVersions(cppSdkFrom, version) <= 0;
    }

    /** The products of a line with their debug variants, sorted. */
    public List<String> withDebugVariants(ReleaseLine line) {
        TreeSet<String> all = new TreeSet<>();
        for (String product : line.products()) {
            all.add(product);
            all.add(product + debugSuffix);
        }
        return List.copyOf(all);
    }

    /** Compares dotted numeric versions ({@code 0.10.0} after {@code 0.9.1}; a missing part counts as 0). */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
