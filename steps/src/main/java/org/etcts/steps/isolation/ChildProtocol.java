package org.etcts.steps.isolation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The lines a child JVM writes on its standard output so the parent knows which case was running when
 * it died and how each finished case ended. Messages are Base64 so they stay on one line.
 */
final class ChildProtocol {

    static final String START = "@@etcts-case-start ";
    static final String END = "@@etcts-case-end ";

    private ChildProtocol() {
    }

    static String start(String caseId) {
        return START + encode(caseId);
    }

    static String end(String caseId, CaseOutcome.Status status, String message) {
        return END + encode(caseId) + " " + status + " " + encode(message);
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
