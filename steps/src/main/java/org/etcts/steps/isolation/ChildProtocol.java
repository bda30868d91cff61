package org.etcts.steps.isolation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines a child JVM writes on its standard output so the parent knows which case was running when
 * it died and how each finished case ended, and the requests a serving child reads on its standard input.
 * Texts are Base64 so they stay on one line.
 */
final class ChildProtocol {

    static final String START = "@@etcts-case-start ";
    static final String END = "@@etcts-case-end ";

    /**
     * One case for a serving child.
     *
     * @param task the task's class name
     * @param caseId the case
     * @param properties system properties set while the case runs
     */
    record Request(String task, String caseId, Map<String, String> properties) {
    }

    private ChildProtocol() {
    }

    static String start(String caseId) {
        return START + encode(caseId);
    }

    static String end(String caseId, CaseOutcome.Status status, String message) {
        return END + encode(caseId) + " " + status + " " + encode(message);
    }

    /**
     * {@code <task> <case> [<name> <value>]...}, every text but the task's class name in Base64 after an
     * underscore (so that an empty text is still a word).
     */
    static String request(Request request) {
        StringBuilder line = new StringBuilder(request.task()).append(' ').append(word(request.caseId()));
        new TreeMap<>(request.properties()).forEach((name, value) -> line.append(' ').append(word(name)).append(' ').append(word(value)));
        return line.toString();
    }

    static Request parseRequest(String line) {
        String[] words = line.trim().split(" ");
        if (words.length < 2 || words.length % 2 != 0) {
            throw new IllegalArgumentException("not a child request: " + line);
        }
        Map<String, String> properties = new TreeMap<>();
        for (int i = 2; i < words.length; i += 2) {
            properties.put(unword(words[i]), unword(words[i + 1]));
        }
        return new Request(words[0], unword(words[1]), properties);
    }

    private static String word(String text) {
        return "_" + encode(text);
    }

    private static String unword(String word) {
        return decode(word.substring(1));
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
