package org.etcts.steps.isolation;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Entry point of a child JVM: {@code ChildMain <task class> <case id>...}. Runs each case of the task
 * in order and reports its start and end on standard output (see {@link ChildProtocol}). If the
 * runtime takes the process down, the parent sees a started case with no end.
 */
public final class ChildMain {

    private ChildMain() {
    }

    /**
     * Runs the cases.
     *
     * @param args the task's class name, then the case ids
     * @throws ReflectiveOperationException when the task class cannot be created
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        PrintStream protocol = System.out;
        // Anything else the cases print goes to stderr, so it cannot be mistaken for protocol lines.
        System.setOut(System.err);
        IsolatedTask task = (IsolatedTask) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        for (int i = 1; i < args.length; i++) {
            String caseId = args[i];
            protocol.println(ChildProtocol.start(caseId));
            protocol.flush();
            CaseOutcome.Status status;
            String message;
            try {
                message = task.run(caseId);
                status = CaseOutcome.Status.PASS;
            } catch (Throwable failure) {
                status = CaseOutcome.Status.FAIL;
                message = describe(failure);
            }
            protocol.println(ChildProtocol.end(caseId, status, message == null ? "" : message));
            protocol.flush();
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof AssertionError && failure.getMessage() != null) {
            return failure.getMessage();
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
