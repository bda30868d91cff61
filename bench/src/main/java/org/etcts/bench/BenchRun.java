package org.etcts.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The benchmark command's driver (./mvnw -B -o -Pbench verify -pl bench -am): measures every benchmark on
 * each side, interleaved (in every round, each benchmark is measured by Java and then C++, the order swapped
 * every other round, so a change in the machine's load falls on both sides alike), and writes
 * reports/bench.md and reports/bench.json.
 *
 * <p>Arguments: {@code --root DIR --driver FILE --rounds N --only REGEX --warmups W --iterations N
 * --iteration-millis MS --python INTERPRETER --baseline FILE} (empty values: the defaults).
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (int i = 0; i < args.length; i++) {  // a trailing option with an empty value
            if (args[i].startsWith("--") && i == args.length - 1) {
                options.put(args[i], "");
            }
        }
        Path root = Path.of(options.getOrDefault("--root", ".")).toAbsolutePath().normalize();
        String fixtures = root.resolve("fixtures").toString();
        int rounds = intOption(options, "--rounds", 3);
        Settings settings = new Settings(intOption(options, "--warmups", 4), intOption(options, "--iterations", 5),
                intOption(options, "--iteration-millis", 500));
        String only = options.getOrDefault("--only", "");
        String python = options.getOrDefault("--python", "");
        String baseline = options.getOrDefault("--baseline", "");
        Path reports = root.resolve("reports");
        Files.createDirectories(reports);

        List<Benchmarks.Benchmark> selected = new ArrayList<>();
        for (Benchmarks.Benchmark benchmark : Benchmarks.ALL) {
            if (only.isBlank() || Pattern.compile(only).matcher(benchmark.name()).find()) {
                selected.add(benchmark);
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no benchmark matches --only '" + only + "'; the benchmarks are "
                    + Benchmarks.ALL.stream().map(Benchmarks.Benchmark::name).toList());
        }
        Path logs = root.resolve("reports/bench-logs");
        JmhSide java = new JmhSide(fixtures, settings);
        DriverSide cpp = new DriverSide(List.of(options.get("--driver")), fixtures, settings, logs.resolve("cpp.log"));
        DriverSide py = python.isBlank() ? null : new DriverSide(
                List.of(python, root.resolve("bench/python/bench_driver.py").toString()), fixtures, settings,
                logs.resolve("python.log"));

        String uptimeBefore = Machine.uptime();
        Instant start = Instant.now();
        System.out.println("[etcts bench] " + selected.size() + " benchmarks x " + rounds + " rounds; " + uptimeBefore);
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Benchmarks.Benchmark benchmark : selected) {
                List<String> order = new ArrayList<>(List.of("java", "cpp"));
                if (py != null && benchmark.python()) {
                    order.add("python");
                }
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (String side : order) {
                    double load = Machine.load1();
                    List<Double> figures = switch (side) {
                        case "java" -> java.measure(benchmark);
                        case "cpp" -> cpp.measure(benchmark);
                        default -> py.measure(benchmark);
                    };
                    Sample sample = new Sample(side, round, load, figures);
                    samples.computeIfAbsent(benchmark.name(), name -> new ArrayList<>()).add(sample);
                    System.out.printf("[etcts bench] round %d/%d %-40s %-6s %s (load %.2f)%n", round, rounds,
                            benchmark.name(), side, BenchReport.time(sample.median()), load);
                }
            }
        }
        Duration took = Duration.between(start, Instant.now());
        String uptimeAfter = Machine.uptime();
        BenchReport report = new BenchReport(selected, samples, settings, rounds, uptimeBefore, uptimeAfter,
                Machine.describe(), took, baseline.isBlank() ? null : Path.of(baseline), new SuiteFigures(reports));
        report.write(reports.resolve("bench.md"), reports.resolve("bench.json"));
        System.out.println("[etcts bench] took " + took.toSeconds() + " s; " + uptimeAfter);
        System.out.println("[etcts bench] wrote " + reports.resolve("bench.md") + " and " + reports.resolve("bench.json"));
        for (String line : report.headlines()) {
            System.out.println("[etcts bench] " + line);
        }
    }

    private static int intOption(Map<String, String> options, String key, int fallback) {
        String value = options.getOrDefault(key, "");
        return value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
