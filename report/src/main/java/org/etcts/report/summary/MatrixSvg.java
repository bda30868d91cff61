package org.etcts.report.summary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.etcts.results.ResultClass;

/**
 * Renders the platform by area by backend matrix as an SVG picture a person reads: a band per platform
 * holding one row per behaviour area, one column per backend, each cell a bar split by result class with
 * its counts written out; under it a legend of the result classes' colours and of the areas' names.
 */
public final class MatrixSvg {

    private static final int LABEL_WIDTH = 150;
    private static final int CELL_WIDTH = 190;
    private static final int ROW_HEIGHT = 46;
    private static final int HEADER_HEIGHT = 96;
    private static final int PLATFORM_HEIGHT = 26;
    private static final int LEGEND_HEIGHT = 40;
    private static final int AREA_LINE_HEIGHT = 16;
    private static final Map<ResultClass, String> COLOURS = Map.of(
            ResultClass.PASS, "#4caf50",
            ResultClass.QUALITY_WARNING, "#f0ad4e",
            ResultClass.NOT_SUPPORTED, "#9e9e9e",
            ResultClass.FAIL, "#e53935",
            ResultClass.CRASH, "#8e24aa");
    private static final Map<ResultClass, String> LABELS = Map.of(
            ResultClass.PASS, "pass",
            ResultClass.QUALITY_WARNING, "quality warning",
            ResultClass.NOT_SUPPORTED, "not supported",
            ResultClass.FAIL, "fail",
            ResultClass.CRASH, "crash");

    private MatrixSvg() {
    }

    /** The SVG document of a summary's matrix, titled with the build and platform. */
    public static String render(ConformanceSummary summary) {
        return render(summary.matrix(), "etcts conformance: ExecuTorch " + summary.build().label() + " on " + summary.platform(),
                summary.build().source() + " · " + summary.executed() + " scenarios: " + summary.closingLine());
    }

    /**
     * The SVG document of a matrix (of one platform or of several runs merged), a band per platform.
     *
     * @param matrix the matrix
     * @param title the first line: what was tested where
     * @param subtitle the second line: the source and the counts
     */
    public static String render(Matrix matrix, String title, String subtitle) {
        List<String> areas = matrix.areas();
        List<String> backends = matrix.backends();
        int width = LABEL_WIDTH + CELL_WIDTH * Math.max(1, backends.size()) + 20;
        List<String> platforms = matrix.platforms();
        int bandHeight = PLATFORM_HEIGHT + ROW_HEIGHT * Math.max(1, areas.size());
        int height = HEADER_HEIGHT + bandHeight * Math.max(1, platforms.size()) + LEGEND_HEIGHT + AREA_LINE_HEIGHT * areas.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(text(10, 24, 16, "bold", title));
        svg.append(text(10, 46, 12, "normal", subtitle));
        svg.append(text(10, HEADER_HEIGHT - 12, 12, "bold", "platform, area \\ backend"));
        for (int column = 0; column < backends.size(); column++) {
            int x = LABEL_WIDTH + column * CELL_WIDTH;
            svg.append(text(x + 4, HEADER_HEIGHT - 12, 13, "bold", backends.get(column)));
        }
        for (int band = 0; band < platforms.size(); band++) {
            String platform = platforms.get(band);
            int top = HEADER_HEIGHT + band * bandHeight;
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#eef2f7\"/>%n", top, width, PLATFORM_HEIGHT));
            svg.append(text(10, top + 18, 13, "bold", platform));
            for (int row = 0; row < areas.size(); row++) {
                int y = top + PLATFORM_HEIGHT + row * ROW_HEIGHT;
                String area = areas.get(row);
                svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dddddd\"/>%n", y, width, y));
                svg.append(text(10, y + 28, 13, "bold", area));
                for (int column = 0; column < backends.size(); column++) {
                    int x = LABEL_WIDTH + column * CELL_WIDTH;
                    String backend = backends.get(column);
                    svg.append(matrix.cell(platform, area, backend).map(cell -> cell(cell, x, y))
                            .orElseGet(() -> text(x + 4, y + 28, 11, "normal", "no scenario", "#999999")));
                }
            }
        }
        int legendY = HEADER_HEIGHT + bandHeight * Math.max(1, platforms.size()) + 20;
        int x = 10;
        for (ResultClass resultClass : ResultClass.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, legendY, COLOURS.get(resultClass)));
            svg.append(text(x + 16, legendY + 11, 12, "normal", LABELS.get(resultClass)));
            x += 30 + 8 * LABELS.get(resultClass).length();
        }
        int areaY = legendY + LEGEND_HEIGHT - 8;
        for (int row = 0; row < areas.size(); row++) {
            String area = areas.get(row);
            svg.append(text(10, areaY + row * AREA_LINE_HEIGHT, 12, "normal", area + ": " + matrix.areaName(area)));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A cell: a bar split by result class, and the counts under it. */
    private static String cell(MatrixCell cell, int x, int y) {
        StringBuilder out = new StringBuilder();
        int barWidth = CELL_WIDTH - 16;
        int total = cell.total();
        double offset = 0;
        StringBuilder counts = new StringBuilder();
        StringBuilder tooltip = new StringBuilder(cell.platform() + " · " + cell.area() + " × " + cell.backend() + ":");
        for (ResultClass resultClass : ResultClass.values()) {
            int count = cell.counts().getOrDefault(resultClass, 0);
            if (count == 0) {
                continue;
            }
            double w = barWidth * (double) count / total;
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>%n",
                    x + 4 + offset, y + 8, w, COLOURS.get(resultClass)));
            offset += w;
            counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(LABELS.get(resultClass));
            tooltip.append(' ').append(count).append(' ').append(LABELS.get(resultClass));
        }
        out.append(text(x + 4, y + 38, 11, "normal", counts.toString()));
        return "<g><title>" + escape(tooltip.toString()) + "</title>\n" + out + "</g>\n";
    }

    private static String text(int x, int y, int size, String weight, String content) {
        return text(x, y, size, weight, content, "#222222");
    }

    private static String text(int x, int y, int size, String weight, String content, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, size, weight, colour, escape(content));
    }

    /** Escapes text for an XML text node or attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
