package org.etcts.report.swiftpm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Package.swift} as text; there is no Swift toolchain on the machines that gate. Two ways of
 * declaring the products and their targets are understood:
 * <ul>
 *   <li>literally: {@code .library(name: "executorch", targets: [...])},
 *       {@code .binaryTarget(name: "executorch", url: "...", checksum: "...")} and
 *       {@code .target(name: "...", dependencies: [...])}, where a name, URL or checksum may also be a string
 *       constant ({@code let x = "..."}) or interpolate one;</li>
 *   <li>from a table, as upstream's swiftpm branches do: a dictionary literal mapping each product to its
 *       details, among them {@code "sha256": "<checksum>"}, for its debug variant
 *       {@code "sha256" + <suffix>: "<checksum>"} (the suffix a string constant or literal), and
 *       {@code "targets": [...]}, the targets it depends on (its debug variant depends on their debug
 *       variants). Each entry stands for a name and, with a suffixed checksum, for the name plus the suffix.
 *       A {@code .library}, {@code .binaryTarget} or {@code .target} call whose name is not a string is
 *       applied to every entry: the name's variable (the name itself, or the one variable its string
 *       interpolates) takes the entry's name, and a call inside {@code for (k, v) in TABLE} takes the entries
 *       of that table only. Entries of a table assigned to a constant whose name contains "product" are the
 *       products; with a single table, that table is.</li>
 * </ul>
 * What neither covers (products built by code from something else) is reported as a problem, not guessed.
 */
