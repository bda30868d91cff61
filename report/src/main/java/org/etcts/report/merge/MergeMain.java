package org.etcts.report.merge;

/** Entry point of the merge command: {@code java org.etcts.report.merge.MergeMain --runs DIR --out DIR ...}; see {@link MergeCommand}. */
public final class MergeMain {

    private MergeMain() {
    }

    /** Runs the merge and exits with its code. */
    public static void main(String[] args) {
        System.exit(MergeCommand.run(args, System.out));
    }
}
