package org.etcts.steps.decode;

import io.cucumber.java.ParameterType;

/** The decoding words of the features: the documented type names values decode into. */
public final class DecodeParameterTypes {

    /** A decoded type: {@code Value}, {@code AnyTensor}, {@code Tensor<Float>}, {@code Int32}, ... or {@code [Int]}. */
    @ParameterType("\\[?(?:Value|AnyTensor|Tensor<[A-Za-z0-9]+>|Int(?:8|16|32|64)?|Float|Double|Bool|String)\\]?")
    public DecodeTarget decodedType(String name) {
        return DecodeTarget.parse(name);
    }
}
