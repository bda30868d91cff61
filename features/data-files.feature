@area:DAT
Feature: External data files
  A program may keep its constants in external data files (.ptd). The module is created with the paths of
  those files; loading opens them before the program, and a method that needs a constant finds it in them.

  Fixture names are this suite's: scale_shift_ptd.pte (+ .ptd) is the catalogue's ModuleAddMulProgram,
  computing 3x + 2 with a = 3 and b = 2 in the data file; linear_ptd.pte (+ .ptd) is its ModuleLinearProgram.

  @id:DAT-01
  Scenario: A program with its data file loads its method and computes with the constants in the file
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "scale_shift_ptd.ptd"
    When I load the method "forward"
    And I run forward with the single tensor "[2, 3, 4, 2] of shape [2, 2]"
    Then the output is a single float tensor with shape [2, 2] and values [8.0, 11.0, 14.0, 8.0]

  @id:DAT-02
  Scenario: Several data files serve their programs, and the caller's list is left intact
    Given modules for the fixtures "scale_shift_ptd.pte, linear_ptd.pte" each given the same list of data files "scale_shift_ptd.ptd, linear_ptd.ptd"
    When each module loads its method "forward" and runs it with its reference inputs
    Then the caller's list of data files is unchanged

  @id:DAT-03
  Scenario: A linear program with its data file returns a float tensor of shape [3]
    Given a module for the fixture "linear_ptd.pte" with the data files "linear_ptd.ptd"
    When I execute the method "forward" with its reference inputs
    Then the outputs are 1 value tagged "tensor"
    And the outputs match the method's reference outputs

  @id:DAT-04a
  Scenario: Without its data file the program still loads
    Given a module for the fixture "scale_shift_ptd.pte"
    When I load the program
    Then the program is loaded

  @id:DAT-04b
  Scenario: Without its data file the method fails to load with InvalidState
    Given a module for the fixture "scale_shift_ptd.pte"
    And I load the program
    When I try to load the method "forward"
    Then it fails with the error InvalidState

  @id:DAT-05
  Scenario: A data file that does not exist makes loading the program fail with AccessFailed
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "/nonexistent/scale_shift_ptd.ptd"
    When I try to load the program
    Then it fails with the error AccessFailed
    And the program is not loaded

  @id:DAT-06
  Scenario: An unrelated data file makes loading the method fail with NotFound
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "linear_ptd.ptd"
    When I try to load the method "forward"
    Then it fails with the error NotFound

  @id:DAT-07a
  Scenario: A module given an empty list of data files has none
    Given a module for the fixture "add.pte" with the data files ""
    Then the module has no data files

  @id:DAT-07b
  Scenario: A module given an empty list of data files runs forward as one given none
    Given a module for the fixture "add.pte" with the data files ""
    When I run forward with the float tensors [1.0] and [1.0]
    Then the output is a single float tensor with shape [1] and values [2.0]

  @id:DAT-08a
  Scenario: A missing data file fails the program's load with AccessFailed
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "/nonexistent/scale_shift_ptd.ptd"
    When I try to load the program
    Then it fails with the error AccessFailed

  @id:DAT-08b
  Scenario: Loading again after a data file failed fails again with AccessFailed
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "/nonexistent/scale_shift_ptd.ptd"
    And I try to load the program
    When I try to load the program
    Then it fails with the error AccessFailed
    And the program is not loaded
