package org.etcts.steps.isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.etcts.results.JvmLauncher;

/**
 * The command line of a worker JVM ({@link WorkerMain}): this JVM's class path and its {@code etcts.*} and
 * {@code allure.*} system properties, started by the run's launcher ({@link JvmLauncher}).
 */
public final class WorkerJvm {

    /**
     * The options of every worker and child JVM: the C1 compiler alone and the serial collector. These JVMs
     * live from a fraction of a second (a probe) to about a minute (the scenario run), and run mostly
     * different code once, so the optimising compiler's threads never pay back what they cost: measured on the
     * scenario run's worker, 13.5 s of CPU time with the default compilers and 5.6 s with C1 alone
     * (reports/suite-bench.md).
     */
    static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private WorkerJvm() {
    }

    /**
     * How to start a worker in a mode of {@link WorkerMain}.
     *
     * @param mode {@code scenarios} or {@code classes}
     * @return the command of a worker for an items file
     */
    public static WorkerCommand of(String mode) {
        return (items, events, errorFile) -> command(mode, items, events, errorFile);
    }

    private static List<String> command(String mode, Path items, Path events, Path errorFile) {
        List<String> command = new ArrayList<>(JvmLauncher.command());
        command.addAll(SHORT_LIVED);
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:ErrorFile=" + errorFile);
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("etcts.") || name.startsWith("allure."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        properties.put(WorkerEvents.FILE_PROPERTY, events.toString());
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(ChildJvm.classPath());
        command.add(WorkerMain.class.getName());
        command.add(mode);
        command.add(items.toString());
        return command;
    }

    /**
     * This JVM's class path, which workers share (under Surefire, the test class path).
     *
     * @return the class path
     */
    public static String classPath() {
        return ChildJvm.classPath();
    }
}