public final class SwiftManifestReader {

    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "\\b(?:let|var)\\s+(\\w+)\\s*(?::\\s*String\\s*)?=\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\")\\s*(?=\\n|;|$)");
    private static final Pattern STATEMENT = Pattern.compile("\\b(?:let|var)\\s+(\\w+)");
    private static final Pattern TABLE_ENTRY = Pattern.compile("\"([A-Za-z0-9_.-]+)\"\\s*:\\s*\\[");
    private static final Pattern INTERPOLATION = Pattern.compile("\\\\\\(([^()]*)\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern VARIABLE = Pattern.compile("\\$?\\w+(?:\\.\\w+)*");
    private static final Pattern FOR_LOOP = Pattern.compile("\\bfor\\s*\\(\\s*(\\w+)\\s*,\\s*\\w+\\s*\\)\\s+in\\s+(\\w+)\\s*\\{");
    private static final Pattern TOOLS_VERSION = Pattern.compile("\\A\\uFEFF?//\\s*swift-tools-version\\s*:\\s*(\\d+(?:\\.\\d+){0,2})");
    private static final Pattern TARGET_REFERENCE = Pattern.compile("\\.(?:target|byName)\\s*\\(\\s*name\\s*:\\s*(.+?)\\s*\\)", Pattern.DOTALL);
    private static final Pattern TARGETS_SUBSCRIPT = Pattern.compile("\\w+\\s*\\[\\s*\"targets\"\\s*\\]");

    private final String source;
    private final String text;
    private final Map<String, String> constants = new HashMap<>();

    private SwiftManifestReader(String source) {
        this.source = source;
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
        Matcher tools = TOOLS_VERSION.matcher(source);
        String toolsVersion = tools.find() ? tools.group(1) : null;
        String version = constants.containsKey("version") ? resolve(constants.get("version"), Map.of()) : null;
        if (version == null) {
            problems.add("the manifest declares no version (let version = \"<version>\")");
        }

        List<Table> tables = tables();
        List<Table> productTables = tables.stream().filter(Table::declaresProducts).toList();
        if (productTables.isEmpty() && tables.size() == 1) {
            productTables = tables;
        }

        List<SwiftManifest.Product> products = new ArrayList<>();
        for (Call call : calls(".library")) {
            String name = resolve(call.args().get("name"), Map.of());
            if (name != null) {
                products.add(new SwiftManifest.Product(name, names(call.args().get("targets"), Map.of(), null), "line " + call.line()));
                continue;
            }
            List<Bound> bound = bind(call, productTables);
            if (bound == null) {
                problems.add("library products are built by code this reader cannot follow (.library(name: <not a string>) at line "
                        + call.line() + ") and no product table was found");
                continue;
            }
            for (Bound b : bound) {
                products.add(new SwiftManifest.Product(b.entry().name(), names(call.args().get("targets"), b.bindings(), null), b.where()));
            }
        }

        List<SwiftManifest.Target> targets = new ArrayList<>();
        for (Call call : calls(".binaryTarget")) {
            String name = resolve(call.args().get("name"), Map.of());
            boolean local = call.args().containsKey("path") && !call.args().containsKey("url");
            SwiftManifest.Kind kind = local ? SwiftManifest.Kind.BINARY_PATH : SwiftManifest.Kind.BINARY_URL;
            if (name != null) {
                targets.add(new SwiftManifest.Target(name, kind, resolve(call.args().get("url"), Map.of()),
                        resolve(call.args().get("checksum"), Map.of()), List.of(), "line " + call.line()));
                continue;
            }
            List<Bound> bound = bind(call, tables);
            if (bound == null) {
                problems.add("binary targets are built by code this reader cannot follow (.binaryTarget(name: <not a string>) at line "
                        + call.line() + ") and no table of checksums was found");
                continue;
            }
            for (Bound b : bound) {
                targets.add(new SwiftManifest.Target(b.entry().name(), kind, resolve(call.args().get("url"), b.bindings()), b.entry().checksum(),
                        List.of(), b.where()));
            }
        }
        for (Call call : calls(".target")) {
            if (call.args().size() == 1 && call.args().containsKey("name")) {
                continue; // .target(name: x) inside a dependency list refers to a target, it declares none
            }
            String name = resolve(call.args().get("name"), Map.of());
            if (name != null) {
                targets.add(new SwiftManifest.Target(name, SwiftManifest.Kind.SOURCE, null, null,
                        names(call.args().get("dependencies"), Map.of(), null), "line " + call.line()));
                continue;
            }
            List<Bound> bound = bind(call, productTables);
            if (bound == null) {
                problems.add("targets are built by code this reader cannot follow (.target(name: <not a string>) at line " + call.line() + ")");
                continue;
            }
            for (Bound b : bound) {
                targets.add(new SwiftManifest.Target(resolve(call.args().get("name"), b.bindings()), SwiftManifest.Kind.SOURCE, null, null,
                        names(call.args().get("dependencies"), b.bindings(), b.entry()), b.where()));
            }
        }
        if (products.isEmpty() && problems.stream().noneMatch(p -> p.contains("library products"))) {
            problems.add("the manifest declares no library product");
        }
        return new SwiftManifest(toolsVersion, platforms(), version, List.copyOf(products), List.copyOf(targets), List.copyOf(problems));
    }

    // ---- Package(platforms: [...]) ----

    private List<String> platforms() {
        for (Call call : calls("Package")) {
            String list = call.args().get("platforms");
            if (list != null && list.startsWith("[") && list.endsWith("]")) {
                return List.copyOf(splitTopLevel(list.substring(1, list.length() - 1), ','));
            }
        }
        return List.of();
    }

    // ---- calls: .library(...), .binaryTarget(...), .target(...), Package(...) ----

    private record Call(Map<String, String> args, int line, int position) {
    }

    private List<Call> calls(String function) {
        List<Call> calls = new ArrayList<>();
        String prefix = function.startsWith(".") ? "" : "(?<![\\w.])";
        Matcher m = Pattern.compile(prefix + Pattern.quote(function) + "\\s*\\(").matcher(text);
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
            calls.add(new Call(args, lineOf(m.start()), m.start()));
        }
        return calls;
    }

    /** A computed call applied to one table entry. */
    private record Bound(TableEntry entry, Map<String, String> bindings, String where) {
    }

    /**
     * Applies a call whose name is not a string to table entries: the entries of the table its enclosing
     * {@code for} loop iterates, else of every candidate table. Null when the name's variable cannot be told
     * or there is no table.
     */
    private List<Bound> bind(Call call, List<Table> candidates) {
        String variable = nameVariable(call.args().get("name"));
        if (variable == null || candidates.isEmpty()) {
            return null;
        }
        List<Table> iterated = candidates;
        String loopTable = enclosingLoopTable(call.position());
        if (loopTable != null) {
            iterated = candidates.stream().filter(t -> t.constant().equals(loopTable)).toList();
        }
        List<Bound> bound = new ArrayList<>();
        for (Table table : iterated) {
            for (TableEntry entry : table.entries()) {
                bound.add(new Bound(entry, Map.of(variable, entry.name()), "table entry '" + entry.key() + "' of " + table.constant()
                        + (entry.name().equals(entry.key()) ? "" : " (" + entry.name() + ")")));
            }
        }
        return bound;
    }

    /**
     * The variable standing for the entry's name: the name expression itself, or the one non-constant that
     * its string interpolates or its {@code +} joins.
     */
    private String nameVariable(String nameExpression) {
        if (nameExpression == null) {
            return null;
        }
        String expr = nameExpression.strip();
        List<String> parts = splitTopLevel(expr, '+');
        if (parts.size() > 1) {
            String found = null;
            for (String part : parts) {
                if (resolve(part, Map.of()) != null) {
                    continue;
                }
                String variable = nameVariable(part);
                if (variable == null || (found != null && !found.equals(variable))) {
                    return null;
                }
                found = variable;
            }
            return found;
        }
        if (VARIABLE.matcher(expr).matches() && !constants.containsKey(expr)) {
            return expr;
        }
        if (expr.startsWith("\"") && expr.endsWith("\"")) {
            String found = null;
            Matcher m = INTERPOLATION.matcher(expr);
            while (m.find()) {
                String inner = m.group(1).strip();
                if (!constants.containsKey(inner)) {
                    if (found != null && !found.equals(inner)) {
                        return null;
                    }
                    found = inner;
                }
            }
            return found;
        }
        return null;
    }

    /** The table a {@code for (k, v) in TABLE { ... }} around a position iterates, or null. */
    private String enclosingLoopTable(int position) {
        String table = null;
        Matcher m = FOR_LOOP.matcher(text);
        while (m.find() && m.start() < position) {
            int close = matching(m.end() - 1);
            if (close > position) {
                table = m.group(2);
            }
        }
        return table;
    }

    /**
     * The target names an expression lists: its string literals and the entry's variable, and with
     * {@code value["targets"]} the entry's own dependencies; product references of other packages are skipped.
     */
    private List<String> names(String expression, Map<String, String> bindings, TableEntry entry) {
        List<String> names = new ArrayList<>();
        if (expression == null) {
            return names;
        }
        String list = expression.strip();
        if (list.startsWith("[") && list.endsWith("]") && matchingIn(list, 0) == list.length() - 1) {
            for (String item : splitTopLevel(list.substring(1, list.length() - 1), ',')) {
                Matcher reference = TARGET_REFERENCE.matcher(item);
                String resolved = resolve(reference.matches() ? reference.group(1) : item, bindings);
                if (resolved != null) {
                    names.add(resolved);
                } else if (!item.startsWith(".product")) {
                    names.addAll(names(" " + item, bindings, entry));
                }
            }
            return names;
        }
        String expr = withoutCalls(expression, ".product");
        Matcher subscript = TARGETS_SUBSCRIPT.matcher(expr);
        if (subscript.find() && entry != null) {
            names.addAll(entry.dependencies());
        }
        expr = subscript.replaceAll(" ");
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '"') {
                int end = endOfString(expr, i);
                String value = resolve(expr.substring(i, end + 1), bindings);
                if (value != null) {
                    names.add(value);
                }
                i = end;
            }
        }
        for (String variable : bindings.keySet()) {
            Matcher m = Pattern.compile("(?<![\\w$.])" + Pattern.quote(variable) + "(?![\\w(.])").matcher(blankStrings(expr));
            while (m.find()) {
                names.add(bindings.get(variable));
            }
        }
        return names;
    }

    /** The index of the bracket closing the one at {@code open} in a string, or -1. */
    private static int matchingIn(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutCalls(String expression, String function) {
        StringBuilder out = new StringBuilder(expression);
        Matcher m = Pattern.compile(Pattern.quote(function) + "\\s*\\(").matcher(expression);
        while (m.find()) {
            int open = m.end() - 1;
            int depth = 0;
            for (int i = open; i < expression.length(); i++) {
                char c = expression.charAt(i);
                if (c == '"') {
                    i = endOfString(expression, i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    for (int j = m.start(); j <= i; j++) {
                        out.setCharAt(j, ' ');
                    }
                    break;
                }
            }
        }
        return out.toString();
    }

    private static String blankStrings(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                int end = endOfString(s, i);
                for (int j = i; j <= end && j < s.length(); j++) {
                    out.setCharAt(j, ' ');
                }
                i = end;
            }
        }
        return out.toString();
    }

    // ---- tables: "name": [ "sha256": "...", "sha256" + suffix: "...", "targets": [...], ... ] ----

    private record TableEntry(String key, String name, String checksum, List<String> dependencies) {
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
            List<String> dependencies = new ArrayList<>();
            String checksum = null;
            boolean hasChecksum = false;
            Map<String, String> suffixed = new LinkedHashMap<>();
            for (String item : splitTopLevel(text.substring(open + 1, close), ',')) {
                int colon = indexOfTopLevel(item, ':');
                if (colon < 0) {
                    continue;
                }
                List<String> keyParts = splitTopLevel(item.substring(0, colon), '+');
                String first = keyParts.isEmpty() ? null : resolve(keyParts.get(0), Map.of());
                String value = item.substring(colon + 1).strip();
                if ("targets".equals(first) && keyParts.size() == 1 && value.startsWith("[") && value.endsWith("]")) {
                    for (String dependency : splitTopLevel(value.substring(1, value.length() - 1), ',')) {
                        String resolved = resolve(dependency, Map.of());
                        dependencies.add(resolved == null ? dependency : resolved);
                    }
                } else if ("sha256".equals(first) && keyParts.size() == 1) {
                    checksum = resolve(value, Map.of());
                    hasChecksum = true;
                } else if ("sha256".equals(first)) {
                    String suffix = resolve(String.join("+", keyParts.subList(1, keyParts.size())), Map.of());
                    suffixed.put(suffix == null ? "<unreadable suffix>" : suffix, resolve(value, Map.of()));
                }
            }
            if (hasChecksum) {
                List<TableEntry> entries = byConstant.computeIfAbsent(enclosingConstant(m.start()), c -> new ArrayList<>());
                entries.add(new TableEntry(key, key, checksum, List.copyOf(dependencies)));
                suffixed.forEach((suffix, sum) -> entries.add(new TableEntry(key, key + suffix, sum,
                        dependencies.stream().map(d -> d + suffix).toList())));
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

    /**
     * The value of a string expression: literals, constants, bound variables, their interpolation and
     * {@code +}; null when not textual.
     */
    String resolve(String expression, Map<String, String> bindings) {
        if (expression == null) {
            return null;
        }
        String expr = expression.strip();
        if (bindings.containsKey(expr)) {
            return bindings.get(expr);
        }
        List<String> parts = splitTopLevel(expr, '+');
        if (parts.size() > 1) {
            StringBuilder value = new StringBuilder();
            for (String part : parts) {
                String resolved = resolve(part, bindings);
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
                String resolved = resolve(m.group(1), bindings);
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
            return resolve(constants.get(expr), bindings);
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
