package org.etcts.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.etcts.report.summary.ConformanceSummary;
import org.etcts.report.summary.SummaryFiles;
import org.etcts.results.ResultClass;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated report, seen in a real browser: the conformance profile serves {@code allure-report/}
 * over a loopback HTTP server, opens it in headless Chromium, and checks that the overview shows what
 * {@code conformance.json} says. It leaves a screenshot of the overview in the results folder
 * ({@code reports/allure-overview.png}).
 *
 * <p>Allure shows PASS as passed, NOT_SUPPORTED and QUALITY_WARNING as skipped, FAIL and CRASH as failed
 * or broken (an assertion or another exception); its pie caption is passed / (passed + failed + broken).
 */
class ReportInBrowserIT {

    private static Path results;
    private static ConformanceSummary summary;
    private static Document overview;
    private static String matrixUrl;
    private static int matrixStatus;
    private static String matrixType;

    @BeforeAll
    static void openTheReport() throws Exception {
        results = Path.of(System.getProperty("etcts.results.dir", "../reports"));
        summary = SummaryFiles.read(results.resolve("conformance.json"));
        Path report = results.resolve("allure-report");
        assertThat(report.resolve("index.html")).as("the report the conformance profile generated").isRegularFile();
        HeadlessChromium chromium = new HeadlessChromium(Path.of(System.getProperty("etcts.chromium", "/usr/bin/chromium")));
        try (LoopbackServer server = LoopbackServer.serve(report)) {
            String url = server.url("index.html");
            overview = Jsoup.parse(chromium.dumpDom(url), url);
            chromium.screenshot(url, results.resolve("allure-overview.png"), 1440, 1250);
            Element link = overview.selectFirst("[data-id=executors] a[href]");
            matrixUrl = link == null ? null : link.absUrl("href");
            if (matrixUrl != null) {
                HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(matrixUrl)).build(),
                        HttpResponse.BodyHandlers.discarding());
                matrixStatus = response.statusCode();
                matrixType = response.headers().firstValue("Content-Type").orElse("");
            }
        }
        System.out.println("[etcts] the report's overview in headless Chromium: " + describe() + "; screenshot "
                + results.resolve("allure-overview.png"));
    }

    private static int count(ResultClass resultClass) {
        return summary.totals().get(resultClass);
    }

    @Test
    void theOverviewShowsTheNumberOfScenariosThatRan() {
        // Failing harness unit tests are listed beside the scenarios, in a suite of their own.
        assertThat(text("[data-id=summary] .splash__title")).isEqualTo(String.valueOf(summary.executed() + summary.failingUnitTests()));
        assertThat(text("[data-id=summary] .splash__subtitle")).isEqualTo("test cases");
    }

    @Test
    void thePieChartShowsTheShareThatPassedAndTheStatusesPresent() {
        int passed = count(ResultClass.PASS);
        int failing = count(ResultClass.FAIL) + count(ResultClass.CRASH) + summary.failingUnitTests();
        String expected;
        if (summary.executed() == 0) {
            expected = "???";
        } else if (passed == 0) {
            expected = "0%";
        } else {
            double share = (double) passed / (passed + failing) * 100;
            expected = BigDecimal.valueOf(Math.floor(100 * share) / 100).stripTrailingZeros().toPlainString() + "%";
        }
        assertThat(text("[data-id=summary] .chart__caption")).isEqualTo(expected);

        Set<String> arcs = new TreeSet<>();
        for (Element arc : overview.select("[data-id=summary] path.chart__arc")) {
            arc.classNames().stream().filter(c -> c.startsWith("chart__fill_status_")).forEach(c -> arcs.add(c.substring("chart__fill_status_".length())));
        }
        Map<String, Integer> statuses = allureStatuses();
        assertThat(arcs).contains(statuses.entrySet().stream().filter(e -> e.getValue() > 0 && !e.getKey().equals("failing"))
                .map(Map.Entry::getKey).toArray(String[]::new));
        assertThat(arcs.contains("failed") || arcs.contains("broken")).isEqualTo(failing > 0);
    }

    @Test
    void theSuitesWidgetAddsUpToTheSameTotalsPerStatus() {
        Map<String, Integer> shown = new HashMap<>();
        Elements rows = overview.select("[data-id=suites] a.table__row");
        int suites = 0;
        for (Element row : rows) {
            Elements bars = row.select(".bar__fill");
            if (bars.isEmpty()) {
                continue;
            }
            suites++;
            for (Element bar : bars) {
                String status = bar.classNames().stream().filter(c -> c.startsWith("bar__fill_status_")).findFirst().orElseThrow()
                        .substring("bar__fill_status_".length());
                shown.merge(status, Integer.parseInt(bar.text().strip()), Integer::sum);
            }
        }
        int total = Integer.parseInt(text("[data-id=suites] .widget__subtitle").replaceAll("\\D+", ""));
        Map<String, Integer> expected = allureStatuses();
        int failing = shown.getOrDefault("failed", 0) + shown.getOrDefault("broken", 0);
        if (suites == total) {
            assertThat(shown.getOrDefault("passed", 0)).as("passed").isEqualTo(expected.get("passed"));
            assertThat(shown.getOrDefault("skipped", 0)).as("skipped (not supported, quality warnings)").isEqualTo(expected.get("skipped"));
            assertThat(failing).as("failed and broken (fail, crash)").isEqualTo(expected.get("failing"));
        } else {
            assertThat(shown.getOrDefault("passed", 0)).isLessThanOrEqualTo(expected.get("passed"));
            assertThat(failing).isLessThanOrEqualTo(expected.get("failing"));
        }
    }

    @Test
    void theCategoriesWidgetNamesTheNotSupportedCrashedAndQualityWarnedScenarios() {
        Map<String, Integer> categories = new HashMap<>();
        for (Element row : overview.select("[data-id=categories] a.table__row")) {
            Element name = row.selectFirst(".table__col");
            Elements bars = row.select(".bar__fill");
            if (name != null && !bars.isEmpty()) {
                categories.put(name.text().strip(), bars.stream().mapToInt(b -> Integer.parseInt(b.text().strip())).sum());
            }
        }
        assertThat(categories.getOrDefault("Not supported", 0)).isEqualTo(count(ResultClass.NOT_SUPPORTED));
        assertThat(categories.getOrDefault("Crash", 0) + categories.getOrDefault("Timeout", 0)).isEqualTo(count(ResultClass.CRASH));
        assertThat(categories.getOrDefault("Harness unit test failed", 0)).isEqualTo(summary.failingUnitTests());
        assertThat(categories.getOrDefault("Quality warning", 0)).isEqualTo(count(ResultClass.QUALITY_WARNING));
        assertThat(categories.keySet()).allMatch(Set.of("Crash", "Wrong error code", "Failed comparison", "Behaviour does not hold",
                "Not supported", "Quality warning", "Harness error", "Timeout", "Harness unit test failed")::contains);
    }

    @Test
    void theEnvironmentNamesTheBuildAndTheExecutorLinksTheMatrix() {
        String environment = overview.select("[data-id=environment]").text();
        assertThat(environment).contains("ExecuTorch.version", summary.build().executorchVersion(), "ExecuTorch.gitRevision",
                summary.build().gitRevision(), "Platform", summary.platform());
        assertThat(matrixUrl).as("the Executors widget links the conformance matrix").endsWith("/conformance-matrix.svg");
        assertThat(matrixStatus).isEqualTo(200);
        assertThat(matrixType).isEqualTo("image/svg+xml");
    }

    @Test
    void theScreenshotWasTaken() throws IOException {
        Path png = results.resolve("allure-overview.png");
        byte[] header = new byte[8];
        try (var in = Files.newInputStream(png)) {
            assertThat(in.read(header)).isEqualTo(8);
        }
        assertThat(header).startsWith(0x89, 'P', 'N', 'G');
    }

    /** The counts Allure should show per status: passed, skipped, and failing (failed plus broken). */
    private static Map<String, Integer> allureStatuses() {
        return Map.of(
                "passed", count(ResultClass.PASS),
                "skipped", count(ResultClass.NOT_SUPPORTED) + count(ResultClass.QUALITY_WARNING),
                "failing", count(ResultClass.FAIL) + count(ResultClass.CRASH) + summary.failingUnitTests());
    }

    private static String text(String selector) {
        Element element = overview.selectFirst(selector);
        assertThat(element).as("the overview has " + selector).isNotNull();
        return element.text().strip();
    }

    private static String describe() {
        Element total = overview.selectFirst("[data-id=summary] .splash__title");
        Element caption = overview.selectFirst("[data-id=summary] .chart__caption");
        return (total == null ? "?" : total.text()) + " test cases, " + (caption == null ? "?" : caption.text()) + " passed, categories: "
                + overview.select("[data-id=categories] .widget__subtitle").text();
    }
}
