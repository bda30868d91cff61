package org.etcts.steps.module;

import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.LoadMode;
import org.etcts.executorch.Module;

/**
 * Entry point of the child JVM that {@link MlockProbe} starts without the right to lock memory:
 * reports the limit and capabilities it really runs with, then loads the program once per load mode.
 * Output, one item a line: {@code memlock <bytes>}, {@code capeff <hex>}, {@code mode <name> <Ok|error>}.
 */
public final class MlockChild {

    private MlockChild() {
    }

    /**
     * Loads the program in every load mode.
     *
     * @param args the program file
     */
    public static void main(String[] args) {
        System.out.println("memlock " + MlockProbe.memlockLimit());
        System.out.println("capeff " + Long.toHexString(MlockProbe.capabilities("CapEff")));
        for (LoadMode mode : LoadMode.values()) {
            String result;
            try (Module module = new Module(args[0], mode)) {
                module.load();
                result = "Ok";
            } catch (ExecuTorchException e) {
                result = e.code().runtimeName();
            }
            System.out.println("mode " + mode.runtimeName() + " " + result);
        }
        System.out.flush();
    }
}
