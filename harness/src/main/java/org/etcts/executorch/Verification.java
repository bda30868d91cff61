package org.etcts.executorch;

/**
 * How thoroughly {@link Module#load(Verification)} checks a program, mirroring
 * {@code Program::Verification} in {@code runtime/executor/program.h} (same numbers).
 */
public enum Verification implements RuntimeEnum {
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
    @Override
    public int number() {
        return number;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "InternalConsistency"}} */
    @Override
    public String runtimeName() {
        return runtimeName;
    }
}
