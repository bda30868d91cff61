package org.etcts.report.swiftpm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Apple property list, XML ({@code <plist>}) or binary ({@code bplist00}), into Java values: a
 * dict is a {@code Map<String, Object>}, an array a {@code List<Object>}, a string a {@code String}, an
 * integer a {@code Long}, a real a {@code Double}, a boolean a {@code Boolean}, data a {@code byte[]}, a
 * date its text (XML) or seconds since 2001 (binary).
 */
public final class PropertyList {

    private PropertyList() {
    }

    /**
     * Parses a property list.
     *
     * @throws IOException saying what is wrong when it is neither a well-formed XML nor a binary property list
     */
    public static Object parse(byte[] bytes) throws IOException {
        if (bytes.length >= 8 && new String(bytes, 0, 8, StandardCharsets.US_ASCII).equals("bplist00")) {
            Binary binary = new Binary(bytes);
            return binary.object(binary.top());
        }
        return xml(bytes);
    }

    // ---- XML ----

    private static Object xml(byte[] bytes) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Plists name Apple's DTD; it is never fetched.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors throw; nothing is printed
            Element root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            if (!root.getTagName().equals("plist")) {
                throw new IOException("not a property list: its root element is <" + root.getTagName() + ">, not <plist>");
            }
            List<Element> children = elements(root);
            if (children.size() != 1) {
                throw new IOException("<plist> holds " + children.size() + " values, not 1");
            }
            return value(children.get(0));
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Element e) throws IOException {
        String text = e.getTextContent().strip();
        try {
            return switch (e.getTagName()) {
                case "dict" -> {
                    Map<String, Object> dict = new LinkedHashMap<>();
                    List<Element> items = elements(e);
                    if (items.size() % 2 != 0) {
                        throw new IOException("a <dict> holds a <key> without a value");
                    }
                    for (int i = 0; i < items.size(); i += 2) {
                        if (!items.get(i).getTagName().equals("key")) {
                            throw new IOException("a <dict> holds <" + items.get(i).getTagName() + "> where a <key> belongs");
                        }
                        dict.put(items.get(i).getTextContent(), value(items.get(i + 1)));
                    }
                    yield dict;
                }
                case "array" -> {
                    List<Object> array = new ArrayList<>();
                    for (Element item : elements(e)) {
                        array.add(value(item));
                    }
                    yield array;
                }
                case "string", "date" -> e.getTextContent();
                case "integer" -> Long.parseLong(text);
                case "real" -> Double.parseDouble(text);
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "data" -> Base64.getMimeDecoder().decode(text);
                default -> throw new IOException("unknown property list element <" + e.getTagName() + ">");
            };
        } catch (IllegalArgumentException ex) {
            throw new IOException("<" + e.getTagName() + "> holds '" + text + "': " + ex.getMessage(), ex);
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    // ---- binary: bplist00 (a trailer of sizes, an offset table, typed objects) ----

    private static final class Binary {
        private final ByteBuffer bytes;
        private final int offsetSize;
        private final int refSize;
        private final long count;
        private final long topObject;
        private final long tableOffset;
        private int depth;

        Binary(byte[] data) throws IOException {
            if (data.length < 8 + 32) {
                throw new IOException("a binary property list of " + data.length + " bytes is too short for its trailer");
            }
            bytes = ByteBuffer.wrap(data);
            int trailer = data.length - 32;
            offsetSize = data[trailer + 6] & 0xff;
            refSize = data[trailer + 7] & 0xff;
            count = bytes.getLong(trailer + 8);
            topObject = bytes.getLong(trailer + 16);
            tableOffset = bytes.getLong(trailer + 24);
            if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || count < 1 || topObject >= count
                    || tableOffset < 8 || tableOffset + count * offsetSize > trailer) {
                throw new IOException("the binary property list's trailer is inconsistent");
            }
        }

        long top() {
            return topObject;
        }

        Object object(long ref) throws IOException {
            if (ref < 0 || ref >= count) {
                throw new IOException("object reference " + ref + " is out of range (" + count + " objects)");
            }
            if (++depth > 64) {
                throw new IOException("objects nest deeper than 64 levels (a reference cycle?)");
            }
            try {
                int at = (int) unsigned((int) (tableOffset + ref * offsetSize), offsetSize);
                if (at < 8 || at >= tableOffset) {
                    throw new IOException("object " + ref + " starts outside the object area");
                }
                int marker = bytes.get(at) & 0xff;
                int type = marker >> 4;
                int info = marker & 0x0f;
                return switch (type) {
                    case 0x0 -> switch (info) {
                        case 0x8 -> Boolean.FALSE;
                        case 0x9 -> Boolean.TRUE;
                        case 0x0 -> null;
                        default -> throw new IOException("unknown simple object 0x" + Integer.toHexString(marker));
                    };
                    case 0x1 -> signed(at + 1, 1 << info);
                    case 0x2 -> info == 2 ? (double) bytes.getFloat(at + 1) : bytes.getDouble(at + 1);
                    case 0x3 -> bytes.getDouble(at + 1);
                    case 0x4 -> {
                        int[] len = length(at, info);
                        byte[] data = new byte[len[0]];
                        bytes.get(len[1], data);
                        yield data;
                    }
                    case 0x5 -> {
                        int[] len = length(at, info);
                        yield new String(bytes.array(), len[1], len[0], StandardCharsets.US_ASCII);
                    }
                    case 0x6 -> {
                        int[] len = length(at, info);
                        yield new String(bytes.array(), len[1], len[0] * 2, StandardCharsets.UTF_16BE);
                    }
                    case 0xA -> {
                        int[] len = length(at, info);
                        List<Object> array = new ArrayList<>();
                        for (int i = 0; i < len[0]; i++) {
                            array.add(object(unsigned(len[1] + i * refSize, refSize)));
                        }
                        yield array;
                    }
                    case 0xD -> {
                        int[] len = length(at, info);
                        Map<String, Object> dict = new LinkedHashMap<>();
                        for (int i = 0; i < len[0]; i++) {
                            Object key = object(unsigned(len[1] + i * refSize, refSize));
                            if (!(key instanceof String name)) {
                                throw new IOException("a dictionary key is not a string");
                            }
                            dict.put(name, object(unsigned(len[1] + (len[0] + i) * refSize, refSize)));
                        }
                        yield dict;
                    }
                    default -> throw new IOException("unknown object type 0x" + Integer.toHexString(type) + " at byte " + at);
                };
            } catch (IndexOutOfBoundsException e) {
                throw new IOException("object " + ref + " runs past the end of the file", e);
            } finally {
                depth--;
            }
        }

        /** The length of a variable-size object and where its content starts: {length, start}. */
        private int[] length(int at, int info) throws IOException {
            if (info != 0x0f) {
                return new int[] {info, at + 1};
            }
            int marker = bytes.get(at + 1) & 0xff;
            if (marker >> 4 != 0x1) {
                throw new IOException("a length at byte " + at + " is not an integer");
            }
            int size = 1 << (marker & 0x0f);
            long length = signed(at + 2, size);
            if (length < 0 || length > bytes.capacity()) {
                throw new IOException("a length of " + length + " at byte " + at + " exceeds the file");
            }
            return new int[] {(int) length, at + 2 + size};
        }

        private long unsigned(int at, int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = (value << 8) | (bytes.get(at + i) & 0xff);
            }
            return value;
        }

        private long signed(int at, int size) {
            return switch (size) {
                case 1 -> bytes.get(at) & 0xffL;
                case 2 -> bytes.getShort(at) & 0xffffL;
                case 4 -> bytes.getInt(at) & 0xffffffffL;
                default -> bytes.getLong(at);
            };
        }
    }
}
