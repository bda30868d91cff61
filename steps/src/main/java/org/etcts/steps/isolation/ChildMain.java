package org.etcts.steps.isolation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of a child JVM, in one of two forms:
 * <ul>
 *   <li>{@code ChildMain <task class> <case id>...} runs each case of the task in order ({@link ChildJvm});</li>
 *   <li>{@code ChildMain --serve} runs the cases its parent sends on standard input, one request a line
 *       ({@link ChildProtocol#request}), until the input ends ({@link SharedChildJvm}).</li>
 * </ul>
 * Either way it reports each case's start and end on standard output (see {@link ChildProtocol}). If the
 * runtime takes the process down, the parent sees a started case with no end.
 */
public final class ChildMain {

    /** The argument that makes a child serve requests from standard input. */
    static final String SERVE = "--serve";

    private ChildMain() {
    }

    /**
     * Runs the cases.
     *
     * @param args the task's class name, then the case ids; or {@value #SERVE}
     * @throws Exception when the task class cannot be created, or standard input cannot be read
     */
    public static void main(String[] args) throws Exception {
        PrintStream protocol = System.out;
        // Anything else the cases print goes to stderr, so it cannot be mistaken for protocol lines.
        System.setOut(System.err);
        if (args.length == 1 && args[0].equals(SERVE)) {
            serve(protocol);
            return;
        }
        IsolatedTask task = task(args[0]);
        for (int i = 1; i < args.length; i++) {
            runCase(task, args[i], protocol);
        }
    }

    /** Runs each request of standard input, each on a fresh instance of its task, with its system properties. */
    private static void serve(PrintStream protocol) throws Exception {
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ChildProtocol.Request request = ChildProtocol.parseRequest(line);
            Map<String, String> previous = new HashMap<>();
            request.properties().forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
            try {
                runCase(task(request.task()), request.caseId(), protocol);
            } finally {
                previous.forEach((name, value) -> {
                    if (value == null) {
                        System.clearProperty(name);
                    } else {
                        System.setProperty(name, value);
                    }
                });
            }
        }
    }

    private static IsolatedTask task(String className) throws ReflectiveOperationException {
        return (IsolatedTask) Class.forName(className).getDeclaredConstructor().newInstance();
    }

    private static void runCase(IsolatedTask task, String caseId, PrintStream protocol) {
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
        // The case's stderr is all written before its end is announced: the parent cuts it out by position.
        System.err.flush();
        protocol.println(ChildProtocol.end(caseId, status, message == null ? "" : message));
        protocol.flush();
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
