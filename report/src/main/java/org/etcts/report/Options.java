package org.etcts.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --name value} options of this module's commands. An option given with an empty value (Maven
 * passes an unset property so) counts as not given.
 */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code --name value} pairs; a trailing name without a value is an empty value. */
    public static Options parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + name + "' (options are --name value)");
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(name, hasValue ? args[++i] : "");
        }
        return new Options(values);
    }

    /** The option's value, or {@code fallback} when it is not given or empty. */
    public String value(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Whether the option was given with a non-empty value. */
    public boolean has(String name) {
        return value(name, null) != null;
    }

    /** A required option's value. */
    public String required(String name, String hint) {
        String value = value(name, null);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + (hint.isEmpty() ? "" : " (" + hint + ")"));
        }
        return value;
    }

    /** A required path option. */
    public Path path(String name) {
        return Path.of(required(name, ""));
    }

    /**
     * A positive integer option.
     *
     * @param name the option, e.g. {@code --minimum}
     * @param fallback the value when the option is not given
     * @param meaning what the number is and how a user sets it, for the message
     * @throws IllegalArgumentException naming the option, the value given and what it must be
     */
    public int positiveInt(String name, int fallback, String meaning) {
        String value = value(name, null);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer (" + meaning + "), got '" + value + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be a positive integer (" + meaning + "), got " + number);
        }
        return number;
    }
}
