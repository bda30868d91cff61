package org.etcts.results.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build registers when its libraries are loaded: its backends by name, and its kernels as a count
 * per operator name (an operator registered for several kernel keys, e.g. per element type, counts once per
 * kernel). A blessed build's inventory is kept per platform beside its golden outputs
 * ({@code fixtures/golden/<platform>/inventory.json}); a later build's drift from it is named operator by
 * operator and backend by backend.
 *
 * @param backends the registered backends' names, in registration order
 * @param kernels the number of registered kernels per operator name, by name
 */
public record Inventory(List<String> backends, Map<String, Integer> kernels) {

    /** Copies both collections. */
    public Inventory {
        backends = List.copyOf(backends);
        kernels = java.util.Collections.unmodifiableMap(new TreeMap<>(kernels));
    }

    /**
     * The inventory of registered backends and kernels as the runtime lists them.
     *
     * @param backends the registered backends
     * @param kernelNames the operator name of every registered kernel
     * @return the inventory
     */
    public static Inventory of(List<String> backends, List<String> kernelNames) {
        Map<String, Integer> kernels = new TreeMap<>();
        kernelNames.forEach(name -> kernels.merge(name, 1, Integer::sum));
        return new Inventory(backends, kernels);
    }

    /** {@return the number of registered kernels} */
    public int kernelCount() {
        return kernels.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How the backends differ from a blessed inventory's, each difference named; empty when they are the
     * same backends in the same order.
     *
     * @param blessed the blessed inventory
     * @return the differences
     */
    public List<String> backendDrift(Inventory blessed) {
        List<String> drift = new ArrayList<>();
        blessed.backends.stream().filter(b -> !backends.contains(b)).forEach(b -> drift.add("backend " + b + " is no longer registered"));
        backends.stream().filter(b -> !blessed.backends.contains(b)).forEach(b -> drift.add("backend " + b + " is new"));
        if (drift.isEmpty() && !backends.equals(blessed.backends)) {
            drift.add("backends registered in another order: " + backends + ", blessed " + blessed.backends);
        }
        return drift;
    }

    /**
     * How the kernels differ from a blessed inventory's, operator by operator; empty when they are the same.
     *
     * @param blessed the blessed inventory
     * @return the differences
     */
    public List<String> kernelDrift(Inventory blessed) {
        List<String> drift = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(blessed.kernels.keySet());
        names.addAll(kernels.keySet());
        for (String name : names) {
            int was = blessed.kernels.getOrDefault(name, 0);
            int now = kernels.getOrDefault(name, 0);
            if (was != now) {
                drift.add(name + ": " + now + " kernel" + (now == 1 ? "" : "s") + ", blessed " + was);
            }
        }
        return drift;
    }

    /** {@return the inventory as JSON, with the counts it is made of} */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("backendCount", backends.size());
        backends.forEach(node.putArray("backends")::add);
        node.put("kernelCount", kernelCount());
        node.put("operatorCount", kernels.size());
        ObjectNode byOperator = node.putObject("kernels");
        kernels.forEach(byOperator::put);
        return node;
    }

    /**
     * Reads an inventory written by {@link #toJson}.
     *
     * @param node the JSON
     * @return the inventory
     */
    public static Inventory fromJson(JsonNode node) {
        Objects.requireNonNull(node, "node");
        List<String> backends = new ArrayList<>();
        node.path("backends").forEach(b -> backends.add(b.asText()));
        Map<String, Integer> kernels = new TreeMap<>();
        node.path("kernels").properties().forEach(e -> kernels.put(e.getKey(), e.getValue().asInt()));
        return new Inventory(backends, kernels);
    }
}
