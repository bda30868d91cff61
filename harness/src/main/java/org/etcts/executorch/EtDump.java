package org.etcts.executorch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A trace the runtime's ETDump event tracer recorded ({@link Module#takeTrace()}), read from its bytes.
 *
 * <p>An ETDump is a flatbuffer with the file identifier {@code ED00}, usually size-prefixed. Its root
 * holds a schema version and a list of run blocks; the runtime opens one block per method load (named
 * "Default") and one per execution ("Execute"). A block holds the allocators the runtime tracked and its
 * events: profiling events (a name such as "Method::execute", "OPERATOR_CALL" or "DELEGATE_CALL", the
 * instruction id, the delegate's debug identifiers and the start and end times), allocation events and
 * debug events. This reader follows the field order of the ETDump schema and checks every offset against
 * the buffer, so a damaged trace is refused with the position it broke at, never read out of bounds.
 */
public final class EtDump {

    /** The file identifier of an ETDump flatbuffer. */
    public static final String FILE_IDENTIFIER = "ED00";

    private final long version;
    private final List<Run> runs;

    private EtDump(long version, List<Run> runs) {
        this.version = version;
        this.runs = Collections.unmodifiableList(runs);
    }

    /** {@return the schema version the tracer wrote} */
    public long version() {
        return version;
    }

    /** {@return the run blocks, in the order the runtime opened them} */
    public List<Run> runs() {
        return runs;
    }

    /**
     * The run blocks with a given name.
     *
     * @param name e.g. "Execute"
     * @return the matching blocks, in order
     */
    public List<Run> runs(String name) {
        List<Run> matching = new ArrayList<>();
        for (Run run : runs) {
            if (run.name().equals(name)) {
                matching.add(run);
            }
        }
        return matching;
    }

    /**
     * Reads an ETDump.
     *
     * @param bytes the trace, size-prefixed or not
     * @return the trace
     * @throws IllegalArgumentException if the bytes are not an ETDump flatbuffer or an offset in them
     *     points outside the buffer
     */
    public static EtDump parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int base = rootBase(buffer);
        Reader reader = new Reader(buffer);
        int root = reader.reference(base);
        long version = reader.uint32Field(root, 0, 0);
        List<Run> runs = new ArrayList<>();
        for (int run : reader.tableVector(root, 1)) {
            runs.add(readRun(reader, run));
        }
        return new EtDump(version, runs);
    }

    /** Where the root offset sits: after the size prefix when there is one. */
    private static int rootBase(ByteBuffer buffer) {
        int length = buffer.limit();
        if (length >= 12 && identifierAt(buffer, 8) && Integer.toUnsignedLong(buffer.getInt(0)) == length - 4L) {
            return 4;
        }
        if (length >= 8 && identifierAt(buffer, 4)) {
            return 0;
        }
        throw new IllegalArgumentException("not an ETDump: " + length + " bytes without the file identifier "
                + FILE_IDENTIFIER + " at byte 4 or (size-prefixed) 8; pass the bytes Module.takeTrace() returned");
    }

    private static boolean identifierAt(ByteBuffer buffer, int at) {
        byte[] id = FILE_IDENTIFIER.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < id.length; i++) {
            if (buffer.get(at + i) != id[i]) {
                return false;
            }
        }
        return true;
    }

    private static Run readRun(Reader reader, int table) {
        String name = reader.stringField(table, 0);
        int bundledInput = reader.int32Field(table, 1, -1);
        List<String> allocators = new ArrayList<>();
        for (int allocator : reader.tableVector(table, 2)) {
            allocators.add(reader.stringField(allocator, 0));
        }
        List<Event> events = new ArrayList<>();
        for (int event : reader.tableVector(table, 3)) {
            events.add(readEvent(reader, event));
        }
        return new Run(name, bundledInput, allocators, events);
    }

    private static Event readEvent(Reader reader, int table) {
        int profile = reader.tableField(table, 0);
        if (profile != 0) {
            return new Event(Event.Kind.PROFILE, reader.stringField(profile, 0), reader.int32Field(profile, 2, -1),
                    reader.int32Field(profile, 3, -1), reader.stringField(profile, 4),
                    reader.vectorLength(profile, 5), reader.uint64Field(profile, 6), reader.uint64Field(profile, 7),
                    -1, 0);
        }
        int allocation = reader.tableField(table, 1);
        if (allocation != 0) {
            return new Event(Event.Kind.ALLOCATION, "", -1, -1, "", 0, 0, 0, reader.int32Field(allocation, 0, 0),
                    reader.uint64Field(allocation, 1));
        }
        int debug = reader.tableField(table, 2);
        if (debug != 0) {
            return new Event(Event.Kind.DEBUG, reader.stringField(debug, 5), reader.int32Field(debug, 1, -1),
                    reader.int32Field(debug, 3, -1), reader.stringField(debug, 4), 0, 0, 0, -1, 0);
        }
        throw new IllegalArgumentException("ETDump event table at byte " + table
                + " holds no profile, allocation or debug event");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ETDump version " + version + ", " + runs.size() + " run blocks");
        for (Run run : runs) {
            text.append("\n  ").append(run);
        }
        return text.toString();
    }

    /** One run block: what the runtime recorded for one method load or one execution. */
    public static final class Run {
        private final String name;
        private final int bundledInputIndex;
        private final List<String> allocators;
        private final List<Event> events;

        Run(String name, int bundledInputIndex, List<String> allocators, List<Event> events) {
            this.name = name;
            this.bundledInputIndex = bundledInputIndex;
            this.allocators = Collections.unmodifiableList(allocators);
            this.events = Collections.unmodifiableList(events);
        }

        /** {@return the block's name: "Default" for a method load, "Execute" for an execution} */
        public String name() {
            return name;
        }

        /** {@return the bundled input the run used; -1 when none} */
        public int bundledInputIndex() {
            return bundledInputIndex;
        }

        /** {@return the names of the allocators the runtime tracked in this block} */
        public List<String> allocators() {
            return allocators;
        }

        /** {@return the events, in the order they were recorded} */
        public List<Event> events() {
            return events;
        }

        /**
         * The profiling events with a given name.
         *
         * @param eventName e.g. "OPERATOR_CALL"
         * @return the matching events, in order
         */
        public List<Event> profileEvents(String eventName) {
            List<Event> matching = new ArrayList<>();
            for (Event event : events) {
                if (event.kind() == Event.Kind.PROFILE && event.name().equals(eventName)) {
                    matching.add(event);
                }
            }
            return matching;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(name + " (" + events.size() + " events");
            if (!allocators.isEmpty()) {
                text.append(", allocators ").append(allocators);
            }
            text.append(")");
            for (Event event : events) {
                text.append("\n    ").append(event);
            }
            return text.toString();
        }
    }

    /** One event of a run block. */
    public static final class Event {
        /** Which of the schema's event tables the event is. */
        public enum Kind {
            /** A profiling event: a named span with a start and an end time. */
            PROFILE,
            /** An allocation from one of the run's allocators. */
            ALLOCATION,
            /** A debug event: a logged value. */
            DEBUG
        }

        private final Kind kind;
        private final String name;
        private final int instructionId;
        private final int delegateDebugIdInt;
        private final String delegateDebugIdStr;
        private final int delegateMetadataBytes;
        private final long startTime;
        private final long endTime;
        private final int allocatorId;
        private final long allocationSize;

        Event(Kind kind, String name, int instructionId, int delegateDebugIdInt, String delegateDebugIdStr,
                int delegateMetadataBytes, long startTime, long endTime, int allocatorId, long allocationSize) {
            this.kind = kind;
            this.name = name;
            this.instructionId = instructionId;
            this.delegateDebugIdInt = delegateDebugIdInt;
            this.delegateDebugIdStr = delegateDebugIdStr;
            this.delegateMetadataBytes = delegateMetadataBytes;
            this.startTime = startTime;
            this.endTime = endTime;
            this.allocatorId = allocatorId;
            this.allocationSize = allocationSize;
        }

        /** {@return which kind of event this is} */
        public Kind kind() {
            return kind;
        }

        /** {@return the event's name (profile and debug events); empty when it has none} */
        public String name() {
            return name;
        }

        /** {@return the instruction of the method's plan the event belongs to; -1 when none} */
        public int instructionId() {
            return instructionId;
        }

        /** {@return the delegate's integer debug identifier; -1 when none} */
        public int delegateDebugIdInt() {
            return delegateDebugIdInt;
        }

        /** {@return the delegate's string debug identifier; empty when none} */
        public String delegateDebugIdStr() {
            return delegateDebugIdStr;
        }

        /** {@return how many bytes of delegate metadata the event carries} */
        public int delegateMetadataBytes() {
            return delegateMetadataBytes;
        }

        /** {@return the start time, in the platform's timestamp units} */
        public long startTime() {
            return startTime;
        }

        /** {@return the end time, in the platform's timestamp units} */
        public long endTime() {
            return endTime;
        }

        /** {@return the allocator of an allocation event; -1 for other events} */
        public int allocatorId() {
            return allocatorId;
        }

        /** {@return the size of an allocation event, in bytes; 0 for other events} */
        public long allocationSize() {
            return allocationSize;
        }

        @Override
        public String toString() {
            switch (kind) {
                case ALLOCATION:
                    return "allocation of " + allocationSize + " bytes from allocator " + allocatorId;
                case DEBUG:
                    return "debug " + name + " (instruction " + instructionId + ")";
                default:
                    return name + " (instruction " + instructionId
                            + (delegateDebugIdInt >= 0 ? ", delegate id " + delegateDebugIdInt : "")
                            + (delegateDebugIdStr.isEmpty() ? "" : ", delegate id '" + delegateDebugIdStr + "'")
                            + ", " + (endTime - startTime) + " ticks)";
            }
        }
    }

    /** Bounds-checked reads of flatbuffer tables, fields, strings and vectors. */
    private static final class Reader {
        private final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        /** The position an unsigned offset stored at {@code at} points to. */
        int reference(int at) {
            check(at, 4);
            long target = at + Integer.toUnsignedLong(buffer.getInt(at));
            if (target >= buffer.limit()) {
                throw new IllegalArgumentException("ETDump offset at byte " + at + " points past the end ("
                        + target + " of " + buffer.limit() + " bytes)");
            }
            return (int) target;
        }

        /** Where a field's value sits in a table, or 0 when the table does not hold the field. */
        int fieldPosition(int table, int field) {
            check(table, 4);
            long vtable = table - (long) buffer.getInt(table);
            if (vtable < 0 || vtable + 4 > buffer.limit()) {
                throw new IllegalArgumentException("ETDump table at byte " + table + " has its vtable outside the buffer");
            }
            int vtableSize = Short.toUnsignedInt(buffer.getShort((int) vtable));
            int slot = 4 + 2 * field;
            if (slot + 2 > vtableSize) {
                return 0;
            }
            check((int) vtable + slot, 2);
            int offset = Short.toUnsignedInt(buffer.getShort((int) vtable + slot));
            return offset == 0 ? 0 : table + offset;
        }

        int int32Field(int table, int field, int absent) {
            int at = fieldPosition(table, field);
            if (at == 0) {
                return absent;
            }
            check(at, 4);
            return buffer.getInt(at);
        }

        long uint32Field(int table, int field, long absent) {
            int at = fieldPosition(table, field);
            if (at == 0) {
                return absent;
            }
            check(at, 4);
            return Integer.toUnsignedLong(buffer.getInt(at));
        }

        long uint64Field(int table, int field) {
            int at = fieldPosition(table, field);
            if (at == 0) {
                return 0;
            }
            check(at, 8);
            return buffer.getLong(at);
        }

        /** A table field's position, or 0 when absent. */
        int tableField(int table, int field) {
            int at = fieldPosition(table, field);
            return at == 0 ? 0 : reference(at);
        }

        String stringField(int table, int field) {
            int at = fieldPosition(table, field);
            if (at == 0) {
                return "";
            }
            int string = reference(at);
            check(string, 4);
            int length = buffer.getInt(string);
            check(string + 4, length);
            byte[] bytes = new byte[length];
            buffer.get(string + 4, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int vectorLength(int table, int field) {
            int at = fieldPosition(table, field);
            if (at == 0) {
                return 0;
            }
            int vector = reference(at);
            check(vector, 4);
            return buffer.getInt(vector);
        }

        /** The positions of the tables of a vector-of-tables field; empty when absent. */
        List<Integer> tableVector(int table, int field) {
            int at = fieldPosition(table, field);
            List<Integer> tables = new ArrayList<>();
            if (at == 0) {
                return tables;
            }
            int vector = reference(at);
            check(vector, 4);
            int count = buffer.getInt(vector);
            check(vector + 4, (long) count * 4);
            for (int i = 0; i < count; i++) {
                tables.add(reference(vector + 4 + 4 * i));
            }
            return tables;
        }

        private void check(int at, long length) {
            if (at < 0 || length < 0 || at + length > buffer.limit()) {
                throw new IllegalArgumentException("ETDump read of " + length + " bytes at byte " + at
                        + " is outside the buffer of " + buffer.limit() + " bytes");
            }
        }
    }
}
