package org.etcts.steps.report;

import java.util.Locale;

/**
 * One behaviour row of the catalogue ({@code docs/behaviours.md}).
 *
 * @param id the row's id, e.g. {@code LOG-06}
 * @param area the area the id belongs to, e.g. {@code LOG}
 * @param topic the row's short topic (its 'area' column, e.g. {@code min level})
 * @param behaviour the behaviour text
 * @param linux the row's 'linux' column as written, e.g. {@code yes (fork)} or {@code no - CoreML is Apple-only}
 */
public record CatalogueRow(String id, String area, String topic, String behaviour, String linux) {

    /** {@return whether the catalogue says the row cannot be checked on Linux: its 'linux' column starts with "no"} */
    public boolean notApplicableOnLinux() {
        String text = linux.strip().toLowerCase(Locale.ROOT);
        return text.equals("no") || text.startsWith("no ") || text.startsWith("no-") || text.startsWith("no,")
                || text.startsWith("no(") || text.startsWith("no;");
    }

    /**
     * {@return the catalogue's reason for a row not checkable on Linux: the 'linux' column without its
     * leading "no" and separator, or the whole column when it gives no reason}
     */
    public String linuxReason() {
        String text = linux.strip();
        String rest = text.length() > 2 ? text.substring(2).strip() : "";
        rest = rest.replaceFirst("^[-:;,(]\\s*", "").replaceFirst("\\)$", "").strip();
        return rest.isEmpty() ? text : rest;
    }
}
