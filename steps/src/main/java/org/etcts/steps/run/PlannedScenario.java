package org.etcts.steps.run;

import java.util.List;

/**
 * One scenario the run will execute: a plain scenario, or one example row of an outline.
 *
 * @param item the worker item that selects it: its feature's URI and line, as {@link ScenarioPlan#item} spells it
 * @param id its {@code @id:} value (an outline row's is the tag, {@code /} and the row's name), or its name
 * @param name its name (an outline row's has its placeholders filled in)
 * @param feature the name of its feature
 * @param uri its feature file's URI ({@code classpath:features/x.feature} or a {@code file:} URI)
 * @param line the line of the scenario, or of the example row
 * @param tags every tag it carries, its feature's included
 */
public record PlannedScenario(String item, String id, String name, String feature, String uri, int line, List<String> tags) {

    /** Copies the tags. */
    public PlannedScenario {
        tags = List.copyOf(tags);
    }
}
