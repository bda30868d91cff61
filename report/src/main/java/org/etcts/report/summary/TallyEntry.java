package org.etcts.report.summary;

import java.util.List;

/**
 * One scenario as the suite's tally ({@code scenario-tally.json}, written by the steps module) records it.
 *
 * @param id the scenario id ({@code @id:} tag, outline rows suffixed with their name)
 * @param name the scenario's name
 * @param uri the feature file
 * @param tags every tag of the scenario, feature tags included
 * @param result its result class
 * @param reason the failure or not-supported message, empty on a pass
 * @param durationMillis how long it ran
 */
public record TallyEntry(String id, String name, String uri, List<String> tags, ResultClass result, String reason,
        long durationMillis) {

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
