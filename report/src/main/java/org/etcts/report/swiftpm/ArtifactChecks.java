package org.etcts.report.swiftpm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The branch's binaries, from a folder of its downloaded zips (named as the last part of each URL): each
 * zip's SHA-256 is the manifest's checksum; it unzips to {@code <target>.xcframework} whose
 * {@code Info.plist} parses and lists the slices Apple apps need ({@link Xcframework.RequiredSlice}); each
 * slice's objects are built for that slice's platform; each kernel and backend library holds its
 * registration object; the {@code executorch} product exports the documented API classes.
 *
 * <p>A registration object is an archive member that carries a static initialiser (a non-empty
 * {@code __mod_init_func} section) and calls the runtime's registration function (an undefined reference to
 * {@code register_backend} for a backend, {@code register_kernels} for kernels): ExecuTorch registers
 * backends and kernels from static initialisers, which the linker keeps only when it loads the member, hence
 * the spec's {@code -force_load}. A library without such a member registers nothing, whatever the app links.
 */
public final class ArtifactChecks {

    /** The Objective-C classes the spec documents (Runtime API: Module, Tensor, Value, Log). */
    static final List<String> API_CLASSES = List.of("ExecuTorchModule", "ExecuTorchTensor", "ExecuTorchValue", "ExecuTorchLog");

    private static final Pattern REGISTER_BACKEND = Pattern.compile("\\d+register_backendE");
    private static final Pattern REGISTER_KERNELS = Pattern.compile("\\d+register_kernelsE");

    private ArtifactChecks() {
    }

    /** Checks every downloadable binary target's zip in {@code folder}. */
    public static void check(SwiftManifest manifest, Path folder, String debugSuffix, Findings findings) {
        if (!Files.isDirectory(folder)) {
            findings.fail("the artifacts folder " + folder + " does not exist: download the branch's zips (the manifest's URLs) into it");
            return;
        }
        StaticArchive.Tools tools = StaticArchive.Tools.find();
        if (tools == null) {
            findings.notTested("the libraries' contents (registration objects, API classes, slice platforms): " + StaticArchive.Tools.missing());
        }
        for (SwiftManifest.Target target : manifest.binaryTargets()) {
            if (target.kind() != SwiftManifest.Kind.BINARY_URL || target.url() == null) {
                continue; // the manifest checks failed it already
            }
            String path = URI.create(target.url().replace(" ", "%20")).getPath();
            String file = path.substring(path.lastIndexOf('/') + 1);
            Path zip = folder.resolve(file);
            if (!Files.isRegularFile(zip)) {
                findings.fail(target.name() + ": " + file + " is not in " + folder + " (download " + target.url() + ")");
                continue;
            }
            checkZip(target, zip, debugSuffix, tools, findings);
        }
    }

