/**
 * A Java binding of the ExecuTorch runtime API documented for Apple platforms ({@code Module} with
 * {@code MethodMetadata}, {@code Tensor}, {@code Value}, {@code Log}), over the runtime's C++ API
 * through JNI.
 *
 * <p>Rules that hold across the package:
 * <ul>
 *   <li>Runtime failures are {@link org.etcts.executorch.ExecuTorchException}s carrying the runtime's
 *       error code and number; mistakes detected before the runtime is called are
 *       {@link java.lang.IllegalArgumentException}, {@link java.lang.IllegalStateException} or
 *       {@link java.lang.NullPointerException}. Calls the runtime would answer by aborting the
 *       process are checked first and never reach it.</li>
 *   <li>Native-backed objects ({@link org.etcts.executorch.Module}, {@link org.etcts.executorch.Tensor})
 *       are {@link java.lang.AutoCloseable}; {@code close()} is idempotent, use after close throws
 *       {@link java.lang.IllegalStateException}, and a cleaner frees forgotten objects as a
 *       fallback.</li>
 *   <li>Outputs of a method are copied out of the runtime's memory, so they stay valid after the
 *       next execution, after unloading and after the module is closed.</li>
 *   <li>Tensors handed to a module for binding (execute, setInput, setInputs, setOutput) are kept
 *       alive natively for as long as the runtime may read or write them.</li>
 *   <li>Runtime log messages are captured natively and delivered to {@link org.etcts.executorch.LogSink}s
 *       on Java threads only ({@link org.etcts.executorch.Log}).</li>
 * </ul>
 *
 * <p>{@code Module} and {@code Runtime} share their simple names with {@link java.lang.Module} and
 * {@link java.lang.Runtime}: import them by name ({@code import org.etcts.executorch.Module;}), since a
 * wildcard import of this package leaves those two names ambiguous.
 *
 * <p>The JNI library is found by {@link org.etcts.executorch.NativeLibrary}.
 */
package org.etcts.executorch;
