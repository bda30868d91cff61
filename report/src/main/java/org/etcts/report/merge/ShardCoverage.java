package org.etcts.report.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.etcts.report.summary.BuildIdentity;

/**
 * The count gate of a merge: the runs of one platform must be the shards of one plan, each once, and add up
 * to the whole plan, on one build. A missing shard is named with the command that runs it.
 */
public final class ShardCoverage {

    private ShardCoverage() {
    }

    /**
     * Checks the runs of one platform.
     *
     * @param platform the platform
     * @param runs its runs
     * @return what is wrong, one line each; empty when the runs make up the whole plan
     */
    public static List<String> problems(String platform, List<RunFolder> runs) {
        List<String> problems = new ArrayList<>();
        Map<Integer, List<RunFolder>> byCount = runs.stream().collect(Collectors.groupingBy(r -> r.shard().count(), TreeMap::new, Collectors.toList()));
        if (byCount.size() > 1) {
            problems.add(platform + ": its runs split the plan in different ways (" + String.join(", ", runs.stream().map(RunFolder::describe).toList())
                    + "): merge the shards of one split (the same N in -Detcts.shard=I/N)");
            return problems;
        }
        int count = byCount.keySet().iterator().next();
        Map<Integer, List<RunFolder>> byIndex = runs.stream().collect(Collectors.groupingBy(r -> r.shard().index(), TreeMap::new, Collectors.toList()));
        for (int index = 1; index <= count; index++) {
            List<RunFolder> those = byIndex.getOrDefault(index, List.of());
            if (those.isEmpty()) {
                problems.add(platform + ": shard " + index + "/" + count + " is missing: no run folder holds it (its job failed or its results"
                        + " were not downloaded); run it with -Detcts.shard=" + index + "/" + count + " on " + platform);
            } else if (those.size() > 1) {
                problems.add(platform + ": shard " + index + "/" + count + " was given " + those.size() + " times ("
                        + String.join(", ", those.stream().map(r -> r.folder().toString()).toList()) + "): give each shard once");
            }
        }
        List<Integer> planned = runs.stream().map(r -> r.tally().planned()).distinct().toList();
        if (planned.size() > 1) {
            problems.add(platform + ": its shards come from plans of different sizes (" + String.join(", ",
                    runs.stream().map(r -> r.describe() + ": " + r.tally().planned()).toList()) + "): run every shard from the same features");
        } else if (problems.isEmpty()) {
            int executed = runs.stream().mapToInt(r -> r.tally().executed()).sum();
            if (executed != planned.get(0)) {
                problems.add(platform + ": its " + count + " shards ran " + executed + " scenarios, the plan holds " + planned.get(0)
                        + ": a shard lost scenarios or ran other features");
            }
        }
        List<String> builds = runs.stream().map(r -> build(r.summary().build())).distinct().toList();
        if (builds.size() > 1) {
            problems.add(platform + ": its shards tested different builds (" + String.join("; ", builds) + "): merge the runs of one build");
        }
        return problems;
    }

    private static String build(BuildIdentity build) {
        return build.label() + " from " + build.source();
    }
}
