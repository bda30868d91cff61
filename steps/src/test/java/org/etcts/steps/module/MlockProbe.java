package org.etcts.steps.module;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.etcts.results.JvmLauncher;

/**
 * What this machine allows about locking memory, for the load modes that mlock the mapped program
 * ({@code mmapUseMlock}, {@code mmapUseMlockIgnoreErrors}).
 *
 * <ul>
 *   <li>{@code @requires:mlock=allowed}: this process may lock the pages of a small program (it holds
 *       CAP_IPC_LOCK, or RLIMIT_MEMLOCK is at least 1 MiB).</li>
 *   <li>{@code @requires:mlock=denied}: a child process can be started that may not lock any memory
 *       (RLIMIT_MEMLOCK 0 and no CAP_IPC_LOCK). The suite starts it with {@code prlimit --memlock=0:0}
 *       and, because a root process with CAP_IPC_LOCK ignores the limit, {@code setpriv} dropping that
 *       capability; the child reports the limit and capabilities it really has, and the scenario is
 *       NOT_SUPPORTED when they are not what it needs.</li>
 * </ul>
 */
public final class MlockProbe {

    /** Bit of CAP_IPC_LOCK in the capability masks of /proc/self/status. */
    static final int CAP_IPC_LOCK = 14;
    private static final long ENOUGH_TO_LOCK_A_SMALL_PROGRAM = 1L << 20;

    private MlockProbe() {
    }

    /** Returns null when the requirement holds, otherwise what the probe found. */
    public static String probe(String value) {
        return switch (value) {
            case "allowed" -> probeAllowed();
            case "denied" -> probeDenied();
            default -> throw new IllegalArgumentException("unknown mlock requirement '" + value + "': expected allowed or denied");
        };
    }

    private static String probeAllowed() {
        long effective = capabilities("CapEff");
        long limit = memlockLimit();
        if ((effective & (1L << CAP_IPC_LOCK)) != 0 || limit < 0 || limit >= ENOUGH_TO_LOCK_A_SMALL_PROGRAM) {
            return null;
        }
        return "this process may not lock memory: RLIMIT_MEMLOCK is " + limit + " bytes and it lacks CAP_IPC_LOCK";
    }

    private static String probeDenied() {
        if (alreadyDenied()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("prlimit", "setpriv")) {
            if (findOnPath(tool) == null) {
                missing.add(tool);
            }
        }
        return missing.isEmpty() ? null
                : "this process may lock memory (RLIMIT_MEMLOCK " + memlockLimit() + " bytes, CapEff 0x"
                        + Long.toHexString(capabilities("CapEff")) + ") and " + String.join(" and ", missing)
                        + " is not installed to start a child without that right";
    }

    /** Whether this process itself already has RLIMIT_MEMLOCK 0 and no CAP_IPC_LOCK. */
    static boolean alreadyDenied() {
        return memlockLimit() == 0 && (capabilities("CapEff") & (1L << CAP_IPC_LOCK)) == 0;
    }

    /**
     * Runs {@link MlockChild} in a child JVM that may not lock memory and returns what it printed, line
     * by line ({@code memlock <bytes>}, {@code capeff <hex>}, {@code mode <name> <Ok|error name>}).
     */
    public static List<String> runDeniedChild(Path program) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (!alreadyDenied()) {
            command.addAll(List.of(findOnPath("prlimit").toString(), "--memlock=0:0",
                    findOnPath("setpriv").toString(), "--bounding-set=-ipc_lock", "--inh-caps=-ipc_lock", "--"));
        }
        command.addAll(JvmLauncher.command());
        command.add("-Xmx256m");
        command.add("-XX:-CreateCoredumpOnCrash");
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("etcts."))
                .forEach(n -> command.add("-D" + n + "=" + System.getProperty(n)));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(MlockChild.class.getName());
        command.add(program.toString());
        Path out = Files.createTempFile("etcts-mlock-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the mlock child did not finish in 120 s");
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
            lines.add("exit " + process.exitValue());
            return lines;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Parses the child's {@code mode <name> <result>} lines. */
    public static Map<String, String> modeResults(List<String> lines) {
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[0].equals("mode")) {
                results.put(parts[1], parts[2]);
            }
        }
        return results;
    }

    /** The soft RLIMIT_MEMLOCK of this process in bytes, -1 for unlimited. */
    static long memlockLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max locked memory")) {
                    String soft = line.substring("Max locked memory".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or an unexpected format: treat as unknown (unlimited).
        }
        return -1;
    }

    /** A capability mask of this process from /proc/self/status ({@code CapEff}, {@code CapBnd}). */
    static long capabilities(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseUnsignedLong(line.substring(field.length() + 1).trim(), 16);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: no capabilities known.
        }
        return 0;
    }

    private static Path findOnPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
        for (String dir : (path + ":/usr/bin:/usr/sbin:/bin:/sbin").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
