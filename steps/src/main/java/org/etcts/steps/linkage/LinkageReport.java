package org.etcts.steps.linkage;

import java.util.List;

/**
 * What a child JVM running on one linkage variant observed: what it was linked with, what the runtime
 * registered, and how loading a fixture's program and method went.
 *
 * @param variant the variant's name, from its build info
 * @param linkedComponents the ExecuTorch components that variant links
 * @param registeredBackends the runtime's registered backend names
 * @param kernelCount the number of registered kernels
 * @param programLoad "OK" or the error code name of {@code load()}
 * @param methodLoad "OK" or the error code name of {@code load(method)}, or empty when not attempted
 * @param methodLoadNumber the raw error number of {@code load(method)}, 0 when it succeeded
 */
public record LinkageReport(String variant, List<String> linkedComponents, List<String> registeredBackends, int kernelCount,
        String programLoad, String methodLoad, int methodLoadNumber) {
}
