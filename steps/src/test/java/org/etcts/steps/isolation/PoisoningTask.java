package org.etcts.steps.isolation;

/**
 * A task for {@link SharedChildJvmTest}: {@code poison} passes but leaves its process doomed, so that the next
 * case, {@code ok}, dies in the same process; {@code ok} passes in a process of its own; {@code die} always
 * takes its process down; {@code sleep} never ends in time.
 */
public final class PoisoningTask implements IsolatedTask {

    private static boolean poisoned;

    @Override
    public String run(String caseId) throws Exception {
        switch (caseId) {
            case "poison" -> poisoned = true;
            case "ok" -> {
                if (poisoned) {
                    Runtime.getRuntime().halt(134);
                }
            }
            case "die" -> Runtime.getRuntime().halt(134);
            case "sleep" -> Thread.sleep(60_000);
            default -> throw new IllegalArgumentException("unknown case " + caseId);
        }
        System.err.println("stderr of " + caseId);
        return "done " + caseId;
    }
}
