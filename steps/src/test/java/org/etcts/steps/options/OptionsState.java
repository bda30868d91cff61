package org.etcts.steps.options;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.BackendOption;
import org.etcts.executorch.BackendOptionsMap;
import org.etcts.steps.ScenarioState;

/**
 * The backend options and options maps of one scenario, by the names the feature gives them. Maps are
 * native objects: they are closed with the scenario unless a step released them earlier (the lifetime
 * scenarios drop them on purpose). Picocontainer makes one per scenario.
 */
public final class OptionsState {

    private final Map<String, BackendOption> options = new HashMap<>();
    private final Map<String, BackendOptionsMap> maps = new HashMap<>();
    private final Map<String, WeakReference<BackendOptionsMap>> released = new HashMap<>();
    private final Map<String, Map<String, List<BackendOption>>> contents = new HashMap<>();

    /** Picocontainer injects the shared scenario state, which closes what this state owns. */
    public OptionsState(ScenarioState scenario) {
        // The scenario closes the maps still held at its end. It must not hold the maps themselves: the
        // lifetime scenarios check that nothing retains a map the caller has released.
        scenario.own(this::closeHeldMaps);
    }

    private void closeHeldMaps() {
        maps.values().forEach(BackendOptionsMap::close);
        maps.clear();
    }

    /** Names an option. */
    public void option(String name, BackendOption option) {
        options.put(name, option);
    }

    /** The option a feature named. */
    public BackendOption option(String name) {
        BackendOption option = options.get(name);
        if (option == null) {
            throw new IllegalStateException("no backend option named '" + name + "'; options: " + options.keySet());
        }
        return option;
    }

    /**
     * Names a map; it is closed when the scenario ends unless released first.
     *
     * @param input what the feature asked the map to hold; later steps compare the runtime with this, not
     *     with the binding's own copy ({@link BackendOptionsMap#options()}), which would check it against itself
     */
    public void map(String name, BackendOptionsMap map, Map<String, List<BackendOption>> input) {
        BackendOptionsMap previous = maps.put(name, map);
        if (previous != null) {
            previous.close();
        }
        Map<String, List<BackendOption>> copy = new LinkedHashMap<>();
        input.forEach((backend, list) -> copy.put(backend, List.copyOf(list)));
        contents.put(name, Collections.unmodifiableMap(copy));
    }

    /** The map a feature named; a map released by the scenario is gone. */
    public BackendOptionsMap map(String name) {
        BackendOptionsMap map = maps.get(name);
        if (map == null) {
            throw new IllegalStateException("no backend options map named '" + name + "' (or it was released); maps: "
                    + maps.keySet());
        }
        return map;
    }

    /** What the feature asked the named map to hold, still known after the map was released. */
    public Map<String, List<BackendOption>> contentsOf(String name) {
        Map<String, List<BackendOption>> known = contents.get(name);
        if (known == null) {
            throw new IllegalStateException("no backend options map named '" + name + "' was made");
        }
        return known;
    }

    /**
     * Releases a map as a caller that is done with it would: closes it and drops every strong reference
     * the scenario holds, keeping only a weak one to see whether anything else still retains it.
     */
    public void release(String name) {
        BackendOptionsMap map = map(name);
        map.close();
        maps.remove(name);
        released.put(name, new WeakReference<>(map));
    }

    /** The weak reference to a released map. */
    public WeakReference<BackendOptionsMap> releasedReference(String name) {
        WeakReference<BackendOptionsMap> reference = released.get(name);
        if (reference == null) {
            throw new IllegalStateException("the backend options map '" + name + "' was not released");
        }
        return reference;
    }
}
