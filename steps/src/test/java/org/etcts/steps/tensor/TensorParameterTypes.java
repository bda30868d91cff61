package org.etcts.steps.tensor;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ShapeDynamism;
import org.etcts.steps.Literals;
import org.etcts.steps.RuntimeNames;

/**
 * The tensor words of the features: element types by the documented names ({@code float}, {@code uInt16},
 * {@code bFloat16}), shape dynamism ({@code dynamicBound}), and bracketed number lists that may hold
 * non-finite values and signed zeros (integer lists are the common {@code {dims}}).
 */
public final class TensorParameterTypes {

    /** An element type by the documented binding's name ({@code float}, {@code long}, {@code uInt64}). */
    @ParameterType("[a-zA-Z][a-zA-Z0-9_]*")
    public DataType dataType(String name) {
        return RuntimeNames.parse(DataType.class, name);
    }

    /** A shape dynamism by the documented name: {@code static}, {@code dynamicBound} or {@code dynamicUnbound}. */
    @ParameterType("static|dynamicBound|dynamicUnbound")
    public ShapeDynamism dynamism(String name) {
        return RuntimeNames.parse(ShapeDynamism.class, name);
    }

    /**
     * Numbers in brackets as written: integers of any width ({@code 18446744073709551615}), decimals,
     * {@code nan}, {@code inf}, {@code -inf} and {@code -0.0}. Kept as text so that no width is lost before
     * the element type is known.
     */
    @ParameterType("\\[[-+0-9.eEnaiNAIf, ]*\\]")
    public String[] scalars(String list) {
        return Literals.items(list);
    }
}
