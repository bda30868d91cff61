package org.etcts.results;

import java.util.List;

/**
 * One scenario's entry in the tally ({@code scenario-tally.json}), as the suite writes it and the report
 * module reads it.
 *
 * @param id the scenario's {@code @id:} tag value, or its name when it has none
 * @param name the scenario's name
 * @param uri the feature file it comes from
 * @param tags all tags of the scenario
 * @param result its result class
 * @param reason the failure or not-supported message, empty on a pass
 * @param durationMillis how long it ran
 */
public record ScenarioOutcome(
        String id, String name, String uri, List<String> tags, ResultClass result, String reason, long durationMillis) {

    /** The value of the first tag {@code @<prefix>...}, or null. */
    public String tagValue(String prefix) {
        for (String tag : tags) {
            if (tag.startsWith(prefix)) {
                return tag.substring(prefix.length());
            }
        }
        return null;
    }
}
