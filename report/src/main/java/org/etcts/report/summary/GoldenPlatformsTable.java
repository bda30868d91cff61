package org.etcts.report.summary;

import java.util.Locale;
import java.util.Map;

/**
 * The cross-platform golden comparison as a Markdown table a person reads ({@code golden-platforms.md},
 * next to the matrix in the report): the totals per platform, then one row per output that is not
 * bit-identical, then the bit-identical ones by name.
 */
public final class GoldenPlatformsTable {

    private GoldenPlatformsTable() {
    }

    /** The Markdown document of a comparison. */
    public static String render(CrossPlatformGoldens goldens) {
        StringBuilder out = new StringBuilder("# Golden outputs across platforms\n\n");
        out.append("Each platform's blessed golden outputs (`fixtures/golden/<platform>/`) against those of ")
                .append(goldens.reference()).append(", output by output, under the output's accuracy class.\n\n");
        out.append("| platform | bit-identical | within class | outside class | missing |\n|---|---|---|---|---|\n");
        goldens.totals().forEach((platform, counts) -> out.append("| ").append(platform).append(" | ")
                .append(count(counts, CrossPlatformGoldens.Agreement.BIT_IDENTICAL)).append(" | ")
                .append(count(counts, CrossPlatformGoldens.Agreement.WITHIN_CLASS)).append(" | ")
                .append(count(counts, CrossPlatformGoldens.Agreement.OUTSIDE_CLASS)).append(" | ")
                .append(count(counts, CrossPlatformGoldens.Agreement.MISSING)).append(" |\n"));
        out.append("\n| platform | output | accuracy class | agreement | max abs error | max ULP | comparison |\n|---|---|---|---|---|---|---|\n");
        StringBuilder identical = new StringBuilder();
        for (CrossPlatformGoldens.Output output : goldens.outputs()) {
            String name = output.model() + "." + output.method() + "[" + output.output() + "]";
            if (output.agreement() == CrossPlatformGoldens.Agreement.BIT_IDENTICAL) {
                identical.append(identical.length() == 0 ? "" : ", ").append(output.platform()).append(' ').append(name);
                continue;
            }
            out.append("| ").append(output.platform()).append(" | ").append(name).append(" | ").append(output.accuracy())
                    .append(" | ").append(output.agreement()).append(" | ").append(String.format(Locale.ROOT, "%.3g", output.maxAbsError()))
                    .append(" | ").append(output.maxUlp() == Long.MAX_VALUE ? "∞" : String.valueOf(output.maxUlp()))
                    .append(" | ").append(output.detail().replace("|", "\\|")).append(" |\n");
        }
        out.append("\nBit-identical: ").append(identical.length() == 0 ? "none" : identical).append(".\n");
        return out.toString();
    }

    /** One line per platform for the report's environment block: {@code 30 bit-identical, 2 within class, ...}. */
    public static String totalsLine(Map<CrossPlatformGoldens.Agreement, Integer> counts) {
        return count(counts, CrossPlatformGoldens.Agreement.BIT_IDENTICAL) + " bit-identical, "
                + count(counts, CrossPlatformGoldens.Agreement.WITHIN_CLASS) + " within class, "
                + count(counts, CrossPlatformGoldens.Agreement.OUTSIDE_CLASS) + " outside class, "
                + count(counts, CrossPlatformGoldens.Agreement.MISSING) + " missing";
    }

    private static int count(Map<CrossPlatformGoldens.Agreement, Integer> counts, CrossPlatformGoldens.Agreement agreement) {
        return counts.getOrDefault(agreement, 0);
    }
}
