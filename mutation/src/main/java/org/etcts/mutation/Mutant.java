package org.etcts.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One runtime mutant: its id (the source's base name), its kind, the documented behaviour it breaks (read
 * from the {@code // kind:} and {@code // breaks:} lines that open {@code mutation/mutants/<id>.cpp}), and
 * the preloadable library built from it.
 *
 * @param id the mutant's id, e.g. {@code kernels-one-short}
 * @param kind {@code behaviour}, {@code crash} or {@code hang}
 * @param breaks what the mutant breaks, in one sentence
 * @param library the built library, preloaded with {@code LD_PRELOAD}
 */
public record Mutant(String id, String kind, String breaks, Path library) {

    /** Whether the mutant is meant to kill the process or stop it answering, rather than change an answer. */
    public boolean isCrashOrHang() {
        return !kind.equals("behaviour");
    }

    /**
     * Every mutant whose source and library both exist, in id order.
     *
     * @param sources the folder of the mutants' sources
     * @param libraries the folder of the built libraries
     * @return the mutants
     * @throws IOException when a source cannot be read
     */
    public static List<Mutant> all(Path sources, Path libraries) throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".cpp")).sorted().toList()) {
                String id = source.getFileName().toString().replaceFirst("\\.cpp$", "");
                Path library = libraries.resolve(id + ".so");
                if (!Files.isRegularFile(library)) {
                    throw new IllegalStateException("the mutant " + id + " has no library at " + library
                            + ": build the mutants first (mutation/scripts/build-mutants.sh, run by ./mvnw -B -Pmutation verify)");
                }
                List<String> lines = Files.readAllLines(source);
                mutants.add(new Mutant(id, header(lines, "kind", source), header(lines, "breaks", source), library));
            }
        }
        return mutants;
    }

    private static String header(List<String> lines, String key, Path source) {
        String prefix = "// " + key + ": ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim()).findFirst()
                .orElseThrow(() -> new IllegalStateException(source + " lacks its '" + prefix.trim() + "' line"));
    }
}
