package org.etcts.executorch;

import java.util.List;

/**
 * Decodes a sequence of {@link Value}s, such as the outputs of {@link Module#execute(String, List)},
 * into a typed result: the counterpart of the documented binding's {@code ValueSequenceConstructible}
 * ({@code T.from([Value])}).
 *
 * <p>Every {@link ValueDecoder} is also a sequence decoder that accepts exactly one value;
 * {@link ValueDecoder#list(ValueDecoder)} makes a decoder of whole arrays, element by element.
 *
 * <p>Every failure is an {@link ExecuTorchException} with the code {@link ErrorCode#INVALID_TYPE}
 * whose {@link ExecuTorchException#localizedDescription()} says why, e.g.
 * {@code "Invalid type: Value is not a tensor"}.
 *
 * @param <T> the type of the decoded result
 */
@FunctionalInterface
public interface ValueSequenceDecoder<T> {

    /**
     * Decodes a sequence of values.
     *
     * @param values the values, in order
     * @return the decoded result
     * @throws ExecuTorchException with {@link ErrorCode#INVALID_TYPE} if the values do not decode
     * @throws NullPointerException if {@code values} or one of its elements is null
     */
    T decode(List<Value> values) throws ExecuTorchException;
}
