package org.etcts.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The Java side: one JMH run of one benchmark, in a JVM of its own (one fork), average time per operation. */
final class JmhSide {

    private final String fixtures;
    private final Settings settings;

    JmhSide(String fixtures, Settings settings) {
        this.fixtures = fixtures;
        this.settings = settings;
    }

    /** {@return the nanoseconds per operation of each measured iteration} */
    List<Double> measure(Benchmarks.Benchmark benchmark) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.jmhInclude())
                .forks(1)
                .warmupIterations(settings.warmups())
                .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Detcts.fixtures.dir=" + fixtures)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        benchmark.jmhParams().forEach((key, value) -> options.param(key, value));
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Double> figures = new ArrayList<>();
        for (RunResult result : results) {
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    figures.add(iteration.getPrimaryResult().getScore());
                }
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("JMH measured nothing for " + benchmark.name() + " (" + benchmark.jmhInclude()
                    + "): the benchmark failed in its fork");
        }
        return figures;
    }
}
