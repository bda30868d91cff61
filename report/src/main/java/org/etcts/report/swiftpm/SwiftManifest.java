package org.etcts.report.swiftpm;

import java.util.List;
import java.util.Set;

/**
 * What a {@code Package.swift} declares, as far as the swiftpm gate needs it, read from its text.
 *
 * @param version the value of its {@code let version = "..."}, or null when it declares none
 * @param products the library products it declares, sorted
 * @param binaryTargets its binary targets
 * @param problems what could not be read (each fails the gate: an unreadable manifest is not a pass)
 */
public record SwiftManifest(String version, Set<String> products, List<BinaryTarget> binaryTargets, List<String> problems) {

    /**
     * A binary target.
     *
     * @param name its name
     * @param checksum its checksum, or null when the text gives none that can be read
     * @param local whether it points at a local {@code path:} instead of a download {@code url:}
     * @param declaredAt where in the manifest it is declared, e.g. {@code line 42} or {@code table entry 'executorch'}
     */
    public record BinaryTarget(String name, String checksum, boolean local, String declaredAt) {
    }
}
