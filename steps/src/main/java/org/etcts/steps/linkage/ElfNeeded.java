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
 * Reads the DT_NEEDED entries of a 64-bit ELF shared library straight from its file, so a linkage step
 * checks the library the JVM actually loaded rather than what the build recorded about it.
 */
public final class ElfNeeded {

    private static final int SHT_DYNAMIC = 6;
    private static final long DT_NULL = 0;
    private static final long DT_NEEDED = 1;

    private ElfNeeded() {
    }

    /** {@return the names the dynamic section of {@code library} needs, in order} */
    public static List<String> of(Path library) throws IOException {
        ByteBuffer elf = ByteBuffer.wrap(Files.readAllBytes(library));  // big-endian until the ELF header says otherwise
        if (elf.limit() < 64 || elf.getInt(0) != 0x7f454c46) {
            throw new IOException(library + " is not an ELF file");
        }
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

    private static String cString(ByteBuffer elf, int at) {
        int end = at;
        while (elf.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        elf.get(at, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
