package org.etcts.steps.robustness;

/**
 * One malformed copy of a fixture file.
 *
 * @param family what kind of damage it is
 * @param description exactly what was changed, so a person can redo it by hand
 * @param bytes the damaged file
 */
public record Mutation(Family family, String description, byte[] bytes) {

    /** The kinds of damage, in the order the corpus cycles through them. */
    public enum Family {
        /** One to four bits flipped anywhere in the file. */
        BIT_FLIP,
        /** The file cut short. */
        TRUNCATION,
        /** A header field (identifier, magic, length, size or offset) set to another value. */
        HEADER,
        /** A 4-byte word of the flatbuffer that looks like an offset to a table, vector or string, moved. */
        OFFSET,
        /** The word an offset points at (a vector's or string's length, a table's vtable offset) enlarged. */
        SIZE
    }
}
