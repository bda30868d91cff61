package org.etcts.executorch;

import java.util.Objects;

/**
 * How thoroughly {@link Module#load(Verification)} checks a program, mirroring
 * {@code Program::Verification} in {@code runtime/executor/program.h} (same numbers).
 */
public enum Verification {
    /** Check that the header looks right. Cheap; the default of {@link Module#load()}. */
    MINIMAL(0, "Minimal"),
    /**
     * Also check that the program's internal offsets are consistent. Builds compiled without
     * program verification fall back to {@link #MINIMAL}.
     */
    INTERNAL_CONSISTENCY(1, "InternalConsistency");

    private final int number;
    private final String runtimeName;

    Verification(int number, String runtimeName) {
        this.number = number;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's number for this level} */
    public int number() {
        return number;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "InternalConsistency"}} */
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * Parses a level name: {@code internalConsistency}, {@code InternalConsistency} or
     * {@code INTERNAL_CONSISTENCY}.
     *
     * @param name the name to parse
     * @return the level with that name
     * @throws IllegalArgumentException if no level has that name
     */
    public static Verification parse(String name) {
        Objects.requireNonNull(name, "name");
        String key = Names.normalize(Names.unqualified(name, "Verification::", "Verification."));
        for (Verification v : values()) {
            if (Names.normalize(v.name()).equals(key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verification '" + name
                + "'; expected minimal or internalConsistency");
    }
}
