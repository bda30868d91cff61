package org.etcts.report.swiftpm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks a release engineer needs from a branch's {@code Package.swift}, on its text alone: the version
 * against the branch, the products against the branch's release line, every product's and target's targets
 * declared, every binary target downloadable from a well-formed URL of its own that names the version and
 * the target ({@code _debug} ones a debug artifact), every checksum 64 lowercase hex digits, no name twice,
 * and the swift-tools-version and platforms present.
 */
public final class ManifestChecks {

    /** What {@code swift package compute-checksum} prints: a SHA-256 in lowercase hex. */
    static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");

    private ManifestChecks() {
    }

    /** The manifest's version is the branch's: same version, and the same nightly day or none. */
    static void version(SwiftPmBranch branch, SwiftManifest manifest, Findings findings) {
        if (manifest.version() == null) {
            return; // the reader reported it
        }
        try {
            SwiftPmBranch declared = SwiftPmBranch.fromManifestVersion(manifest.version());
            if (!declared.version().equals(branch.version()) || !Objects.equals(declared.nightly(), branch.nightly())) {
                findings.fail("version mismatch: the manifest declares version \"" + manifest.version() + "\" (" + declared.describe()
                        + ") but branch " + branch.name() + " is the " + branch.describe());
            } else {
                findings.ok("manifest version \"" + manifest.version() + "\" matches the branch");
            }
        } catch (IllegalArgumentException e) {
            findings.fail(e.getMessage());
        }
    }

    /** The products are the line's, each with its debug variant; the drift is named both ways. */
    static void products(ReleaseLines lines, ReleaseLines.ReleaseLine line, SwiftManifest manifest, Findings findings) {
        int before = findings.failureCount();
        Set<String> declared = manifest.productNames();
        String debug = lines.debugSuffix();
        List<String> missing = new ArrayList<>();
        List<String> debugMissing = new ArrayList<>();
        for (String base : line.products()) {
            if (!declared.contains(base)) {
                missing.add(declared.contains(base + debug) ? base + " (only " + base + debug + " is declared)" : base);
            } else if (!declared.contains(base + debug)) {
                debugMissing.add(base + debug);
            }
        }
        if (!missing.isEmpty()) {
            findings.fail("products of release line " + line.name() + " missing: " + String.join(", ", missing));
        }
        if (!debugMissing.isEmpty()) {
            findings.fail("debug variants missing: " + String.join(", ", debugMissing));
        }
        Set<String> unexpected = new TreeSet<>(declared);
        unexpected.removeAll(lines.withDebugVariants(line));
        if (!unexpected.isEmpty()) {
            findings.fail("products release line " + line.name() + " does not document: " + String.join(", ", unexpected)
                    + " (a new line in " + ReleaseLines.RESOURCE + " with the reason and source, or drop them from the branch)");
        }
        if (findings.failureCount() == before) {
            findings.ok("declares the " + lines.withDebugVariants(line).size() + " products of release line " + line.name() + " ("
                    + line.products().size() + " and their " + debug + " variants), no others");
        }
    }

    /** Every product's targets and every target's dependencies are declared in the package. */
    static void targetsDeclared(SwiftManifest manifest, Findings findings) {
        int before = findings.failureCount();
        Set<String> targets = new HashSet<>();
        manifest.targets().forEach(t -> targets.add(t.name()));
        for (SwiftManifest.Product product : manifest.products()) {
            if (product.targets().isEmpty()) {
                findings.fail("product " + product.name() + " (" + product.declaredAt() + ") names no target that can be read");
            }
            List<String> undeclared = product.targets().stream().filter(t -> !targets.contains(t)).distinct().toList();
            if (!undeclared.isEmpty()) {
                findings.fail("product " + product.name() + " (" + product.declaredAt() + ") names undeclared targets: " + String.join(", ", undeclared));
            }
        }
        for (SwiftManifest.Target target : manifest.targets()) {
            List<String> undeclared = target.dependencies().stream().filter(t -> !targets.contains(t)).distinct().toList();
            if (!undeclared.isEmpty()) {
                findings.fail("target " + target.name() + " (" + target.declaredAt() + ") depends on undeclared targets: " + String.join(", ", undeclared));
            }
        }
        if (findings.failureCount() == before) {
            findings.ok("every product's targets (" + manifest.products().size() + " products) and every target's dependencies ("
                    + manifest.targets().size() + " targets) are declared");
        }
    }

