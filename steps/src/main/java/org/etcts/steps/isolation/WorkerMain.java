package org.etcts.steps.isolation;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of a worker JVM: {@code WorkerMain scenarios|classes <items file>}. Runs the items on the
 * JUnit Platform, in order, while their start and end go to the {@link WorkerEvents} file named by
 * {@value WorkerEvents#FILE_PROPERTY}:
 * <ul>
 *   <li>{@code scenarios}: each item is a scenario, {@code <feature uri>:<line>} (the line of the scenario or
 *       of an outline's example row); the Cucumber engine runs them and the suite's
 *       {@code ScenarioEvents} plugin reports them;</li>
 *   <li>{@code classes}: each item is a JUnit Jupiter test class ({@link TestClassItem}, which may leave
 *       methods out); {@link TestClassEvents} reports them.</li>
 * </ul>
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    /**
     * Runs the items.
     *
     * @param args the mode and the items file
     * @throws IOException when the items file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("scenarios", "classes").contains(args[0])) {
            throw new IllegalArgumentException("usage: WorkerMain scenarios|classes <items file>");
        }
        Path events = WorkerEvents.fileOfThisWorker();
        if (events == null) {
            throw new IllegalStateException("a worker needs -D" + WorkerEvents.FILE_PROPERTY + "=<events file>");
        }
        List<String> items = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        boolean scenarios = args[0].equals("scenarios");
        List<DiscoverySelector> selectors = new ArrayList<>();
        Map<String, String> itemOfClass = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        for (String item : items) {
            if (scenarios) {
                selectors.add(scenarioSelector(item));
            } else {
                TestClassItem testClass = TestClassItem.parse(item);
                selectors.add(selectClass(testClass.className()));
                itemOfClass.put(testClass.className(), item);
                testClass.excluded().forEach(method -> excluded.add(testClass.className() + "#" + method));
            }
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(scenarios ? "cucumber" : "junit-jupiter"), withoutMethods(excluded))
                .build();
        Launcher launcher = LauncherFactory.create();
        if (scenarios) {
            launcher.execute(request);
        } else {
            launcher.execute(request, new TestClassEvents(events, itemOfClass));
        }
    }

    /** Leaves out the test methods named {@code <class>#<method>} (with every invocation of each). */
    private static PostDiscoveryFilter withoutMethods(Set<String> excluded) {
        return descriptor -> descriptor.getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .filter(method -> excluded.contains(method.getClassName() + "#" + method.getMethodName()))
                .map(method -> FilterResult.excluded("it crashed or hung an earlier worker"))
                .orElse(FilterResult.included("not excluded"));
    }

    /** {@code classpath:features/a.feature:12} or {@code file:/x/a.feature:12}, as a selector of that line. */
    static DiscoverySelector scenarioSelector(String item) {
        int colon = item.lastIndexOf(':');
        String uri = item.substring(0, colon);
        FilePosition line = FilePosition.from(Integer.parseInt(item.substring(colon + 1)));
        if (uri.startsWith("classpath:")) {
            return selectClasspathResource(uri.substring("classpath:".length()).replaceFirst("^/", ""), line);
        }
        return selectFile(Path.of(URI.create(uri)).toString(), line);
    }
}
