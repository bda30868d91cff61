@area:LNK
Feature: Linkage of backends and kernels
  The runtime registers its backends and kernels when its libraries are loaded. A build linked with a
  backend offers it by name; a build linked with kernel libraries has a non-empty kernel registry.
  Scenario ids starting with SUITE- are this suite's own: the catalogue has no row for them.

  @id:SUITE-LNK-01 @requires:component=backend_xnnpack
  Scenario: The XNNPACK backend is registered
    Then the registered backends include "XnnpackBackend"

  @id:SUITE-LNK-02
  Scenario: The kernel registry is not empty
    Then the kernel registry holds at least 1 kernel
    And the kernel registry holds the kernel "aten::add.out"