    /**
     * Every binary target downloads from a well-formed https URL ending in {@code .zip} whose path names the
     * manifest's version and whose file name starts with the target's name; a {@code _debug} target's file is
     * its debug artifact and a release target's is not; no two targets share a URL or a checksum; every
     * checksum is 64 lowercase hex digits.
     */
    static void binaryTargets(SwiftManifest manifest, String debugSuffix, Findings findings) {
        int before = findings.failureCount();
        List<SwiftManifest.Target> binaries = manifest.binaryTargets();
        if (binaries.isEmpty()) {
            findings.fail("the manifest declares no binary target: the products have no prebuilt binaries");
            return;
        }
        Map<String, List<String>> byUrl = new LinkedHashMap<>();
        Map<String, List<String>> byChecksum = new LinkedHashMap<>();
        for (SwiftManifest.Target target : binaries) {
            String where = "binary target " + target.name() + " (" + target.declaredAt() + ")";
            if (target.kind() == SwiftManifest.Kind.BINARY_PATH) {
                findings.fail(where + " points at a local path: a release branch downloads its binaries by url with a checksum");
                continue;
            }
            url(target, where, manifest.version(), debugSuffix, findings);
            if (target.url() != null) {
                byUrl.computeIfAbsent(target.url(), u -> new ArrayList<>()).add(target.name());
            }
            if (target.checksum() == null) {
                findings.fail(where + " has no checksum that can be read from the manifest");
            } else if (!CHECKSUM.matcher(target.checksum()).matches()) {
                findings.fail(where + " has the checksum \"" + target.checksum() + "\": not 64 lowercase hex digits ("
                        + target.checksum().length() + " characters)");
            } else {
                byChecksum.computeIfAbsent(target.checksum(), c -> new ArrayList<>()).add(target.name());
            }
        }
        byUrl.forEach((url, names) -> {
            if (names.size() > 1) {
                findings.fail("binary targets " + String.join(", ", names) + " share the URL " + url + ": each target needs its own artifact");
            }
        });
        byChecksum.forEach((sum, names) -> {
            if (names.size() > 1) {
                findings.fail("binary targets " + String.join(", ", names) + " share the checksum " + sum + ": one zip cannot be two artifacts");
            }
        });
        if (findings.failureCount() == before) {
            findings.ok(binaries.size() + " binary targets, each with its own https URL naming its version and target and a checksum of 64 lowercase hex digits");
        }
    }

    private static void url(SwiftManifest.Target target, String where, String version, String debugSuffix, Findings findings) {
        if (target.url() == null) {
            findings.fail(where + " has no url that can be read from the manifest");
            return;
        }
        URI uri;
        try {
            uri = new URI(target.url());
        } catch (URISyntaxException e) {
            findings.fail(where + " has a malformed url \"" + target.url() + "\": " + e.getReason());
            return;
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null || !uri.getPath().endsWith(".zip")) {
            findings.fail(where + " has the url \"" + target.url() + "\": not an https URL of a .zip");
            return;
        }
        String file = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
        if (version != null && !Pattern.compile("(?<![\\d.])" + Pattern.quote(version) + "(?!\\d|\\.\\d)").matcher(uri.getPath()).find()) {
            findings.fail(where + " has the url \"" + target.url() + "\": it does not name the version " + version);
        }
        boolean debugTarget = target.name().endsWith(debugSuffix);
        boolean namesTarget = Pattern.compile(Pattern.quote(target.name()) + "(?![A-Za-z0-9_]).*").matcher(file).matches();
        if (namesTarget) {
            return;
        }
        String base = debugTarget ? target.name().substring(0, target.name().length() - debugSuffix.length()) : target.name();
        boolean namesBase = Pattern.compile(Pattern.quote(base) + "(?![A-Za-z0-9_]).*").matcher(file).matches();
        boolean namesDebugOfBase = Pattern.compile(Pattern.quote(base + debugSuffix) + "(?![A-Za-z0-9_]).*").matcher(file).matches();
        if (debugTarget && namesBase) {
            findings.fail(where + " points at the release artifact " + file + ": a " + debugSuffix + " product must download its debug build");
        } else if (!debugTarget && namesDebugOfBase) {
            findings.fail(where + " points at the debug artifact " + file + ": a release product must download its release build");
        } else {
            findings.fail(where + " has the url \"" + target.url() + "\": its file " + file + " does not name the target");
        }
    }

    /** No product and no target name is declared twice. */
    static void duplicates(SwiftManifest manifest, Findings findings) {
        List<String> products = twice(manifest.products().stream().map(SwiftManifest.Product::name).toList());
        List<String> targets = twice(manifest.targets().stream().map(SwiftManifest.Target::name).toList());
        if (!products.isEmpty()) {
            findings.fail("products declared more than once: " + String.join(", ", products));
        }
        if (!targets.isEmpty()) {
            findings.fail("targets declared more than once: " + String.join(", ", targets));
        }
        if (products.isEmpty() && targets.isEmpty()) {
            findings.ok("no product or target name is declared twice");
        }
    }

    private static List<String> twice(List<String> names) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        names.forEach(n -> {
            if (!seen.add(n)) {
                repeated.add(n);
            }
        });
        return List.copyOf(repeated);
    }

    /** The first line declares the swift-tools-version; the package declares iOS and macOS platforms. */
    static void toolsAndPlatforms(SwiftManifest manifest, Findings findings) {
        int before = findings.failureCount();
        if (manifest.toolsVersion() == null) {
            findings.fail("the first line declares no swift-tools-version (// swift-tools-version:5.9): SwiftPM refuses such a manifest");
        }
        if (manifest.platforms().isEmpty()) {
            findings.fail("the package declares no platforms: (the binaries are built for iOS and macOS; without it SwiftPM assumes older OS versions than they need)");
        } else {
            for (String platform : List.of(".iOS(", ".macOS(")) {
                if (manifest.platforms().stream().noneMatch(p -> p.startsWith(platform))) {
                    findings.fail("the package's platforms " + manifest.platforms() + " lack " + platform + "...): the binaries ship iOS and macOS slices");
                }
            }
        }
        if (findings.failureCount() == before) {
            findings.ok("swift-tools-version " + manifest.toolsVersion() + ", platforms " + String.join(", ", manifest.platforms()));
        }
    }
}
