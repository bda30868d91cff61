package org.etcts.report.swiftpm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A swiftpm release branch as upstream names them: {@code swiftpm-<version>} for a release (e.g.
 * {@code swiftpm-1.0.0}) and {@code swiftpm-<version>.<yyyymmdd>} for the nightly of a day (e.g.
 * {@code swiftpm-0.8.0.20250829}). The spec's own example of a nightly writes the date after a hyphen
 * ({@code swiftpm-0.6.0-20250501}); that spelling is read too.
 *
 * @param name the branch name as given
 * @param version the ExecuTorch version, e.g. {@code 1.0.0}
 * @param nightly the nightly's date, or null for a release
 */
public record SwiftPmBranch(String name, String version, LocalDate nightly) {

    private static final Pattern BRANCH = Pattern.compile("swiftpm-(\\d+\\.\\d+(?:\\.\\d+)?)(?:[.-](\\d{8}))?");
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)(?:[.-](\\d{8}))?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads a branch name ({@code refs/heads/} and {@code origin/} prefixes are dropped).
     *
     * @throws IllegalArgumentException naming the expected forms when it is not a swiftpm branch
     */
    public static SwiftPmBranch parse(String branch) {
        String name = branch == null ? "" : branch.strip();
        name = name.replaceFirst("^refs/heads/", "").replaceFirst("^origin/", "");
        Matcher m = BRANCH.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + branch + "' is not a swiftpm branch: expected swiftpm-<version> (release, e.g. swiftpm-1.0.0)"
                    + " or swiftpm-<version>.<yyyymmdd> (nightly, e.g. swiftpm-0.8.0.20250829)");
        }
        return new SwiftPmBranch(name, m.group(1), m.group(2) == null ? null : date(m.group(2), "branch " + name));
    }

    /**
     * Reads a manifest's version string ({@code 1.0.0}, or {@code 0.8.0.20250829} for a nightly) into
     * the same shape.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static SwiftPmBranch fromManifestVersion(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("the manifest's version '" + version + "' is neither <version> nor <version>.<yyyymmdd>");
        }
        return new SwiftPmBranch(version, m.group(1), m.group(2) == null ? null : date(m.group(2), "manifest version " + version));
    }

    /** Whether this is a nightly branch. */
    public boolean isNightly() {
        return nightly != null;
    }

    /** How the branch reads to a person: {@code release 1.0.0} or {@code nightly 0.8.0 of 2025-08-29}. */
    public String describe() {
        return isNightly() ? "nightly " + version + " of " + nightly : "release " + version;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a date (yyyymmdd)", e);
        }
    }
}
