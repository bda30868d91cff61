package org.etcts.steps.isolation;

/**
 * Work that may take its process down (the runtime answers some misuse with {@code abort()}, and some
 * programs crash it), so it runs in a child JVM. Implementations need a public no-argument
 * constructor; the child creates one and runs each case by its id.
 */
public interface IsolatedTask {

    /**
     * Runs one case.
     *
     * @param caseId which case, in the task's own terms
     * @return a one-line description of what was checked, on success
     * @throws Exception when the case fails; its message becomes the failure reason
     */
    String run(String caseId) throws Exception;
}
