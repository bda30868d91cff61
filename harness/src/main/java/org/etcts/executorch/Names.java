package org.etcts.executorch;

import java.util.Locale;

/**
 * Normalises the names people write for enum constants, so that {@code invalidArgument},
 * {@code InvalidArgument}, {@code INVALID_ARGUMENT} and {@code invalid-argument} all mean the same
 * thing. Feature files speak the documented API's language (camelCase, as in Swift) while Java code
 * uses constant names; parsing goes through one rule so the two never drift apart.
 */
final class Names {

    private Names() {
    }

    /** Lower-cases the name and drops underscores, hyphens, dots and blanks. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || c == '.' || Character.isWhitespace(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Strips one leading qualifier such as {@code Error::} or {@code ScalarType.} from a name. */
    static String unqualified(String name, String... qualifiers) {
        String trimmed = name.trim();
        for (String qualifier : qualifiers) {
            if (trimmed.regionMatches(true, 0, qualifier, 0, qualifier.length())) {
                return trimmed.substring(qualifier.length());
            }
        }
        return trimmed;
    }
}
