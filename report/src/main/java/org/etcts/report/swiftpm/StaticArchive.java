package org.etcts.report.swiftpm;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Mach-O static library (or object) as Debian's LLVM tools show it: per member, its platform
 * ({@code LC_BUILD_VERSION}), its CPU, its non-empty sections, and the symbols it defines and the ones it
 * leaves undefined. {@code llvm-nm -A -P} gives the symbols, {@code llvm-objdump --macho --private-headers
 * --section-headers} the rest; no Apple tool is needed.
 *
 * @param members the members in archive order
 */
public record StaticArchive(List<Member> members) {

    /**
     * One object file of the archive.
     *
     * @param name its name in the archive
     * @param platform its build platform ({@code ios}, {@code iossimulator}, {@code macos}), or null when it has none
     * @param cpu its CPU type as the Mach header names it ({@code ARM64}), or null
     * @param sections its non-empty sections
     * @param defined the symbols it defines
     * @param undefined the symbols it needs from elsewhere
     */
    public record Member(String name, String platform, String cpu, Set<String> sections, Set<String> defined, Set<String> undefined) {

        /** Whether it carries a static initialiser: what dyld runs at start-up, and what {@code -force_load} keeps. */
        public boolean hasStaticInitializer() {
            return sections.contains("__mod_init_func") || sections.contains("__init_offsets");
        }
    }

    private static final Pattern NM_PREFIX = Pattern.compile("^(.*?)(?:\\[([^\\]]+)\\])?: (.*)$");
    private static final Pattern MEMBER_HEADER = Pattern.compile("^(.*)\\(([^()]+)\\):$");
    private static final Pattern SECTION_ROW = Pattern.compile("^\\s*\\d+\\s+(\\S+)\\s+([0-9a-fA-F]+)\\s");
    private static final Pattern PLATFORM = Pattern.compile("^\\s*platform\\s+(\\S+)");
    private static final Pattern MACH_HEADER = Pattern.compile("^MH_MAGIC(?:_64)?\\s+(\\S+)");

    /**
     * The LLVM tools the inspection needs.
     *
     * @param nm {@code llvm-nm}
     * @param objdump {@code llvm-objdump}
     */
    public record Tools(Path nm, Path objdump) {

        /** Finds {@code llvm-nm} and {@code llvm-objdump} on the PATH (unversioned first, then the newest {@code -N}), or null. */
        public static Tools find() {
            Path nm = onPath("llvm-nm");
            Path objdump = onPath("llvm-objdump");
            return nm == null || objdump == null ? null : new Tools(nm, objdump);
        }

        /** Why {@link #find()} found nothing, with the fix. */
        public static String missing() {
            return "llvm-nm and llvm-objdump are not on the PATH (Debian: apt-get install llvm)";
        }

        private static Path onPath(String tool) {
            String path = System.getenv("PATH");
            if (path == null) {
                return null;
            }
            List<Path> versioned = new ArrayList<>();
            for (String dir : path.split(File.pathSeparator)) {
                Path plain = Path.of(dir, tool);
                if (Files.isExecutable(plain)) {
                    return plain;
                }
                try (Stream<Path> files = Files.list(Path.of(dir))) {
                    files.filter(f -> f.getFileName().toString().matches(Pattern.quote(tool) + "-\\d+") && Files.isExecutable(f))
                            .forEach(versioned::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable PATH entry holds no tool
                }
            }
            return versioned.stream().max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll(".*-", ""))))
                    .orElse(null);
        }
    }

    /**
     * Reads an archive.
     *
     * @throws IOException naming the tool and its message when it cannot read the file (not Mach-O, not an archive)
     */
    public static StaticArchive read(Path library, Tools tools) throws IOException {
        Map<String, MemberBuilder> members = new LinkedHashMap<>();
        String file = library.getFileName().toString();
        String current = null;
        for (String line : run(library, tools.objdump().toString(), "--macho", "--private-headers", "--section-headers", file)) {
            current = headerLine(line, file, current, members);
        }
        for (String line : run(library, tools.nm().toString(), "-A", "-P", file)) {
            symbolLine(line, file, members);
        }
        List<Member> read = new ArrayList<>();
        members.forEach((name, b) -> read.add(new Member(name, b.platform, b.cpu, Set.copyOf(b.sections), Set.copyOf(b.defined), Set.copyOf(b.undefined))));
        return new StaticArchive(List.copyOf(read));
    }

    private static final class MemberBuilder {
        String platform;
        String cpu;
        final Set<String> sections = new TreeSet<>();
        final Set<String> defined = new TreeSet<>();
        final Set<String> undefined = new TreeSet<>();
    }

    /** Reads one line of llvm-objdump's output into the member it belongs to; returns the member the next line belongs to. */
    private static String headerLine(String line, String file, String current, Map<String, MemberBuilder> members) {
        Matcher header = MEMBER_HEADER.matcher(line);
        if (header.matches() && header.group(1).equals(file)) {
            members.computeIfAbsent(header.group(2), m -> new MemberBuilder());
            return header.group(2);
        }
        if (line.equals(file + ":")) {
            members.computeIfAbsent(file, m -> new MemberBuilder());
            return file;
        }
        MemberBuilder member = current == null ? null : members.get(current);
        if (member == null) {
            return current;
        }
        Matcher section = SECTION_ROW.matcher(line);
        Matcher platform = PLATFORM.matcher(line);
        Matcher mach = MACH_HEADER.matcher(line);
        if (section.find()) {
            if (Long.parseLong(section.group(2), 16) > 0) {
                member.sections.add(section.group(1));
            }
        } else if (platform.find()) {
            member.platform = platform.group(1).toLowerCase(Locale.ROOT);
        } else if (mach.find()) {
            member.cpu = mach.group(1);
        }
        return current;
    }

    private static void symbolLine(String line, String file, Map<String, MemberBuilder> members) {
        Matcher m = NM_PREFIX.matcher(line);
        if (!m.matches() || !m.group(1).equals(file)) {
            return;
        }
        String member = m.group(2) == null ? file : m.group(2);
        String[] tokens = m.group(3).strip().split("\\s+");
        int type = tokens.length - 1;
        if (tokens.length >= 3 && tokens[tokens.length - 1].matches("[0-9a-fA-F]*") && tokens[tokens.length - 2].matches("[0-9a-fA-F]*")) {
            type = tokens.length - 3;
        }
        if (type < 1 || tokens[type].length() != 1) {
            return;
        }
        String name = String.join(" ", Arrays.copyOfRange(tokens, 0, type));
        MemberBuilder builder = members.computeIfAbsent(member, x -> new MemberBuilder());
        if (tokens[type].equals("U")) {
            builder.undefined.add(name);
        } else {
            builder.defined.add(name);
        }
    }

    private static List<String> run(Path library, String... command) throws IOException {
        Path stderr = Files.createTempFile("etcts-llvm-", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(library.toAbsolutePath().getParent().toFile())
                    .redirectError(stderr.toFile()).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                String message = Files.readString(stderr, StandardCharsets.UTF_8).strip();
                throw new IOException(Path.of(command[0]).getFileName() + " cannot read " + library.getFileName() + ": "
                        + (message.isEmpty() ? "exit code " + code : message.lines().findFirst().orElse(message)));
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + library, e);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
