package org.etcts.report.summary;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.etcts.results.fixtures.AccuracyClass;
import org.etcts.results.fixtures.Comparison;
import org.etcts.results.fixtures.ElementCodec;
import org.etcts.results.fixtures.FixtureCatalog;
import org.etcts.results.fixtures.ReferenceValue;
import org.etcts.results.fixtures.ValueComparison;
import org.etcts.results.golden.GoldenStore;

/**
 * How the blessed golden outputs of the platforms compare with each other ({@code fixtures/golden/*}/),
 * output by output: each platform's golden against the reference platform's (the platform of the run),
 * bit-identical, within the output's accuracy class, or outside it, with the largest absolute error and
 * ULP distance. A platform that blessed a fixture method the other did not is listed as missing.
 *
 * @param reference the platform the others are compared with
 * @param platforms every platform with golden outputs, sorted
 * @param totals per compared platform, how many outputs fell into each agreement
 * @param outputs one entry per compared output, sorted by platform, model, method and output
 */
public record CrossPlatformGoldens(String reference, List<String> platforms, Map<String, Map<Agreement, Integer>> totals,
        List<Output> outputs) {

    /** How one platform's golden output relates to the reference platform's. */
    public enum Agreement {
        /** The same bits: same type, dtype, shape and element encoding. */
        BIT_IDENTICAL,
        /** Different bits, within the output's accuracy class. */
        WITHIN_CLASS,
        /** Outside the output's accuracy class (or a different type, dtype or shape). */
        OUTSIDE_CLASS,
        /** Only one of the two platforms blessed this fixture method. */
        MISSING
    }

    /**
     * One output of one fixture method on one platform, against the reference platform.
     *
     * @param platform the compared platform
     * @param model the fixture model
     * @param method its method
     * @param output the output's index
     * @param accuracy the output's accuracy class, as the manifest states it
     * @param agreement how the two goldens relate
     * @param maxAbsError the largest absolute difference of an element (Infinity when only one is NaN)
     * @param maxUlp the largest distance in units in the last place of the dtype
     * @param detail the comparison's one-line summary
     */
    public record Output(String platform, String model, String method, int output, String accuracy, Agreement agreement,
            double maxAbsError, long maxUlp, String detail) {
    }

    /**
     * Compares the golden outputs of every platform under {@code fixtures/golden/} with those of the
     * reference platform.
     *
     * @param fixturesDir the fixture catalogue (holding {@code manifest.json} and {@code golden/})
     * @param reference the platform to compare with, normally the run's
     * @return the comparison, or empty when the reference platform has no goldens or no other platform does
     */
    public static Optional<CrossPlatformGoldens> compare(Path fixturesDir, String reference) throws IOException {
        Path goldenRoot = fixturesDir.resolve("golden");
        if (!Files.isDirectory(goldenRoot)) {
            return Optional.empty();
        }
        List<String> platforms;
        try (Stream<Path> dirs = Files.list(goldenRoot)) {
            platforms = dirs.filter(dir -> Files.isRegularFile(dir.resolve("build.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        }
        if (!platforms.contains(reference) || platforms.size() < 2) {
            return Optional.empty();
        }
        FixtureCatalog catalog = FixtureCatalog.open(fixturesDir);
        GoldenStore base = new GoldenStore(catalog, reference);
        List<Output> outputs = new ArrayList<>();
        Map<String, Map<Agreement, Integer>> totals = new TreeMap<>();
        for (String platform : platforms) {
            if (platform.equals(reference)) {
                continue;
            }
            GoldenStore other = new GoldenStore(catalog, platform);
            Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
            for (Agreement agreement : Agreement.values()) {
                counts.put(agreement, 0);
            }
            for (String[] modelMethod : blessedMethods(goldenRoot, reference, platform)) {
                List<Output> compared = compareMethod(catalog, base, other, modelMethod[0], modelMethod[1]);
                compared.forEach(output -> counts.merge(output.agreement(), 1, Integer::sum));
                outputs.addAll(compared);
            }
            totals.put(platform, counts);
        }
        return Optional.of(new CrossPlatformGoldens(reference, platforms, totals, List.copyOf(outputs)));
    }

    /** Every {@code <model>.<method>} either platform blessed, sorted. */
    private static List<String[]> blessedMethods(Path goldenRoot, String... platforms) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String platform : platforms) {
            try (Stream<Path> files = Files.list(goldenRoot.resolve(platform))) {
                // A golden output is <model>.<method>.json; the platform's other files (build.json,
                // inventory.json) describe the blessed build and have no method in their name.
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".json"))
                        .map(name -> name.substring(0, name.length() - ".json".length()))
                        .filter(stem -> stem.contains("."))
                        .forEach(names::add);
            }
        }
        // Model names hold no dot; a method name may not either: split at the first dot.
        return names.stream().map(name -> new String[] {name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1)})
                .toList();
    }

    private static List<Output> compareMethod(FixtureCatalog catalog, GoldenStore base, GoldenStore other, String model, String method) {
        Optional<List<ReferenceValue>> expected = base.outputs(model, method);
        Optional<List<ReferenceValue>> actual = other.outputs(model, method);
        List<Output> outputs = new ArrayList<>();
        if (expected.isEmpty() || actual.isEmpty()) {
            String missing = expected.isEmpty() ? base.platform() : other.platform();
            outputs.add(new Output(other.platform(), model, method, 0, "", Agreement.MISSING, 0, 0,
                    "no golden output of " + model + "." + method + " on " + missing));
            return outputs;
        }
        JsonNode manifestOutputs = catalog.model(model).path("methods").path(method).path("outputs");
        int count = Math.max(expected.get().size(), actual.get().size());
        for (int i = 0; i < count; i++) {
            AccuracyClass accuracy = AccuracyClass.parse(manifestOutputs.path(i).path("accuracy"));
            if (i >= expected.get().size() || i >= actual.get().size()) {
                outputs.add(new Output(other.platform(), model, method, i, accuracy.describe(), Agreement.OUTSIDE_CLASS,
                        Double.POSITIVE_INFINITY, Long.MAX_VALUE, "output " + i + " exists on one platform only"));
                continue;
            }
            outputs.add(compareOutput(other.platform(), model, method, i, accuracy, expected.get().get(i), actual.get().get(i)));
        }
        return outputs;
    }

    static Output compareOutput(String platform, String model, String method, int index, AccuracyClass accuracy,
            ReferenceValue expected, ReferenceValue actual) {
        Comparison comparison = ValueComparison.compare(expected, actual, accuracy);
        double maxAbs = 0;
        long maxUlp = 0;
        boolean sameLayout = expected.type().equals(actual.type()) && (!expected.isTensor()
                || (expected.dtype().equals(actual.dtype()) && java.util.Arrays.equals(expected.shape(), actual.shape())));
        if (sameLayout && expected.isTensor()) {
            for (int e = 0; e < expected.elements().size(); e++) {
                double x = ElementCodec.toDouble(expected.elements().get(e));
                double y = ElementCodec.toDouble(actual.elements().get(e));
                boolean oneNan = Double.isNaN(x) != Double.isNaN(y);
                maxAbs = Math.max(maxAbs, oneNan ? Double.POSITIVE_INFINITY : x == y || Double.isNaN(x) ? 0 : Math.abs(x - y));
                maxUlp = Math.max(maxUlp, oneNan ? Long.MAX_VALUE : Comparison.ulpDistance(expected.dtype(), x, y));
            }
        }
        boolean identical = sameLayout && (expected.isTensor() ? expected.elements().equals(actual.elements())
                : java.util.Objects.equals(expected.scalar(), actual.scalar()));
        Agreement agreement = identical ? Agreement.BIT_IDENTICAL : comparison.passed() ? Agreement.WITHIN_CLASS : Agreement.OUTSIDE_CLASS;
        return new Output(platform, model, method, index, accuracy.describe(), agreement, maxAbs, maxUlp, comparison.summary());
    }
}
