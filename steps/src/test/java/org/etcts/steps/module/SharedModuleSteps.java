package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.executorch.Value;
import org.etcts.steps.ScenarioState;

/**
 * One module used by several threads at once. Each thread runs add.pte's forward (x + y on float32[1])
 * with inputs of its own, different from every other thread's and from run to run, and checks that each
 * output is the sum of its own inputs: an output computed from another thread's inputs, or left over
 * from another thread's run, differs.
 */
public final class SharedModuleSteps {

    private final ScenarioState state;
    private final List<String> results = new ArrayList<>();

    /** Picocontainer injects the scenario's state. */
    public SharedModuleSteps(ScenarioState state) {
        this.state = state;
    }

    @When("{int} threads share the module and each runs forward {int} times with inputs of its own")
    public void threadsShareTheModule(int threads, int runs) throws Exception {
        Module module = state.module();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(CompletableFuture.supplyAsync(() -> runShared(module, thread, runs, start)));
        }
        start.countDown();
        results.clear();
        for (CompletableFuture<String> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        state.attach(String.join("\n", results), "text/plain", "per-thread results");
    }

    @Then("every thread got the sum of its own inputs on every run")
    public void everyThreadGotTheSumOfItsOwnInputs() {
        assertThat(results).as("per-thread results").isNotEmpty().allMatch(r -> r.startsWith("ok"));
    }

    private static String runShared(Module module, int thread, int runs, CountDownLatch start) {
        try {
            start.await();
            for (int run = 0; run < runs; run++) {
                // Small integers, so the float sum is exact; unique per (thread, run).
                float x = 1000f * (thread + 1) + run;
                float y = 0.5f * (thread + 1);
                try (Tensor a = Tensor.of(new float[] {x}, 1); Tensor b = Tensor.of(new float[] {y}, 1)) {
                    List<Value> outputs = module.forward(Value.of(a), Value.of(b));
                    try (Tensor out = outputs.get(0).toTensor()) {
                        float got = out.toFloatArray()[0];
                        if (got != x + y) {
                            return "wrong: thread " + thread + " run " + run + " expected " + (x + y) + " got " + got;
                        }
                    }
                }
            }
            return "ok: thread " + thread + ", " + runs + " runs, each output the sum of that run's inputs";
        } catch (ExecuTorchException | RuntimeException e) {
            return "error: thread " + thread + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted: thread " + thread;
        }
    }
}
