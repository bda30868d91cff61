package org.etcts.report.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.etcts.report.TextFiles;
import org.etcts.results.ResultClass;

/**
 * Reads the gate's two files of a platform, both plain text with {@code #} comments:
 * <ul>
 *   <li>{@code <gate dir>/<platform>.txt}, the must-pass list: one scenario id (or id glob) a line; ids
 *       may hold spaces (Scenario Outline rows are {@code <id>/<row name>});</li>
 *   <li>{@code <gate dir>/expectations/<platform>.txt}: {@code [<conditions>] <id glob> | <CLASS>[,<CLASS>...] | <reason>},
 *       the result classes a scenario is expected to end in, and why. The first line that matches an id
 *       (and whose conditions hold for the build under test) wins. Without PASS among them it is a known
 *       failure (a pass is then unexpected); with PASS, the other classes are tolerated beside it (a
 *       quality warning where golden outputs depend on the CPU).</li>
 * </ul>
 * Conditions key a line by the build's configuration, so one must-pass list judges differently
 * configured builds fairly: {@code [verification=off]}, {@code [logging=on,layout=wheel]},
 * {@code [component.backend_xnnpack!=linked]}. Each is {@code <key>=<value>} or {@code <key>!=<value>}
 * over the keys of the summary's build ({@code BuildIdentity#gateKeys()}); all must hold.
 * Lines that cannot be read are collected as problems, never skipped silently.
 */
public final class GateFiles {

    private GateFiles() {
    }

    /** The must-pass list of a platform. */
    public static Path mustPassFile(Path gateDir, String platform) {
        return gateDir.resolve(platform + ".txt");
    }

    /** The expectations of a platform. */
    public static Path expectationsFile(Path gateDir, String platform) {
        return gateDir.resolve("expectations").resolve(platform + ".txt");
    }

    /** A must-pass line. */
    public record MustPass(IdGlob pattern, int line) {
    }

    /**
     * An expectation line.
     *
     * @param pattern the ids it covers
     * @param expected the result classes the scenario is expected to end in
     * @param reason why (a bug, a missing capability of this platform)
     * @param line the line number, for messages
     */
    public record Expectation(IdGlob pattern, Set<ResultClass> expected, String reason, int line, List<Condition> conditions) {

        /** An expectation that holds for every build. */
        public Expectation(IdGlob pattern, Set<ResultClass> expected, String reason, int line) {
            this(pattern, expected, reason, line, List.of());
        }

        /** Whether every condition holds for a build with these keys ({@code BuildIdentity#gateKeys()}). */
        public boolean appliesTo(Map<String, String> buildKeys) {
            return conditions.stream().allMatch(c -> c.holds(buildKeys));
        }

        /** Whether the line is keyed by the build's configuration. */
        public boolean conditional() {
            return !conditions.isEmpty();
        }

        /** The pattern as written, with its conditions: {@code [verification=off] LDM-12}. */
        public String describe() {
            return conditions.isEmpty() ? pattern.toString()
                    : "[" + String.join(",", conditions.stream().map(Condition::toString).toList()) + "] " + pattern;
        }

        /** The expected classes as written: {@code FAIL,CRASH}. */
        public String expectedText() {
            return String.join(",", expected.stream().map(Enum::name).toList());
        }

        /** Whether it tolerates a pass (PASS is among the classes), rather than expecting a failure. */
        public boolean toleratesPass() {
            return expected.contains(ResultClass.PASS);
        }
    }

    /**
     * A condition of an expectation line on the build under test.
     *
     * @param key a key of the build ({@code verification}, {@code logging}, {@code layout}, {@code component.<name>}, ...)
     * @param value the value it must have (or must not have, when negated)
     * @param negated written {@code !=}
     */
    public record Condition(String key, String value, boolean negated) {

        /** Whether it holds for a build with these keys; an absent key has no value, so only {@code !=} holds. */
        public boolean holds(Map<String, String> buildKeys) {
            return value.equals(buildKeys.get(key)) != negated;
        }

        @Override
        public String toString() {
            return key + (negated ? "!=" : "=") + value;
        }

