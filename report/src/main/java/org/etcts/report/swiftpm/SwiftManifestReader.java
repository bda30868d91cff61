package org.etcts.report.swiftpm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Package.swift} as text; there is no Swift toolchain on the machines that gate. Two ways of
 * declaring the products and their binaries are understood:
 * <ul>
 *   <li>literally: {@code .library(name: "executorch", ...)} and
 *       {@code .binaryTarget(name: "executorch", url: "...", checksum: "...")}, where a name, URL or checksum
 *       may also be a string constant ({@code let x = "..."}) or interpolate one;</li>
 *   <li>from a table: a dictionary literal mapping each product to its details, among them
 *       {@code "sha256": "<checksum>"} and, for its debug variant, {@code "sha256" + <suffix>: "<checksum>"}
 *       (the suffix a string constant or literal). Each entry declares a binary target of its name and, when
 *       it carries a suffixed checksum, one of its name plus the suffix. Entries of a table assigned to a
 *       constant whose name contains "product" also declare library products; with one table and products
 *       built from code, that table is taken as the products'.</li>
 * </ul>
 * What neither covers (products built by code from something else) is reported as a problem, not guessed.
 */
public final class SwiftManifestReader {

    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "\\b(?:let|var)\\s+(\\w+)\\s*(?::\\s*String\\s*)?=\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\")\\s*(?=\\n|;|$)");
    private static final Pattern STATEMENT = Pattern.compile("\\b(?:let|var)\\s+(\\w+)");
    private static final Pattern TABLE_ENTRY = Pattern.compile("\"([A-Za-z0-9_.-]+)\"\\s*:\\s*\\[");
    private static final Pattern INTERPOLATION = Pattern.compile("\\\\\\((\\w+)\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    private final String text;
    private final Map<String, String> constants = new HashMap<>();

    private SwiftManifestReader(String source) {
        this.text = withoutComments(source);
        Matcher m = STRING_CONSTANT.matcher(text);
        while (m.find()) {
            constants.putIfAbsent(m.group(1), m.group(2));
        }
    }

    /** Reads a manifest's text. */
    public static SwiftManifest read(String source) {
        return new SwiftManifestReader(source).manifest();
    }

    private SwiftManifest manifest() {
        List<String> problems = new ArrayList<>();
        String version = constants.containsKey("version") ? resolve(constants.get("version")) : null;
        if (version == null) {
            problems.add("the manifest declares no version (let version = \"<version>\")");
        }

        TreeSet<String> products = new TreeSet<>();
        Map<String, SwiftManifest.BinaryTarget> targets = new LinkedHashMap<>();
        List<Integer> computedLibraries = new ArrayList<>();
        for (Call call : calls(".library")) {
            String name = resolve(call.args().get("name"));
            if (name == null) {
                computedLibraries.add(call.line());
            } else {
                products.add(name);
            }
        }
        List<Integer> computedTargets = new ArrayList<>();
        for (Call call : calls(".binaryTarget")) {
            String name = resolve(call.args().get("name"));
            if (name == null) {
                computedTargets.add(call.line());
                continue;
            }
            String checksumExpression = call.args().get("checksum");
            boolean local = call.args().containsKey("path") && !call.args().containsKey("url");
            targets.put(name, new SwiftManifest.BinaryTarget(name, checksumExpression == null ? null : resolve(checksumExpression), local,
                    "line " + call.line()));
        }

        List<Table> tables = tables();
        long productTables = tables.stream().filter(Table::declaresProducts).count();
        for (Table table : tables) {
            boolean declaresProducts = table.declaresProducts() || (productTables == 0 && tables.size() == 1 && !computedLibraries.isEmpty());
            for (TableEntry entry : table.entries()) {
                targets.putIfAbsent(entry.name(), new SwiftManifest.BinaryTarget(entry.name(), entry.checksum(), false,
                        "table entry '" + entry.key() + "' of " + table.constant()));
                if (declaresProducts) {
                    products.add(entry.name());
                }
            }
            if (declaresProducts) {
                productTables = Math.max(productTables, 1);
            }
        }
        if (!computedLibraries.isEmpty() && productTables == 0) {
            problems.add("library products are built by code this reader cannot follow (.library(name: <not a string>) at line "
                    + computedLibraries.get(0) + ") and no product table was found");
        }
        if (!computedTargets.isEmpty() && tables.isEmpty()) {
            problems.add("binary targets are built by code this reader cannot follow (.binaryTarget(name: <not a string>) at line "
                    + computedTargets.get(0) + ") and no table of checksums was found");
        }
        if (products.isEmpty() && problems.stream().noneMatch(p -> p.contains("library products"))) {
            problems.add("the manifest declares no library product");
        }
        return new SwiftManifest(version, products, List.copyOf(targets.values()), problems);
    }

    // ---- calls: .library(...), .binaryTarget(...) ----

    private record Call(Map<String, String> args, int line) {
    }

    private List<Call> calls(String function) {
        List<Call> calls = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(function) + "\\s*\\(").matcher(text);
        while (m.find()) {
            int open = m.end() - 1;
            int close = matching(open);
            if (close < 0) {
                continue;
            }
            Map<String, String> args = new LinkedHashMap<>();
            for (String arg : splitTopLevel(text.substring(open + 1, close), ',')) {
                int colon = indexOfTopLevel(arg, ':');
                if (colon > 0 && IDENTIFIER.matcher(arg.substring(0, colon).strip()).matches()) {
                    args.put(arg.substring(0, colon).strip(), arg.substring(colon + 1).strip());
                }
            }
            calls.add(new Call(args, lineOf(m.start())));
        }
        return calls;
    }

    // ---- tables: "name": [ "sha256": "...", "sha256" + suffix: "...", ... ] ----

    private record TableEntry(String key, String name, String checksum) {
    }

    private record Table(String constant, boolean declaresProducts, List<TableEntry> entries) {
    }

    private List<Table> tables() {
        Map<String, List<TableEntry>> byConstant = new LinkedHashMap<>();
        Matcher m = TABLE_ENTRY.matcher(text);
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            int open = m.end() - 1;
            int close = matching(open);
            if (close < 0) {
                break;
            }
            String key = m.group(1);
            List<TableEntry> entries = new ArrayList<>();
            boolean hasChecksum = false;
            for (String item : splitTopLevel(text.substring(open + 1, close), ',')) {
                int colon = indexOfTopLevel(item, ':');
                if (colon < 0) {
                    continue;
                }
                List<String> keyParts = splitTopLevel(item.substring(0, colon), '+');
                if (keyParts.isEmpty() || !"sha256".equals(resolve(keyParts.get(0)))) {
                    continue;
                }
                String checksum = resolve(item.substring(colon + 1));
                if (keyParts.size() == 1) {
                    entries.add(new TableEntry(key, key, checksum));
                    hasChecksum = true;
                } else {
                    String suffix = resolve(String.join("+", keyParts.subList(1, keyParts.size())));
                    entries.add(new TableEntry(key, suffix == null ? key + "<unreadable suffix>" : key + suffix, checksum));
                }
            }
            if (hasChecksum) {
                byConstant.computeIfAbsent(enclosingConstant(m.start()), c -> new ArrayList<>()).addAll(entries);
                searchFrom = close + 1;
            } else {
                searchFrom = m.end();
            }
        }
        List<Table> tables = new ArrayList<>();
        byConstant.forEach((constant, entries) -> tables.add(
                new Table(constant, constant.toLowerCase(Locale.ROOT).contains("product"), entries)));
        return tables;
    }

    /** The name of the top-level {@code let}/{@code var} whose initializer holds a position. */
    private String enclosingConstant(int position) {
        String name = "(no constant)";
        Matcher m = STATEMENT.matcher(text);
        while (m.find() && m.start() < position) {
            if (depthAt(m.start()) == 0) {
                name = m.group(1);
            }
        }
        return name;
    }

    // ---- expressions ----

    /** The value of a string expression: literals, constants, interpolated constants and {@code +}; null when not textual. */
    String resolve(String expression) {
        if (expression == null) {
            return null;
        }
        String expr = expression.strip();
        List<String> parts = splitTopLevel(expr, '+');
        if (parts.size() > 1) {
            StringBuilder value = new StringBuilder();
            for (String part : parts) {
                String resolved = resolve(part);
                if (resolved == null) {
                    return null;
                }
                value.append(resolved);
            }
            return value.toString();
        }
        if (expr.length() >= 2 && expr.startsWith("\"") && expr.endsWith("\"") && !expr.startsWith("\"\"\"")) {
            String body = expr.substring(1, expr.length() - 1);
            Matcher m = INTERPOLATION.matcher(body);
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                String constant = constants.get(m.group(1));
                String resolved = constant == null ? null : resolve(constant);
                if (resolved == null) {
                    return null;
                }
                m.appendReplacement(value, Matcher.quoteReplacement(resolved));
            }
            m.appendTail(value);
            if (value.indexOf("\\(") >= 0) {
                return null;
            }
            return value.toString().replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (IDENTIFIER.matcher(expr).matches() && constants.containsKey(expr)) {
            return resolve(constants.get(expr));
        }
        return null;
    }

    // ---- lexical helpers (the text has no comments; strings are skipped) ----

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = endOfString(text, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int depthAt(int position) {
        int depth = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = endOfString(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    private int lineOf(int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Splits at a separator outside strings and brackets; parts are stripped, empty parts dropped. */
    static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(s.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    static int indexOfTopLevel(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote closing the string literal opening at {@code start} (single- or triple-quoted). */
    static int endOfString(String s, int start) {
        if (s.startsWith("\"\"\"", start)) {
            int end = s.indexOf("\"\"\"", start + 3);
            return end < 0 ? s.length() - 1 : end + 2;
        }
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** The source with its comments blanked out (line breaks kept, so line numbers stay right). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = endOfString(source, i);
                out.append(source, i, end + 1);
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int depth = 0;
                do {
                    if (source.startsWith("/*", i)) {
                        depth++;
                        out.append("  ");
                        i += 2;
                    } else if (source.startsWith("*/", i)) {
                        depth--;
                        out.append("  ");
                        i += 2;
                    } else {
                        out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                        i++;
                    }
                } while (depth > 0 && i < source.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
