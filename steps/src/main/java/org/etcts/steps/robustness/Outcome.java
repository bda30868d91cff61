package org.etcts.steps.robustness;

/** How the runtime took one malformed copy, worst last. */
public enum Outcome {
    /** Loading or executing failed with an error (an error code of the runtime, or the binding's refusal). */
    REFUSED,
    /** Every method of the fixture executed (damage to weights or unused parts can be harmless). */
    RAN,
    /** The child JVM ran past the per-case time limit and was killed. */
    HANG,
    /** The child JVM died (a signal: SIGSEGV, SIGABRT, SIGFPE, ...). */
    CRASH
}
