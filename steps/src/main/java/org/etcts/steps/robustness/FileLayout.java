package org.etcts.steps.robustness;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the mutator knows of the two file formats the runtime reads, from their published layout (the
 * {@code .pte} and {@code .ptd} format pages of the ExecuTorch documentation). Both are flatbuffers whose
 * first 8 bytes are the offset of the root table and a 4-byte file identifier, followed by an
 * ExecuTorch header; all numbers are little-endian.
 *
 * <ul>
 *   <li>{@code .pte}: identifier {@code ET12} at bytes 4..8; an optional extended header at byte 8, magic
 *       {@code eh00}, then its length (uint32), the program size (uint64), the segment base offset (uint64)
 *       and, when the length says 32 or more, the segment data size (uint64). Programs without segments
 *       (constant data inside the flatbuffer) carry no extended header.</li>
 *   <li>{@code .ptd}: identifier {@code FT01} at bytes 4..8; a header at byte 8, magic {@code FH01}, then its
 *       length (uint32), the flatbuffer offset and size, the segment base offset and the segment data size
 *       (uint64 each).</li>
 * </ul>
 */
public final class FileLayout {

    /** The offset of the root table, the first field of every flatbuffer. */
    static final HeaderField ROOT_OFFSET = new HeaderField("flatbuffer root offset", 0, 4, false);

    private FileLayout() {
    }

    /** The kind of a file: a program or a named-data file. */
    public enum Kind {
        /** A {@code .pte} program. */
        PROGRAM,
        /** A {@code .ptd} data file. */
        DATA;

        /** The kind of a file, by its name. */
        public static Kind of(String fileName) {
            return fileName.endsWith(".ptd") ? DATA : PROGRAM;
        }
    }

    /**
     * The header fields present in a file.
     *
     * @param kind what the file is
     * @param bytes its contents
     * @return the fields, in file order; only the root offset when the file is too short for more
     */
    public static List<HeaderField> headerFields(Kind kind, byte[] bytes) {
        List<HeaderField> fields = new ArrayList<>();
        fields.add(ROOT_OFFSET);
        if (bytes.length < 8) {
            return fields;
        }
        if (kind == Kind.PROGRAM) {
            fields.add(new HeaderField("program identifier (ET12)", 4, 4, true));
            if (bytes.length >= 32 && ascii(bytes, 8, 4).equals("eh00")) {
                fields.add(new HeaderField("extended header magic (eh00)", 8, 4, true));
                fields.add(new HeaderField("extended header length", 12, 4, false));
                fields.add(new HeaderField("program size", 16, 8, false));
                fields.add(new HeaderField("segment base offset", 24, 8, false));
                if (bytes.length >= 40 && uint32(bytes, 12) >= 32) {
                    fields.add(new HeaderField("segment data size", 32, 8, false));
                }
            }
        } else {
            fields.add(new HeaderField("data file identifier (FT01)", 4, 4, true));
            if (bytes.length >= 48 && ascii(bytes, 8, 4).equals("FH01")) {
                fields.add(new HeaderField("data header magic (FH01)", 8, 4, true));
                fields.add(new HeaderField("data header length", 12, 4, false));
                fields.add(new HeaderField("flatbuffer offset", 16, 8, false));
                fields.add(new HeaderField("flatbuffer size", 24, 8, false));
                fields.add(new HeaderField("segment base offset", 32, 8, false));
                fields.add(new HeaderField("segment data size", 40, 8, false));
            }
        }
        return fields;
    }

    /**
     * Where the flatbuffer's tables and vectors lie: the whole file when there is no header that says,
     * else the program size ({@code .pte}) or the flatbuffer offset and size ({@code .ptd}), clipped to the
     * file.
     *
     * @return {start, end} byte offsets
     */
    public static int[] flatbufferRegion(Kind kind, byte[] bytes) {
        int start = 0;
        long end = bytes.length;
        for (HeaderField field : headerFields(kind, bytes)) {
            if (field.name().equals("program size")) {
                end = read(bytes, field);
            } else if (field.name().equals("flatbuffer size")) {
                end = read(bytes, field) + start;
            } else if (field.name().equals("flatbuffer offset")) {
                start = (int) Math.min(read(bytes, field), bytes.length);
            }
        }
        return new int[] {start, (int) Math.max(start, Math.min(end, bytes.length))};
    }

    /** Reads a numeric field (little-endian). */
    static long read(byte[] bytes, HeaderField field) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return field.width() == 8 ? buffer.getLong(field.offset()) : Integer.toUnsignedLong(buffer.getInt(field.offset()));
    }

    /** Writes a numeric field (little-endian), truncating the value to the field's width. */
    static void write(byte[] bytes, int offset, int width, long value) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (width == 8) {
            buffer.putLong(offset, value);
        } else {
            buffer.putInt(offset, (int) value);
        }
    }

    static long uint32(byte[] bytes, int offset) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(offset));
    }

    static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
