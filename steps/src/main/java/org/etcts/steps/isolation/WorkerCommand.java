package org.etcts.steps.isolation;

import java.nio.file.Path;
import java.util.List;

/** How a {@link WorkerSupervisor} starts one worker JVM. */
@FunctionalInterface
public interface WorkerCommand {

    /**
     * The command line of a worker.
     *
     * @param items a file with the items to run, one per line, in order
     * @param events the events file the worker must write ({@link WorkerEvents})
     * @param errorFile where the JVM writes its crash report ({@code -XX:ErrorFile})
     * @return the command and its arguments
     */
    List<String> command(Path items, Path events, Path errorFile);
}