    private static void checkZip(SwiftManifest.Target target, Path zip, String debugSuffix, StaticArchive.Tools tools, Findings findings) {
        String name = target.name();
        String file = zip.getFileName().toString();
        String sha256 = sha256(zip);
        if (!sha256.equals(target.checksum())) {
            findings.fail(name + ": " + file + " has the SHA-256 " + sha256 + " but the manifest's checksum is \"" + target.checksum()
                    + "\": SwiftPM refuses it (the published zip was replaced, or the manifest is stale)");
        }
        int before = findings.failureCount();
        Path unpacked = null;
        try {
            unpacked = Files.createTempDirectory("etcts-swiftpm-");
            try {
                unzip(zip, unpacked);
            } catch (ZipException e) {
                findings.fail(name + ": " + file + " is not a readable zip: " + e.getMessage());
                return;
            }
            Path root = unpacked.resolve(name + ".xcframework");
            if (!Files.isDirectory(root)) {
                findings.fail(name + ": " + file + " holds no " + name + ".xcframework (it holds " + topLevel(unpacked)
                        + "): SwiftPM looks for the artifact named as the target");
                return;
            }
            Xcframework framework;
            try {
                framework = Xcframework.read(root);
            } catch (IOException e) {
                findings.fail(name + ": " + e.getMessage());
                return;
            }
            List<String> checked = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Xcframework.RequiredSlice slice : Xcframework.RequiredSlice.values()) {
                Xcframework.Library library = slice.in(framework);
                if (library == null) {
                    missing.add(slice.id);
                } else {
                    checked.add(slice.id);
                    checkLibrary(name, debugSuffix, slice, library, root, tools, findings);
                }
            }
            if (!missing.isEmpty()) {
                findings.fail(name + ": " + name + ".xcframework lacks the slices " + String.join(", ", missing) + " (its Info.plist lists "
                        + String.join(", ", framework.libraries().stream().map(Xcframework.Library::identifier).toList()) + ")");
            }
            if (findings.failureCount() == before && sha256.equals(target.checksum())) {
                findings.ok(name + ": " + file + " matches its checksum; " + name + ".xcframework has the slices " + String.join(", ", checked)
                        + (tools == null ? "" : "; " + role(name, debugSuffix).holds()));
            }
        } catch (IOException e) {
            findings.fail(name + ": cannot unpack " + file + ": " + e.getMessage());
        } finally {
            delete(unpacked);
        }
    }

    /** What a library of a target must hold. */
    private enum Role {
        BACKEND("its registration object (static initialiser calling register_backend) in every slice"),
        KERNELS("its registration object (static initialiser calling register_kernels) in every slice"),
        RUNTIME("the API classes " + String.join(", ", API_CLASSES) + " in every slice"),
        OTHER("objects built for each slice's platform");

        private final String holds;

        Role(String holds) {
            this.holds = holds;
        }

        String holds() {
            return holds;
        }
    }

    private static Role role(String target, String debugSuffix) {
        String base = target.endsWith(debugSuffix) ? target.substring(0, target.length() - debugSuffix.length()) : target;
        if (base.startsWith("backend_")) {
            return Role.BACKEND;
        }
        if (base.startsWith("kernels_")) {
            return Role.KERNELS;
        }
        return base.equals("executorch") ? Role.RUNTIME : Role.OTHER;
    }

    private static void checkLibrary(String name, String debugSuffix, Xcframework.RequiredSlice slice, Xcframework.Library library, Path root,
            StaticArchive.Tools tools, Findings findings) {
        Path binary = library.binary(root);
        String where = name + " (" + slice.id + ", " + library.path() + ")";
        if (!Files.isRegularFile(binary)) {
            findings.fail(where + ": the library the Info.plist names is not in the xcframework");
            return;
        }
        if (tools == null) {
            return;
        }
        StaticArchive archive;
        try {
            archive = StaticArchive.read(binary, tools);
        } catch (IOException e) {
            findings.fail(where + ": " + e.getMessage());
            return;
        }
        List<String> foreign = archive.members().stream()
                .filter(m -> m.platform() != null && !m.platform().equals(slice.machoPlatform))
                .map(m -> m.name() + " (" + m.platform() + ")").toList();
        if (!foreign.isEmpty()) {
            findings.fail(where + ": objects built for another platform than " + slice.machoPlatform + ": " + String.join(", ", foreign));
        }
        switch (role(name, debugSuffix)) {
            case BACKEND -> registration(where, archive, REGISTER_BACKEND, "register_backend", findings);
            case KERNELS -> registration(where, archive, REGISTER_KERNELS, "register_kernels", findings);
            case RUNTIME -> apiClasses(where, archive, findings);
            case OTHER -> {
            }
        }
    }

    private static void registration(String where, StaticArchive archive, Pattern function, String functionName, Findings findings) {
        boolean registers = archive.members().stream().anyMatch(m -> m.hasStaticInitializer()
                && m.undefined().stream().anyMatch(s -> function.matcher(s).find()));
        if (!registers) {
            findings.fail(where + ": no registration object: no member has a static initialiser (__mod_init_func) that calls " + functionName
                    + ", so -force_load registers nothing (" + archive.members().size() + " members)");
        }
    }

    private static void apiClasses(String where, StaticArchive archive, Findings findings) {
        TreeSet<String> defined = new TreeSet<>();
        archive.members().forEach(m -> defined.addAll(m.defined()));
        List<String> missing = API_CLASSES.stream().filter(c -> !defined.contains("_OBJC_CLASS_$_" + c)).toList();
        if (!missing.isEmpty()) {
            findings.fail(where + ": the documented API classes are not exported: " + String.join(", ", missing.stream().map(c -> "_OBJC_CLASS_$_" + c).toList()));
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks a zip, refusing entries that would land outside the folder. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new ZipException("the entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static String topLevel(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            return names.isEmpty() ? "nothing" : String.join(", ", names);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no finding
        }
    }
}
