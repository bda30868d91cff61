package org.etcts.report.swiftpm;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@code Package.swift} declares, as far as the swiftpm gate needs it, read from its text. Lists keep
 * the declaration order and any duplicate (a duplicate name is itself a finding).
 *
 * @param toolsVersion the {@code swift-tools-version} its first line declares, or null
 * @param platforms its {@code platforms:} entries as written (e.g. {@code .iOS(.v17)}), empty when none
 * @param version the value of its {@code let version = "..."}, or null when it declares none
 * @param products its library products
 * @param targets its targets, binary and source
 * @param problems what could not be read (each fails the gate: an unreadable manifest is not a pass)
 */
public record SwiftManifest(String toolsVersion, List<String> platforms, String version, List<Product> products, List<Target> targets,
        List<String> problems) {

    /**
     * A library product.
     *
     * @param name its name
     * @param targets the targets it names
     * @param declaredAt where in the manifest, e.g. {@code line 42} or {@code table entry 'executorch' of products}
     */
    public record Product(String name, List<String> targets, String declaredAt) {
    }

    /** How a target gets its code. */
    public enum Kind {
        /** {@code .binaryTarget(name:, url:, checksum:)}: a zip downloaded and checked against its checksum. */
        BINARY_URL,
        /** {@code .binaryTarget(name:, path:)}: an artifact inside the package. */
        BINARY_PATH,
        /** {@code .target(...)}: sources (on the release branches, the wrapper that adds link settings). */
        SOURCE
    }

    /**
     * A target.
     *
     * @param name its name
     * @param kind how it gets its code
     * @param url its download URL (binary targets), or null when none can be read
     * @param checksum its checksum (binary targets), or null when none can be read
     * @param dependencies the targets it depends on within the package
     * @param declaredAt where in the manifest
     */
    public record Target(String name, Kind kind, String url, String checksum, List<String> dependencies, String declaredAt) {

        /** Whether it is a binary target. */
        public boolean isBinary() {
            return kind != Kind.SOURCE;
        }
    }

    /** The product names, sorted, without duplicates. */
    public Set<String> productNames() {
        TreeSet<String> names = new TreeSet<>();
        products.forEach(p -> names.add(p.name()));
        return names;
    }

    /** The binary targets, in declaration order. */
    public List<Target> binaryTargets() {
        return targets.stream().filter(Target::isBinary).toList();
    }
}