        /** Parses {@code key=value} or {@code key!=value}; null when the text is neither. */
        static Condition parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                return null;
            }
            boolean negated = text.charAt(eq - 1) == '!';
            String key = text.substring(0, negated ? eq - 1 : eq).strip();
            String value = text.substring(eq + 1).strip();
            return key.isEmpty() || value.isEmpty() ? null : new Condition(key, value, negated);
        }
    }

    /** Parsed lines and the problems found in the file. */
    public record Parsed<T>(List<T> entries, List<String> problems) {
    }

    /** Reads a must-pass list. */
    public static Parsed<MustPass> readMustPass(Path file) throws IOException {
        List<MustPass> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Line entry : entryLines(file, "the must-pass list")) {
            String line = entry.text();
            if (line.contains("|")) {
                problems.add(file + ":" + entry.number() + ": one scenario id a line (expectations go to expectations/), found '" + line + "'");
                continue;
            }
            if (!IdGlob.unsupported(line).isEmpty()) {
                problems.add(file + ":" + entry.number() + ": " + IdGlob.unsupported(line) + "; found '" + line + "'");
                continue;
            }
            entries.add(new MustPass(IdGlob.of(line), entry.number()));
        }
        return new Parsed<>(entries, problems);
    }

    /** Reads an expectations file. */
    public static Parsed<Expectation> readExpectations(Path file) throws IOException {
        List<Expectation> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Line entry : entryLines(file, "the expectations file")) {
            String line = entry.text();
            String where = file + ":" + entry.number() + ": ";
            String[] parts = line.split("\\|", 3);
            if (parts.length < 3 || parts[0].isBlank() || parts[2].isBlank()) {
                problems.add(where + "expected '<id glob> | <CLASS>[,<CLASS>] | <reason>', every entry needs a reason; found '" + line + "'");
                continue;
            }
            Set<ResultClass> expected = EnumSet.noneOf(ResultClass.class);
            String unknown = null;
            for (String name : parts[1].split(",")) {
                try {
                    expected.add(ResultClass.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    unknown = name.strip();
                }
            }
            if (unknown != null) {
                problems.add(where + "unknown result class '" + unknown + "' (FAIL, CRASH, NOT_SUPPORTED, QUALITY_WARNING, and PASS beside one of them)");
                continue;
            }
            if (expected.equals(EnumSet.of(ResultClass.PASS))) {
                problems.add(where + "an expectation of PASS alone says nothing: remove the line or name the result it tolerates");
                continue;
            }
            String glob = parts[0].strip();
            List<Condition> conditions = new ArrayList<>();
            if (glob.startsWith("[")) {
                int close = glob.indexOf(']');
                String problem = close < 0 ? "a condition list opens with '[' but never closes" : null;
                if (problem == null) {
                    for (String text : glob.substring(1, close).split(",")) {
                        Condition condition = Condition.parse(text.strip());
                        if (condition == null) {
                            problem = "unreadable condition '" + text.strip() + "' (expected <key>=<value> or <key>!=<value>)";
                            break;
                        }
                        conditions.add(condition);
                    }
                }
                glob = close < 0 ? "" : glob.substring(close + 1).strip();
                if (problem == null && glob.isEmpty()) {
                    problem = "the conditions are followed by no scenario id";
                }
                if (problem != null) {
                    problems.add(where + problem + "; found '" + line + "'");
                    continue;
                }
            }
            if (!IdGlob.unsupported(glob).isEmpty()) {
                problems.add(where + IdGlob.unsupported(glob) + "; found '" + line + "'");
                continue;
            }
            entries.add(new Expectation(IdGlob.of(glob), expected, parts[2].strip(), entry.number(), List.copyOf(conditions)));
        }
        return new Parsed<>(entries, problems);
    }

    /** A line that holds an entry: its number in the file (from 1) and its text without the comment. */
    private record Line(int number, String text) {
    }

    /** The lines of a gate file that hold an entry: comments stripped, blank lines left out. */
    private static List<Line> entryLines(Path file, String what) throws IOException {
        List<Line> entries = new ArrayList<>();
        List<String> lines = TextFiles.readUtf8Lines(file, what);
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (!line.isEmpty()) {
                entries.add(new Line(i + 1, line));
            }
        }
        return entries;
    }

    /** The line without a comment (a {@code #} at the start or after white space) and surrounding blanks. */
    static String stripComment(String line) {
        int hash = -1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                hash = i;
                break;
            }
        }
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
