package org.etcts.steps.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes malformed copies of a fixture file, deterministically: the copy number {@code index} of a file
 * depends only on the seed, the file's name, its bytes and the index, so the parent (which saves
 * reproducers) and the child (which runs the copy) make the same bytes, and a run is repeatable.
 *
 * <p>The families take turns ({@code index % 5}), so every prefix of the corpus mixes them. Offsets and
 * sizes are found without the schema: a 4-byte aligned word of the flatbuffer region whose value, added
 * to its position, lands 4-byte aligned inside the region is taken for a flatbuffer offset ({@code uoffset_t}),
 * and the word it points at for a length or a vtable offset.
 */
public final class Mutator {

    private static final long[] HUGE = {0xFFFFFFFFL, 0x7FFFFFFFL, 0x40000000L, 0x10000000L, 0x01000000L, 0x00100000L};
    private static final String[] PROGRAM_IDENTIFIERS = {"ET13", "ET99", "BP08", "ET1\u0000", "\u0000\u0000\u0000\u0000", "ET11"};
    private static final String[] HEADER_MAGICS = {"eh01", "eh99", "EH00", "\u0000\u0000\u0000\u0000", "FH02", "FT02"};

    private final long seed;

    /**
     * Creates a mutator.
     *
     * @param seed the corpus seed
     */
    public Mutator(long seed) {
        this.seed = seed;
    }

