package org.etcts.steps.linkage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the libraries a shared library asks the dynamic loader for, straight from its file: the DT_NEEDED
 * entries of a 64-bit ELF library (Linux) or the LC_LOAD_DYLIB commands, and their weak, re-export and
 * upward forms, of a 64-bit Mach-O library (macOS). A linkage step so checks the library the JVM actually
 * loaded rather than what the build recorded about it. (native/scripts/load-commands.py reads the same at
 * build time, before any Java exists.)
 */
public final class LinkedLibraries {

    private static final int SHT_DYNAMIC = 6;
    private static final long DT_NULL = 0;
    private static final long DT_NEEDED = 1;

    private static final int MH_MAGIC_64 = 0xfeedfacf;
    private static final int LC_REQ_DYLD = 0x80000000;
    private static final List<Integer> LC_DYLIB_DEPENDENCIES = List.of(
            0xc, // LC_LOAD_DYLIB
            0x18 | LC_REQ_DYLD, // LC_LOAD_WEAK_DYLIB
            0x1f | LC_REQ_DYLD, // LC_REEXPORT_DYLIB
            0x23 | LC_REQ_DYLD); // LC_LOAD_UPWARD_DYLIB

    private LinkedLibraries() {
    }

    /** {@return the libraries {@code library} names as its dependencies, in order} */
    public static List<String> of(Path library) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(library));  // big-endian until the header says otherwise
        if (file.limit() >= 64 && file.getInt(0) == 0x7f454c46) {
            return elfNeeded(library, file);
        }
        if (file.limit() >= 32 && file.order(ByteOrder.LITTLE_ENDIAN).getInt(0) == MH_MAGIC_64) {
            return machODylibs(file);
        }
        throw new IOException(library + " is neither an ELF nor a 64-bit Mach-O file");
    }

    private static List<String> elfNeeded(Path library, ByteBuffer elf) throws IOException {
        if (elf.get(4) != 2) {
            throw new IOException(library + " is not a 64-bit ELF file");
        }
        elf.order(elf.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long sectionHeaders = elf.getLong(0x28);
        int entrySize = Short.toUnsignedInt(elf.getShort(0x3a));
        int sections = Short.toUnsignedInt(elf.getShort(0x3c));
        for (int i = 0; i < sections; i++) {
            int header = Math.toIntExact(sectionHeaders + (long) i * entrySize);
            if (elf.getInt(header + 4) != SHT_DYNAMIC) {
                continue;
            }
            int dynamic = Math.toIntExact(elf.getLong(header + 0x18));
            long size = elf.getLong(header + 0x20);
            int linked = elf.getInt(header + 0x28);
            int strings = Math.toIntExact(elf.getLong(Math.toIntExact(sectionHeaders + (long) linked * entrySize) + 0x18));
            List<String> needed = new ArrayList<>();
            for (int entry = dynamic; entry + 16 <= dynamic + size; entry += 16) {
                long tag = elf.getLong(entry);
                if (tag == DT_NULL) {
                    break;
                }
                if (tag == DT_NEEDED) {
                    needed.add(cString(elf, strings + Math.toIntExact(elf.getLong(entry + 8))));
                }
            }
            return needed;
        }
        throw new IOException(library + " has no dynamic section");
    }

    /** The names of the dylib load commands; a dylib_command's name is at the offset its third word holds. */
    private static List<String> machODylibs(ByteBuffer macho) {
        int commands = macho.getInt(16);
        int at = 32;
        List<String> dylibs = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            int command = macho.getInt(at);
            int size = macho.getInt(at + 4);
            if (LC_DYLIB_DEPENDENCIES.contains(command)) {
                dylibs.add(cString(macho, at + macho.getInt(at + 8)));
            }
            at += size;
        }
        return dylibs;
    }

    private static String cString(ByteBuffer file, int at) {
        int end = at;
        while (file.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        file.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
