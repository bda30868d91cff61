package org.etcts.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a run's Allure results say which platform they ran on, so the results of several platforms can be
 * given to one {@code allure generate} without the same scenario of two platforms being taken for retries of
 * each other: Allure 2 takes results with the same {@code historyId} for runs of one test, and the Cucumber
 * listener's is the scenario's location alone. Every result therefore gets
 * <ul>
 *   <li>the parameter {@value #PARAMETER} (shown on the result; Allure's documented way to tell runs of one
 *       test in different environments apart),</li>
 *   <li>a {@code historyId} that includes the platform ({@link #historyId}),</li>
 *   <li>the label {@value #SUITE_LABEL} = the platform, so the Suites tab groups by platform first.</li>
 * </ul>
 * The suite marks the results its Cucumber listener writes and those it writes itself for scenarios whose worker
 * was lost; the report marks the results it writes for failing unit tests.
 */
public final class PlatformResults {

    /** The name of the result parameter that holds the platform. */
    public static final String PARAMETER = "platform";

    /** The Allure label that groups the Suites tab by platform. */
    public static final String SUITE_LABEL = "parentSuite";

    private PlatformResults() {
    }

    /**
     * The history id of a scenario's result on a platform.
     *
     * @param locationHistoryId the id the listener derives from the scenario's location
     * @param platform the platform, e.g. {@code linux-aarch64}
     * @return a stable id that differs between platforms
     */
    public static String historyId(String locationHistoryId, String platform) {
        return md5(locationHistoryId + "@" + platform);
    }

    /** The hex MD5 of a text, as Allure's own history ids are written. */
    public static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
