package org.etcts.executorch;

import java.util.Objects;

/**
 * The outputs of one {@link Module#executeInPlace(String, java.util.List)}, read where the runtime wrote
 * them, without a copy.
 *
 * <p><b>Lifetime.</b> They are readable until the module's next execution (of any method), an unload of a
 * method, a {@code setOutput} or the module's close, whichever comes first: the runtime reuses or frees the
 * memory then. After that, every read (of this object or of its {@link OutputView}s) throws
 * {@link IllegalStateException} instead of reading memory the runtime has reused; {@link #isValid()} tells
 * beforehand. Scalar and string outputs are plain values and can be taken with {@link #value(int)} while
 * valid; the {@link Value} returned is a copy and stays usable.
 */
public final class OutputViews {

    private static final int WORDS = 3;

    private final Module module;
    private final long generation;
    private final long[] words;
    private final String[] strings;
    private final OutputView[] views;
    private final OutputView.Memory[] memory;

    OutputViews(Module module, long generation, long[] words, long moduleHandle, OutputView.Memory[] memory) {
        this.module = module;
        this.generation = generation;
        this.words = words;
        this.memory = memory;
        this.views = new OutputView[words.length / WORDS];
        String[] texts = null;
        for (int i = 0; i < views.length; i++) {
            if (tag(i) == Value.Tag.STRING) {
                texts = Module.nativeTakeOutputStrings(moduleHandle);
                break;
            }
        }
        this.strings = texts;
    }

    /** {@return the number of outputs} */
    public int size() {
        return views.length;
    }

    /**
     * The kind of an output.
     *
     * @param index the output index
     * @return its tag
     */
    public Value.Tag tag(int index) {
        Objects.checkIndex(index, views.length);
        return Value.Tag.fromNumber((int) words[WORDS * index]);
    }

    /** {@return whether the outputs can still be read: no execution, unload, setOutput or close since} */
    public boolean isValid() {
        return module.outputsValid(generation);
    }

    /**
     * A tensor output, read in place.
     *
     * @param index the output index
     * @return a view of it, valid as long as these outputs are
     * @throws IllegalArgumentException if the output is not a tensor
     * @throws IllegalStateException if these outputs are no longer valid
     */
    public OutputView tensor(int index) {
        if (tag(index) != Value.Tag.TENSOR) {
            throw new IllegalArgumentException("output " + index + " is " + tag(index) + ", not a tensor: read it with value("
                    + index + ")");
        }
        requireValid();
        if (views[index] == null) {
            views[index] = new OutputView(module, generation, index, words[WORDS * index + 1],
                    words[WORDS * index + 2], memory);
        }
        return views[index];
    }

    /**
     * A scalar, string or none output, as a value (a copy, usable after these outputs end).
     *
     * @param index the output index
     * @return the value
     * @throws IllegalArgumentException if the output is a tensor (read it with {@link #tensor(int)}, or use
     *     {@link Module#execute(String, java.util.List)} for a copy)
     * @throws IllegalStateException if these outputs are no longer valid
     */
    public Value value(int index) {
        Value.Tag tag = tag(index);
        requireValid();
        long payload = words[WORDS * index + 1];
        return switch (tag) {
            case INTEGER -> Value.of(payload);
            case DOUBLE -> Value.of(Double.longBitsToDouble(payload));
            case BOOLEAN -> Value.of(payload != 0);
            case STRING -> Value.of(strings[index]);
            case NONE -> Value.none();
            case TENSOR -> throw new IllegalArgumentException("output " + index + " is a tensor: read it in place with "
                    + "tensor(" + index + "), or use execute for a copy");
            default -> throw new IllegalStateException("native code returned an output with tag " + tag);
        };
    }

    private void requireValid() {
        if (!isValid()) {
            throw new IllegalStateException("these outputs are no longer readable: outputs read in place "
                    + "(executeInPlace) are valid only until the module's next execution, unload, setOutput or close");
        }
    }
}
