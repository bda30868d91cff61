@area:LNK
Feature: Linkage of backends and kernels
  The runtime registers its backends and kernels when its libraries are loaded. A build linked with a
  backend offers it by name; a build linked with kernel libraries has a non-empty kernel registry; what a
  build registers is the inventory blessed for its platform, operator by operator.
  Scenario ids starting with SUITE- are this suite's own: the catalogue has no row for them.

  @id:SUITE-LNK-01 @requires:component=backend_xnnpack
  Scenario: The XNNPACK backend is registered
    Then the registered backends include "XnnpackBackend"

  @id:SUITE-LNK-05 @requires:component=backend_openvino
  Scenario: The OpenVINO backend is registered
    Then the registered backends include "OpenvinoBackend"

  @id:SUITE-LNK-06 @requires:component=backend_qnn
  Scenario: The QNN backend is registered
    Then the registered backends include "QnnBackend"

  # The OpenVINO delegate links no OpenVINO library: it loads libopenvino_c.so when first asked, from
  # OPENVINO_LIB_PATH (the build provisions the OpenVINO runtime from PyPI there).
  @id:SUITE-LNK-07 @requires:component=backend_openvino @requires:backend-runtime=openvino
  Scenario: With the OpenVINO runtime present, the OpenVINO backend reports itself available
    Then the backend "OpenvinoBackend" reports itself available

  @id:SUITE-LNK-08 @requires:component=backend_qnn @requires:backend-runtime=qnn
  Scenario: With the Qualcomm AI Engine Direct runtime present, the QNN backend reports itself available
    Then the backend "QnnBackend" reports itself available

  @id:SUITE-LNK-11
  Scenario: A name no backend registered under finds no backend
    Then no backend is registered under the name "NoSuchBackend"
    And no backend is registered under the name ""

  @id:SUITE-LNK-12 @requires:component=backend_xnnpack
  Scenario: Every backend the registry lists is found by its name
    Then the registry's lookup by name finds every backend it lists

  @id:SUITE-LNK-13
  Scenario: The kernel registry lists a name for every kernel it counts
    Then the kernel registry lists as many kernel names as its kernel count

  @id:SUITE-LNK-02
  Scenario: The kernel registry is not empty
    Then the kernel registry holds at least 1 kernel
    And the kernel registry holds the kernel "aten::add.out"

  # The build's inventory is pinned per platform like its golden outputs: recorded by bless
  # (fixtures/golden/<platform>/inventory.json), any drift named here.
  @id:SUITE-LNK-09
  Scenario: The registered backends are those of the blessed build of this platform
    Then the registered backends are those of this platform's blessed inventory

  @id:SUITE-LNK-10
  Scenario: The kernel registry holds the kernels of the blessed build of this platform
    Then the kernel registry holds the kernels of this platform's blessed inventory, operator by operator

  # The scenarios below run a child process on the JNI library linked with less than the build ships,
  # so a registry without kernels or backends never touches the suite's own runtime.

  @id:LNK-01
  Scenario: Without kernel libraries the program loads but its method fails with OperatorMissing
    Given the JNI library linked with the runtime alone
    When a child process loads the method "forward" of the fixture "add.pte"
    Then the program loaded
    And loading the method failed with the error OperatorMissing
    And the child's runtime log mentions "aten::add.out"

  @id:LNK-02
  Scenario: A missing operator is logged by name at error level, then the count of instructions without one
    Given the JNI library linked with the runtime alone
    When a child process loads the method "forward" of the fixture "add.pte"
    Then the child's runtime log has an error line mentioning "Missing operator: [0] aten::add.out", followed by an error line mentioning "1 instructions don't have corresponding operator registered"

  @id:LNK-10
  Scenario: The JNI library links the C++ standard library itself
    Then the JNI library's dynamic dependencies include this platform's C++ standard library

  @id:LNK-04 @requires:component=backend_xnnpack
  Scenario: An XNNPACK-delegated model without the XNNPACK delegate fails at method load with NotFound
    Given the JNI library linked without the XNNPACK delegate
    When a child process loads the method "forward" of the fixture "add_xnnpack.pte"
    Then the program loaded
    And loading the method failed with the error NotFound
    And the child's runtime log mentions "XnnpackBackend is not registered"

  @id:LNK-09 @requires:component=kernels_quantized
  Scenario: A model with quantized operators without the quantized kernels fails with OperatorMissing
    Given the JNI library linked without the quantized kernels
    When a child process loads the method "forward" of the fixture "linear_q8_kernels.pte"
    Then the program loaded
    And loading the method failed with the error OperatorMissing
    And the child's runtime log mentions "quantized_decomposed"

  # A build without the Core ML delegate (every Linux wheel) answers the same with its full library; on
  # macOS the full library registers CoreMLBackend, so the library every platform shares is the runtime alone.
  @id:SUITE-LNK-03
  Scenario: A Core ML program on a library without the Core ML delegate fails at method load with NotFound
    Given the JNI library linked with the runtime alone
    When a child process loads the method "forward" of the fixture "add_coreml.pte"
    Then the program loaded
    And loading the method failed with the error NotFound
    And the child's runtime log mentions "CoreMLBackend is not registered"

  @id:SUITE-LNK-04
  Scenario Outline: The JNI library linked <link> registers the backends it links and <kernels> the full library
    Given the JNI library linked <link>
    When a child process reports the registered backends and kernels
    Then the registered backends are exactly the backends it links
    And it registers <kernels> the full library

    Examples:
      | link                              | kernels               |
      | with everything the build ships   | as many kernels as    |
      | with the runtime alone            | fewer kernels than    |
      | without the XNNPACK delegate      | as many kernels as    |
      | without the quantized kernels     | fewer kernels than    |
      | with a backend that reports itself unavailable | as many kernels as |

  @id:LNK-05
  Scenario: A registered backend that reports itself unavailable fails the method load with NotFound
    Given the JNI library linked with a backend that reports itself unavailable
    When a child process loads the method "forward" of the fixture "add_unavailable_backend.pte"
    Then the program loaded
    And loading the method failed with the error NotFound
    And the child's runtime log mentions "Backend EtctsUnavailableBackend is not available."
