package org.etcts.steps.module;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.Verification;
import org.etcts.steps.RuntimeNames;

/** Domain words of the module, load-mode and data-file features that the shared parameter types lack. */
public final class ModuleParameterTypes {

    /** A verification level, by the runtime's name ({@code InternalConsistency}) or the spec's ({@code internalConsistency}). */
    @ParameterType("[A-Za-z][A-Za-z_]*")
    public Verification verification(String name) {
        return RuntimeNames.parse(Verification.class, name);
    }
}
