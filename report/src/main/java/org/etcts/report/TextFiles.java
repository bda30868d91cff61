package org.etcts.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the text files a user hands the report's commands (must-pass lists, expectations, a
 * {@code Package.swift}) as UTF-8, and turns every way that can fail into one message naming the
 * file, the cause and the fix, instead of a bare Java exception.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The whole file as UTF-8 text.
     *
     * @param file the file
     * @param what what the file is, for the message (e.g. {@code "the must-pass list"})
     * @throws IOException with a message naming the file, the cause and the fix
     */
    public static String readUtf8(Path file, String what) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(what + " " + file + " is a directory; give the file itself");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(what + " " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException(what + " " + file + " cannot be read: permission denied (make it readable)", e);
        } catch (IOException e) {
            throw new IOException(what + " " + file + " cannot be read: " + e, e);
        }
        return decode(bytes, file, what);
    }

    /**
     * The file's lines as UTF-8 text; see {@link #readUtf8(Path, String)}.
     *
     * @param file the file
     * @param what what the file is, for the message
     * @throws IOException with a message naming the file, the cause and the fix
     */
    public static List<String> readUtf8Lines(Path file, String what) throws IOException {
        return readUtf8(file, what).lines().toList();
    }

    private static String decode(byte[] bytes, Path file, String what) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new IOException(what + " " + file + " is not UTF-8 text: byte 0x"
                    + String.format("%02x", bytes[offset] & 0xFF) + " at line " + line + ", column " + column
                    + " (byte offset " + offset + ") is not valid UTF-8; save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
