package org.etcts.steps.robustness;

/**
 * A field of a program's or data file's header: where it is and how wide.
 *
 * @param name the field's name in the file format's documentation
 * @param offset its byte offset from the start of the file
 * @param width its width in bytes (4 or 8; numbers are little-endian)
 * @param magic whether it holds ASCII magic bytes rather than a number
 */
public record HeaderField(String name, int offset, int width, boolean magic) {
}
