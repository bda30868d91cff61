package org.etcts.steps.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDylibLoadCommandsOfAMachOLibraryAndSkipsTheOthers() throws IOException {
        byte[][] commands = {
            dylibCommand(0xd, "@rpath/libetcts_jni.dylib"), // LC_ID_DYLIB: the library itself, not a dependency
            pathCommand(0x8000001c, "@loader_path"), // LC_RPATH
            dylibCommand(0xc, "@rpath/libexecutorch.dylib"), // LC_LOAD_DYLIB
            dylibCommand(0x80000018, "/usr/lib/libc++.1.dylib"), // LC_LOAD_WEAK_DYLIB
            dylibCommand(0xc, "@rpath/libexecutorch_backend_coreml.dylib"),
        };
        Path library = write("libetcts_jni.dylib", machO(commands));

        assertThat(LinkedLibraries.of(library)).containsExactly(
                "@rpath/libexecutorch.dylib", "/usr/lib/libc++.1.dylib", "@rpath/libexecutorch_backend_coreml.dylib");
    }

    @Test
    void refusesAFileThatIsNeitherElfNorMachO() throws IOException {
        Path notALibrary = write("notes.txt", "not a library, but long enough to hold any header we look at...".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> LinkedLibraries.of(notALibrary))
                .isInstanceOf(IOException.class).hasMessageContaining("neither an ELF nor a 64-bit Mach-O file");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** A 64-bit arm64 MH_DYLIB header followed by the load commands. */
    private static byte[] machO(byte[]... commands) {
        int size = 0;
        for (byte[] command : commands) {
            size += command.length;
        }
        ByteBuffer file = ByteBuffer.allocate(32 + size).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(0xfeedfacf).putInt(0x0100000c).putInt(0).putInt(6).putInt(commands.length).putInt(size).putInt(0).putInt(0);
        for (byte[] command : commands) {
            file.put(command);
        }
        return file.array();
    }

    /** A dylib_command: cmd, cmdsize, name offset (24), timestamp, current and compatibility versions, name. */
    private static byte[] dylibCommand(int command, String name) {
        return withName(command, 24, name);
    }

    /** An rpath_command: cmd, cmdsize, path offset (12), path. */
    private static byte[] pathCommand(int command, String path) {
        return withName(command, 12, path);
    }

    private static byte[] withName(int command, int offset, String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        int size = (offset + text.length + 1 + 7) & ~7;
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(command).putInt(size).putInt(offset);
        buffer.position(offset);
        buffer.put(text);
        return buffer.array();
    }
}