    /**
     * Makes one malformed copy.
     *
     * @param fileName the fixture file's name (part of the seed)
     * @param original its bytes (not modified)
     * @param index which copy
     * @return the copy
     */
    public Mutation mutate(String fileName, byte[] original, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + fileName.hashCode() * 31L + index);
        FileLayout.Kind kind = FileLayout.Kind.of(fileName);
        Mutation.Family family = Mutation.Family.values()[Math.floorMod(index, Mutation.Family.values().length)];
        return switch (family) {
            case BIT_FLIP -> bitFlip(original, random);
            case TRUNCATION -> truncation(kind, original, random);
            case HEADER -> header(kind, original, random);
            case OFFSET -> offset(kind, original, random);
            case SIZE -> size(kind, original, random);
        };
    }

    private static Mutation bitFlip(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(4);
        List<String> changes = new ArrayList<>();
        java.util.Set<Integer> flipped = new java.util.HashSet<>();
        while (flipped.size() < flips) {
            // Half of the flips hit the first 64 bytes, where the headers and the root table's offsets are.
            int position = random.nextBoolean() ? random.nextInt(Math.min(64, bytes.length)) : random.nextInt(bytes.length);
            int bit = random.nextInt(8);
            // The same bit twice would undo itself.
            if (flipped.add(position * 8 + bit)) {
                bytes[position] ^= (byte) (1 << bit);
                changes.add("bit " + bit + " of byte " + position);
            }
        }
        return new Mutation(Mutation.Family.BIT_FLIP, "flipped " + String.join(", ", changes), bytes);
    }

    private static Mutation truncation(FileLayout.Kind kind, byte[] original, SplittableRandom random) {
        List<Integer> cuts = new ArrayList<>(List.of(0, 4, 8, 16, 31, 40, 63, original.length / 2, original.length - 1));
        int[] region = FileLayout.flatbufferRegion(kind, original);
        cuts.add(region[1] - 1);
        cuts.add(region[1]);
        int length = random.nextBoolean() ? cuts.get(random.nextInt(cuts.size())) : random.nextInt(original.length);
        length = Math.max(0, Math.min(length, original.length - 1));
        return new Mutation(Mutation.Family.TRUNCATION, "truncated from " + original.length + " to " + length + " bytes",
                Arrays.copyOf(original, length));
    }

    private static Mutation header(FileLayout.Kind kind, byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        List<HeaderField> fields = FileLayout.headerFields(kind, bytes);
        HeaderField field = fields.get(random.nextInt(fields.size()));
        if (field.magic()) {
            String[] choices = field.offset() == 4 && kind == FileLayout.Kind.PROGRAM ? PROGRAM_IDENTIFIERS : HEADER_MAGICS;
            String value = choices[random.nextInt(choices.length)];
            byte[] magic = value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            System.arraycopy(magic, 0, bytes, field.offset(), 4);
            return new Mutation(Mutation.Family.HEADER, field.name() + " set to '" + printable(value) + "'", bytes);
        }
        long old = FileLayout.read(bytes, field);
        long value = changed(old, interesting(old, bytes.length, field.width(), random), field.width());
        FileLayout.write(bytes, field.offset(), field.width(), value);
        return new Mutation(Mutation.Family.HEADER,
                field.name() + " (byte " + field.offset() + ") changed from " + old + " to " + Long.toUnsignedString(value), bytes);
    }

    private static Mutation offset(FileLayout.Kind kind, byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        List<Integer> offsets = offsetWords(kind, bytes);
        if (offsets.isEmpty()) {
            return bitFlip(original, random);
        }
        int position = offsets.get(random.nextInt(offsets.size()));
        long old = FileLayout.uint32(bytes, position);
        long[] choices = {0, 4, old + 4, old - 4, old + 8, bytes.length - position, bytes.length - position + 4,
                0x7FFFFFFFL, 0xFFFFFFFCL, random.nextLong(1L << 32)};
        long value = changed(old, choices[random.nextInt(choices.length)], 4);
        FileLayout.write(bytes, position, 4, value);
        return new Mutation(Mutation.Family.OFFSET, "offset at byte " + position + " changed from " + old + " to " + value, bytes);
    }

    private static Mutation size(FileLayout.Kind kind, byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        List<Integer> offsets = offsetWords(kind, bytes);
        if (offsets.isEmpty()) {
            return bitFlip(original, random);
        }
        int from = offsets.get(random.nextInt(offsets.size()));
        int position = (int) (from + FileLayout.uint32(bytes, from));
        long old = FileLayout.uint32(bytes, position);
        long[] choices = {HUGE[random.nextInt(HUGE.length)], old * 2 + 1, old + 1, old + 256, 0, random.nextLong(1L << 32)};
        long value = changed(old, choices[random.nextInt(choices.length)], 4);
        FileLayout.write(bytes, position, 4, value);
        return new Mutation(Mutation.Family.SIZE, "word at byte " + position + " (target of the offset at byte " + from
                + ") changed from " + old + " to " + value, bytes);
    }

    /** The aligned words of the flatbuffer region that look like offsets to a place inside it. */
    static List<Integer> offsetWords(FileLayout.Kind kind, byte[] bytes) {
        int[] region = FileLayout.flatbufferRegion(kind, bytes);
        List<Integer> found = new ArrayList<>();
        for (int position = Math.max(region[0], 0); position + 4 <= region[1]; position += 4) {
            long value = FileLayout.uint32(bytes, position);
            long target = position + value;
            if (value >= 4 && value % 4 == 0 && target + 4 <= region[1]) {
                found.add(position);
            }
        }
        return found;
    }

    /** The new value cut to the field's width, or the old one plus one when that is what the field holds already. */
    private static long changed(long old, long value, int width) {
        long mask = width == 8 ? -1L : 0xFFFFFFFFL;
        return (value & mask) == (old & mask) ? (old + 1) & mask : value & mask;
    }

    /** A value a field of this width should not have, or should not have here. */
    private static long interesting(long old, int fileLength, int width, SplittableRandom random) {
        long[] choices = {0, 1, old + 1, old - 1, old + 8, old * 2, fileLength, fileLength + 1L, 0xFFFFFFFFL, 0x100000000L,
                width == 8 ? Long.MAX_VALUE : 0x7FFFFFFFL, width == 8 ? -1L : 0xFFFFFFFFL, random.nextLong(1L << 32)};
        return choices[random.nextInt(choices.length)];
    }

    private static String printable(String value) {
        StringBuilder text = new StringBuilder();
        for (char c : value.toCharArray()) {
            text.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : "\\x" + HexFormat.of().toHexDigits((byte) c));
        }
        return text.toString();
    }
}
