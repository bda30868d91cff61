package org.etcts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * reports/bench.md and reports/bench.json: per benchmark and side, the median over the rounds of each round's
 * figure (the median of its iterations) with the spread (lowest to highest round), the Java/C++ ratio and
 * difference paired round by round, the load during the measurements, and the headlines the binding is held
 * to (per-call overhead on add.pte, output read-back against the copy in, MobileNet ratios).
 */
final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> SIDES = List.of("java", "cpp", "python");

    private final List<Benchmarks.Benchmark> benchmarks;
    private final Map<String, List<Sample>> samples;
    private final Settings settings;
    private final int rounds;
    private final String uptimeBefore;
    private final String uptimeAfter;
    private final String machine;
    private final Duration took;
    private final Path baselineFile;
    private final JsonNode baseline;
    private final SuiteFigures suite;

    BenchReport(List<Benchmarks.Benchmark> benchmarks, Map<String, List<Sample>> samples, Settings settings, int rounds,
            String uptimeBefore, String uptimeAfter, String machine, Duration took, Path baselineFile, SuiteFigures suite)
            throws IOException {
        this.suite = suite;
        this.benchmarks = benchmarks;
        this.samples = samples;
        this.settings = settings;
        this.rounds = rounds;
        this.uptimeBefore = uptimeBefore;
        this.uptimeAfter = uptimeAfter;
        this.machine = machine;
        this.took = took;
        this.baselineFile = baselineFile;
        this.baseline = baselineFile != null && Files.isRegularFile(baselineFile) ? JSON.readTree(baselineFile.toFile())
                : null;
    }

    /** A median with its spread over the rounds. */
    record Spread(double median, double min, double max, List<Double> values) {
        static Spread of(List<Double> values) {
            return new Spread(Stats.median(values), Stats.min(values), Stats.max(values), values);
        }

        boolean present() {
            return !values.isEmpty();
        }
    }

    /** {@return each round's figure of a side of a benchmark, in round order} */
    private List<Double> figures(String benchmark, String side) {
        List<Double> out = new ArrayList<>();
        for (Sample sample : samples.getOrDefault(benchmark, List.of())) {
            if (sample.side().equals(side)) {
                out.add(sample.median());
            }
        }
        return out;
    }

    private List<Double> loads(String benchmark) {
        return samples.getOrDefault(benchmark, List.of()).stream().map(Sample::load1).toList();
    }

    /** a/b (or a-b), round by round, over the rounds both have. */
    private static List<Double> paired(List<Double> a, List<Double> b, boolean ratio) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            out.add(ratio ? a.get(i) / b.get(i) : a.get(i) - b.get(i));
        }
        return out;
    }

    private Spread side(String benchmark, String side) {
        return Spread.of(figures(benchmark, side));
    }

    private Spread ratio(String a, String sideA, String b, String sideB) {
        return Spread.of(paired(figures(a, sideA), figures(b, sideB), true));
    }

    private Spread overhead(String benchmark) {
        return Spread.of(paired(figures(benchmark, "java"), figures(benchmark, "cpp"), false));
    }

    private Double baselineJava(String benchmark) {
        if (baseline == null) {
            return null;
        }
        for (JsonNode node : baseline.path("benchmarks")) {
            if (node.path("name").asText().equals(benchmark) && node.path("sides").has("java")) {
                return node.path("sides").path("java").path("median").asDouble();
            }
        }
        return null;
    }

    private Double baselineOverhead(String benchmark) {
        if (baseline == null) {
            return null;
        }
        for (JsonNode node : baseline.path("benchmarks")) {
            if (node.path("name").asText().equals(benchmark) && node.has("javaMinusCppNs")) {
                return node.path("javaMinusCppNs").path("median").asDouble();
            }
        }
        return null;
    }

    /** {@return the lines the binding is held to (docs: bench/README.md), for the report and the console} */
    List<String> headlines() {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("forward.add", "forwardInPlace.add")) {
            if (samples.containsKey(name)) {
                Spread java = side(name, "java");
                Spread cpp = side(name, "cpp");
                Spread over = overhead(name);
                Double before = baselineOverhead(name);
                lines.add(String.format(Locale.ROOT, "%s: Java %s, C++ %s, overhead %s [%s .. %s] per call%s", name,
                        time(java.median()), time(cpp.median()), time(over.median()), time(over.min()),
                        time(over.max()), before == null ? "" : " (baseline " + time(before) + ")"));
            }
        }
        for (String read : List.of("read.toFloatArray", "read.copyTo")) {
            if (samples.containsKey(read) && samples.containsKey("tensor.fromFloatArray")) {
                Spread ratio = ratio(read, "java", "tensor.fromFloatArray", "java");
                lines.add(String.format(Locale.ROOT,
                        "read-back %s %s vs the copy in (Tensor.of(float[])) %s: ratio %.2f [%.2f .. %.2f]", read,
                        time(side(read, "java").median()), time(side("tensor.fromFloatArray", "java").median()),
                        ratio.median(), ratio.min(), ratio.max()));
            }
        }
        for (String model : List.of("mobilenet_v3_small", "mobilenet_v3_small_xnnpack", "mobilenet_v3_small_xnnpack_q8")) {
            String name = "forward." + model;
            if (samples.containsKey(name)) {
                Spread r = ratio(name, "java", name, "cpp");
                lines.add(String.format(Locale.ROOT, "%s: Java/C++ %.3f [%.3f .. %.3f] (Java %s, C++ %s)", name,
                        r.median(), r.min(), r.max(), time(side(name, "java").median()), time(side(name, "cpp").median())));
            }
        }
        return lines;
    }

    void write(Path markdown, Path json) throws IOException {
        Files.writeString(markdown, markdown());
        JSON.writeValue(json.toFile(), json());
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        boolean python = samples.values().stream().flatMap(List::stream).anyMatch(s -> s.side().equals("python"));
        md.append("# Benchmarks: the Java binding beside C++").append(python ? " and Python" : "").append("\n\n");
        md.append("Written by `./mvnw -B -o -Pbench verify -pl bench -am` (bench/README.md) at ").append(Instant.now())
                .append(", in ").append(took.toSeconds()).append(" s.\n\n");
        md.append("- Machine: ").append(machine).append("\n");
        md.append("- Load before: `").append(uptimeBefore).append("`\n");
        md.append("- Load after: `").append(uptimeAfter).append("`\n");
        md.append("- ").append(rounds).append(" interleaved rounds; in each, every benchmark is measured by each side in")
                .append(" turn (order swapped every other round), each measurement in a fresh process (JMH: one fork):")
                .append(" ").append(settings.warmups()).append(" warm-up and ").append(settings.iterations())
                .append(" measured iterations of ").append(settings.iterationMillis()).append(" ms.\n");
        md.append("- A figure is the median over the rounds of each round's median iteration; [low .. high] is the")
                .append(" spread over the rounds. Ratios and differences are paired round by round. The machine is")
                .append(" shared: only ratios and differences from the same round compare.\n");
        if (baselineFile != null) {
            md.append("- Baseline (\"before\"): `").append(baselineFile.getFileName()).append("`")
                    .append(baseline == null ? " (not found)" : ", " + baseline.path("date").asText() + ", load `"
                            + baseline.path("uptimeBefore").asText() + "`").append("\n");
        }
        md.append("\n## Headlines\n\n");
        for (String line : headlines()) {
            md.append("- ").append(line).append("\n");
        }
        md.append("\n## All benchmarks\n\n");
        md.append("| benchmark | Java | C++ |").append(python ? " Python |" : "")
                .append(" Java/C++ | Java − C++ |").append(baseline != null ? " Java before |" : "")
                .append(" load (1 min) | what |\n");
        md.append("|---|---|---|").append(python ? "---|" : "").append("---|---|")
                .append(baseline != null ? "---|" : "").append("---|---|\n");
        for (Benchmarks.Benchmark benchmark : benchmarks) {
            String name = benchmark.name();
            if (!samples.containsKey(name)) {
                continue;
            }
            Spread ratio = ratio(name, "java", name, "cpp");
            Spread over = overhead(name);
            Spread load = Spread.of(loads(name));
            md.append("| ").append(name).append(" | ").append(cell(side(name, "java"))).append(" | ")
                    .append(cell(side(name, "cpp"))).append(" | ");
            if (python) {
                md.append(cell(side(name, "python"))).append(" | ");
            }
            md.append(String.format(Locale.ROOT, "%.3f [%.3f .. %.3f]", ratio.median(), ratio.min(), ratio.max()))
                    .append(" | ").append(time(over.median())).append(" [").append(time(over.min())).append(" .. ")
                    .append(time(over.max())).append("] | ");
            if (baseline != null) {
                Double before = baselineJava(name);
                md.append(before == null ? "–" : time(before)).append(" | ");
            }
            md.append(String.format(Locale.ROOT, "%.2f [%.2f .. %.2f]", load.median(), load.min(), load.max()))
                    .append(" | ").append(benchmark.what()).append(" |\n");
        }
        md.append(suite.markdown());
        return md.toString();
    }

    private static String cell(Spread spread) {
        return spread.present() ? time(spread.median()) + " [" + time(spread.min()) + " .. " + time(spread.max()) + "]"
                : "–";
    }

    private ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("date", Instant.now().toString());
        root.put("machine", machine);
        root.put("uptimeBefore", uptimeBefore);
        root.put("uptimeAfter", uptimeAfter);
        root.put("tookSeconds", took.toSeconds());
        root.put("rounds", rounds);
        ObjectNode settingsNode = root.putObject("settings");
        settingsNode.put("warmups", settings.warmups());
        settingsNode.put("iterations", settings.iterations());
        settingsNode.put("iterationMillis", settings.iterationMillis());
        if (baselineFile != null) {
            root.put("baseline", baselineFile.getFileName().toString());
        }
        ArrayNode headlines = root.putArray("headlines");
        headlines().forEach(headlines::add);
        ArrayNode list = root.putArray("benchmarks");
        for (Benchmarks.Benchmark benchmark : benchmarks) {
            String name = benchmark.name();
            if (!samples.containsKey(name)) {
                continue;
            }
            ObjectNode node = list.addObject();
            node.put("name", name);
            node.put("what", benchmark.what());
            ObjectNode sides = node.putObject("sides");
            for (String side : SIDES) {
                Spread spread = side(name, side);
                if (!spread.present()) {
                    continue;
                }
                ObjectNode sideNode = spread(sides.putObject(side), spread);
                ArrayNode roundsNode = sideNode.putArray("rounds");
                for (Sample sample : samples.get(name)) {
                    if (sample.side().equals(side)) {
                        ObjectNode r = roundsNode.addObject();
                        r.put("round", sample.round());
                        r.put("load1", sample.load1());
                        r.put("median", sample.median());
                        ArrayNode its = r.putArray("nsPerOp");
                        sample.nsPerOp().forEach(its::add);
                    }
                }
            }
            spread(node.putObject("javaOverCpp"), ratio(name, "java", name, "cpp"));
            spread(node.putObject("javaMinusCppNs"), overhead(name));
            if (side(name, "python").present()) {
                spread(node.putObject("pythonOverCpp"), ratio(name, "python", name, "cpp"));
            }
        }
        root.set("suite", suite.json());
        return root;
    }

    private static ObjectNode spread(ObjectNode node, Spread spread) {
        node.put("median", spread.median());
        node.put("min", spread.min());
        node.put("max", spread.max());
        ArrayNode values = node.putArray("perRound");
        spread.values().forEach(values::add);
        return node;
    }

    /** {@return nanoseconds in a readable unit} */
    static String time(double ns) {
        if (Double.isNaN(ns)) {
            return "–";
        }
        double abs = Math.abs(ns);
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        if (abs >= 1e3) {
            return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", ns);
    }
}
