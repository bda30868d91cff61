package org.etcts.steps.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.BuildInfo;
import org.etcts.executorch.Platform;
import org.etcts.executorch.Runtime;
import org.etcts.steps.fixtures.FixtureCatalog;
import org.etcts.steps.fixtures.FixtureCheck;
import org.etcts.steps.fixtures.FixtureRun;
import org.etcts.steps.fixtures.RunResult;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;

/**
 * Records this platform's golden outputs from a run of the build under test ({@code bless}): every
 * fixture method runs in a child JVM, and its outputs are written to {@code fixtures/golden/<platform>/}
 * with the build's identity, but only when every method reproduces its eager-PyTorch reference within
 * its accuracy class: a build that fails its references is never blessed. The build's inventory of
 * registered backends and kernels is recorded with them ({@link Inventory}).
 *
 * <p>Run it with {@code ./mvnw -B -Pbless verify} (see the README).
 */
public final class Bless {

    private Bless() {
    }

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
        for (String caseId : cases) {
            CaseOutcome outcome = outcomes.get(caseId);
            FixtureRun.Case run = FixtureRun.Case.parse(caseId);
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
        if (!refused.isEmpty()) {
            System.err.println("[etcts] bless refused: these fixture methods do not reproduce their references on "
                    + build.source() + ":");
            refused.forEach(line -> System.err.println("[etcts]   " + line));
            System.exit(1);
        }
        ObjectMapper json = new ObjectMapper();
        int written = 0;
        for (int i = 0; i < cases.size(); i++) {
            FixtureRun.Case run = FixtureRun.Case.parse(cases.get(i));
            if (results.get(i).failed()) {
                continue; // an expected load failure has no outputs to bless
            }
            String raw = outcomes.get(cases.get(i)).message();
            store.write(run.model(), run.method(), json.readTree(raw).path("runs").get(0));
            written++;
        }
        store.writeBuild(build, Instant.now().toString());
        Inventory inventory = Inventory.of(Runtime.registeredBackends(), Runtime.registeredKernelNames());
        store.writeInventory(inventory);
        System.out.printf("[etcts] blessed %d fixture methods of %s for %s into %s, and its inventory: %d backends, %d kernels of %d operators%n",
                written, build.source(), store.platform(), store.dir(), inventory.backends().size(), inventory.kernelCount(),
                inventory.kernels().size());
    }
}
