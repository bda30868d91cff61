package org.etcts.report.gate;

import java.util.regex.Pattern;

/**
 * A scenario-id pattern of the gate's files: {@code *} stands for any run of characters (a {@code /}
 * included, so {@code SUITE-LNK-04*} covers every row of that outline), {@code ?} for one character,
 * anything else for itself.
 */
public final class IdGlob {

    private final String text;
    private final Pattern pattern;

    private IdGlob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** Compiles a pattern. */
    public static IdGlob of(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return new IdGlob(text, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /**
     * What a pattern's id (the part before a {@code /}; a scenario's name after it may hold any character)
     * uses that the gate's patterns do not know (a character class, a brace list), which would otherwise be
     * matched as written and silently match nothing.
     *
     * @return the problem and its fix, or empty when the pattern is fine
     */
    public static String unsupported(String text) {
        String id = text.split("/", 2)[0];
        for (char c : new char[] {'[', ']', '{', '}'}) {
            if (id.indexOf(c) >= 0) {
                return "the id pattern '" + text + "' uses '" + c + "', which the gate's patterns do not know (only * and ?): "
                        + "write one line per id instead";
            }
        }
        return "";
    }

    /** Whether the id matches. */
    public boolean matches(String id) {
        return pattern.matcher(id).matches();
    }

    /** Whether the pattern has a wildcard. */
    public boolean isGlob() {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
