package org.etcts.steps.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.etcts.executorch.BuildInfo;
import org.etcts.executorch.Platform;
import org.etcts.executorch.Runtime;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.golden.GoldenStore;
import org.etcts.results.golden.Inventory;
import org.etcts.steps.fixtures.FixtureCheck;
import org.etcts.steps.fixtures.FixtureRun;
import org.etcts.steps.fixtures.RunResult;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;

/**
 * Records this platform's golden outputs from a run of the build under test ({@code bless}): every
 * fixture method runs in a child JVM, and its outputs are written to {@code fixtures/golden/<platform>/}
 * with the build's identity, but only when every method reproduces its eager-PyTorch reference within
 * its accuracy class: a build that fails its references is never blessed (with {@value #PARTIAL_PROPERTY},
 * the methods that do are, and those that do not get no golden). A method whose delegate is registered but
 * unavailable on this machine is not blessed here, and is listed. The build's
 * inventory of registered backends and kernels is recorded with them ({@link Inventory}).
 *
 * <p>Run it with {@code ./mvnw -B -Pbless verify} (see the README).
 */
public final class Bless {

    private Bless() {
    }

    /**
     * The system property that blesses the fixture methods that reproduce their references even when others
     * do not; those are listed and get no golden (never a golden that is off the reference).
     */
    public static final String PARTIAL_PROPERTY = "etcts.bless.partial";

    /**
     * Blesses the build under test.
     *
     * @param args unused
     * @throws IOException when a golden file cannot be written
     */
    public static void main(String[] args) throws IOException {
        FixtureCatalog catalog = FixtureCatalog.fromSystemProperty();
        GoldenStore store = new GoldenStore(catalog, Platform.current());
        BuildInfo build = BuildInfo.current();
        List<String> cases = FixtureCheck.caseIds(catalog);
        Map<String, CaseOutcome> outcomes = new ChildJvm(Duration.ofMinutes(10)).runAll(FixtureRun.class, cases);
        List<String> refused = new ArrayList<>();
        List<RunResult> results = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (String caseId : cases) {
            CaseOutcome outcome = outcomes.get(caseId);
            FixtureRun.Case run = FixtureRun.Case.parse(caseId);
            Optional<String> cannotRun = FixtureCheck.unavailableDelegate(catalog, run.model());
            if (cannotRun.isPresent()) {
                // Not this build's failure: this machine lacks what the delegate loads at run time.
                unavailable.add(caseId + ": " + cannotRun.get());
                results.add(null);
                continue;
            }
            try {
                if (outcome.status() != CaseOutcome.Status.PASS) {
                    throw new AssertionError(outcome.status() + ": " + outcome.message());
                }
                RunResult result = RunResult.parse(catalog, caseId, outcome.message());
                FixtureCheck.judge(catalog, run.model(), run.method(), result);
                results.add(result);
            } catch (AssertionError e) {
                refused.add(caseId + ": " + e.getMessage());
                results.add(null);
            }
        }
        boolean partial = Boolean.getBoolean(PARTIAL_PROPERTY);
        if (!refused.isEmpty()) {
            System.err.println("[etcts] bless refused: these fixture methods do not reproduce their references on "
                    + build.source() + ":");
            refused.forEach(line -> System.err.println("[etcts]   " + line));
            if (!partial) {
                System.err.println("[etcts] nothing was blessed; -D" + PARTIAL_PROPERTY + "=true blesses the others and leaves these without a golden");
                System.exit(1);
            }
        }
        ObjectMapper json = new ObjectMapper();
        int written = 0;
        for (int i = 0; i < cases.size(); i++) {
            FixtureRun.Case run = FixtureRun.Case.parse(cases.get(i));
            if (results.get(i) == null || results.get(i).failed()) {
                continue; // an expected load failure has no outputs to bless
            }
            String raw = outcomes.get(cases.get(i)).message();
            store.write(run.model(), run.method(), json.readTree(raw).path("runs").get(0));
            written++;
        }
        unavailable.forEach(line -> System.out.println("[etcts] not blessed here: " + line));
        store.writeBuild(Instant.now().toString(), identity(build));
        Inventory inventory = Inventory.of(Runtime.registeredBackends(), Runtime.registeredKernelNames());
        store.writeInventory(inventory);
        System.out.printf("[etcts] blessed %d fixture methods of %s for %s into %s, and its inventory: %d backends, %d kernels of %d operators%n",
                written, build.source(), store.platform(), store.dir(), inventory.backends().size(), inventory.kernelCount(),
                inventory.kernels().size());
    }

    /** What {@code build.json} records of the build: version, origin, configuration, each linked library's SHA-256. */
    private static ObjectNode identity(BuildInfo build) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("executorchVersion", build.executorchVersion()).put("source", build.source()).put("layout", build.layout());
        node.put("gitRevision", build.gitRevision().orElse(""));
        ObjectNode configuration = node.putObject("configuration");
        configuration.put("runtime.linkage", build.runtimeLinkage());
        build.configuration().forEach(configuration::put);
        build.apiForms().forEach((name, form) -> configuration.put("api." + name, form));
        ObjectNode components = node.putObject("components");
        for (String component : build.components()) {
            components.put(component, build.componentSha256(component).orElse(""));
        }
        ArrayNode needed = node.putArray("jniNeeded");
        build.neededLibraries().forEach(needed::add);
        return node;
    }
}
