package org.etcts.report.gate;

/** Entry point of the gate: {@code java org.etcts.report.gate.GateMain --summary FILE --gate-dir DIR ...}; see {@link GateCommand}. */
public final class GateMain {

    private GateMain() {
    }

    /** Runs the gate and exits with its code. */
    public static void main(String[] args) {
        System.exit(GateCommand.run(args, System.out));
    }
}
