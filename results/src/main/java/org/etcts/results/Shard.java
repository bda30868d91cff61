package org.etcts.results;

import java.util.ArrayList;
import java.util.List;

/**
 * One of N deterministic parts of a run ({@code -Detcts.shard=I/N}, I from 1 to N): scenario k of the plan
 * (files by path, scenarios by line) belongs to shard {@code k mod N + 1}, so shards are the same size to
 * within one and the same features give the same shards on every machine.
 *
 * @param index this shard, from 1
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {

    /** The system property that selects a shard. */
    public static final String PROPERTY = "etcts.shard";

    /** The whole run. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks the numbers. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + index + "/" + count + " names no shard: use I/N with 1 <= I <= N, e.g. 1/4");
        }
    }

    /**
     * The shard {@value #PROPERTY} names, or {@link #ALL}.
     *
     * @return the shard
     * @throws IllegalArgumentException when the property is not {@code I/N}
     */
    public static Shard fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "").trim();
        return value.isEmpty() ? ALL : parse(value);
    }

    /**
     * Parses {@code I/N}.
     *
     * @param value the text, e.g. {@code 2/4}
     * @return the shard
     * @throws IllegalArgumentException when the text is not {@code I/N} with 1 <= I <= N
     */
    public static Shard parse(String value) {
        String[] parts = value.split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the fix.
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not I/N: give this shard's number and the number of shards, e.g. -D"
                + PROPERTY + "=2/4");
    }

    /** Whether this is the whole run ({@code 1/1}). */
    public boolean whole() {
        return count == 1;
    }

    /** {@return {@code I/N}, as {@code -Detcts.shard} takes it} */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    /**
     * The scenarios of the plan that belong to this shard, in the plan's order.
     *
     * @param plan the whole plan
     * @param <T> how the plan holds a scenario
     * @return this shard's part
     */
    public <T> List<T> select(List<T> plan) {
        List<T> part = new ArrayList<>();
        for (int k = 0; k < plan.size(); k++) {
            if (k % count == index - 1) {
                part.add(plan.get(k));
            }
        }
        return part;
    }
}
