@area:MOD
Feature: Module lifecycle
  A Module is created with the path of a .pte program and loads it lazily: nothing is read until the
  program, a method or an execution needs it. It lists its methods, executes them with tensors, and
  reports failures with the runtime's error code.

  @id:MOD-01
  Scenario: Creating a module does not touch the file
    Given a module for the path "/nonexistent/model.pte"
    Then the program is not loaded
    Given a module for the fixture "add.pte"
    Then the program is not loaded
    And the method "forward" is not loaded

  @id:MOD-03
  Scenario: Loading the program
    Given a module for the fixture "add.pte"
    When I load the program
    Then the program is loaded

  @id:MOD-05
  Scenario: Loading an already loaded program again is a no-op
    Given a module for the fixture "add.pte"
    And I load the program
    When I load the program
    Then the program is loaded

  @id:MOD-07
  Scenario: Loading a method loads the program implicitly
    Given a module for the fixture "add.pte"
    When I load the method "forward"
    Then the method "forward" is loaded
    And the program is loaded

  @id:MOD-08
  Scenario: Loading a method the program does not have
    Given a module for the fixture "add.pte"
    When I try to load the method "backward"
    Then it fails with the error InvalidArgument
    And the method "backward" is not loaded
    And the program is loaded

  @id:MOD-10
  Scenario: Listing the method names of a single-method program
    Given a module for the fixture "add.pte"
    Then the method names are exactly "forward"

  @id:MOD-11
  Scenario: Listing method names loads the program but no method
    Given a module for the fixture "add.pte"
    When I list the method names
    Then the program is loaded
    And the method "forward" is not loaded

  @id:MOD-13
  Scenario: Listing the method names of a multi-method program
    Given a module for the fixture "multi_method.pte"
    Then the method names are exactly "forward, another_method"

  @id:MOD-20
  Scenario: Forward adds two one-element tensors, and runs again with new inputs
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then the output is a single float tensor with shape [1] and values [2.0]
    When I run forward with the float tensors [2.0] and [3.0]
    Then the output is a single float tensor with shape [1] and values [5.0]
    When I run forward with the float tensors [13.25] and [29.25]
    Then the output is a single float tensor with shape [1] and values [42.5]

  @id:MOD-27
  Scenario: Executing an unloaded module loads the program and the method on demand
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then the program is loaded
    And the method "forward" is loaded

  @id:MOD-28
  Scenario: A named method other than forward runs through execute
    Given a module for the fixture "multi_method.pte"
    When I execute the method "another_method" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:MOD-04
  Scenario: Loading a program that does not exist
    Given a module for the path "/nonexistent/model.pte"
    When I try to load the program
    Then it fails with the error AccessFailed
    And the program is not loaded

  @id:MOD-52
  Scenario: Unloading a loaded method
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    When I unload the method "forward"
    Then the unload reports that the method was loaded
    And the method "forward" is not loaded
    When I unload the method "forward"
    Then the unload reports that the method was not loaded
