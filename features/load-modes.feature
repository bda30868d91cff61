@area:LDM
Feature: Load modes and program verification
  A module reads its program (and its data files) in the load mode it was created with: read into memory
  (file), memory-mapped (mmap), memory-mapped and locked (mmapUseMlock, or mmapUseMlockIgnoreErrors which
  goes on when locking fails), or memory-mapped with access hints (the runtime's MmapUseMadvise). Loading
  verifies the program minimally by default, or for internal consistency on request.

  @id:LDM-01
  Scenario Outline: The load mode <mode> has the number <number>, as in the runtime
    Then the load mode <mode> has the number <number>


    Examples:
      | mode                     | number |
      | file                     | 0      |
      | mmap                     | 1      |
      | mmapUseMlock             | 2      |
      | mmapUseMlockIgnoreErrors | 3      |
      | MmapUseMadvise           | 4      |

  @id:LDM-02a
  Scenario: A module created with a path reads in the file load mode
    Given a module for the fixture "add.pte"
    Then the module's load mode is file

  @id:LDM-02b
  Scenario: A module created with a path and data files reads in the file load mode
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "scale_shift_ptd.ptd"
    Then the module's load mode is file

  @id:LDM-03a
  Scenario Outline: In the load mode <mode> the program loads
    Given a module for the fixture "add.pte" with the load mode <mode>
    When I load the program
    Then the program is loaded

    Examples:
      | mode                     |
      | file                     |
      | mmap                     |
      | mmapUseMlockIgnoreErrors |

    @requires:mlock=allowed
    Examples: locking memory
      | mode         |
      | mmapUseMlock |

  @id:LDM-03b
  Scenario Outline: In the load mode <mode> forward adds
    Given a module for the fixture "add.pte" with the load mode <mode>
    And I load the program
    When I run forward with the float tensors [1.0] and [1.0]
    Then the output is a single float tensor with shape [1] and values [2.0]

    Examples:
      | mode                     |
      | file                     |
      | mmap                     |
      | mmapUseMlockIgnoreErrors |

    @requires:mlock=allowed
    Examples: locking memory
      | mode         |
      | mmapUseMlock |


  @id:LDM-04
  Scenario: The runtime's MmapUseMadvise mode loads and executes the program
    Given a module for the fixture "add_alpha.pte" with the load mode MmapUseMadvise
    When I run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [1, 2, 3, 4] of shape [2, 2]; double 1.0"
    Then the output is a single float tensor with shape [2, 2] and values [2.0, 4.0, 6.0, 8.0]

  @id:LDM-05
  Scenario: A load mode number the runtime has no case for is refused before a module exists
    When a child process asks for a module with the load mode number 5
    Then the binding refused it with IllegalArgumentException before creating a module

  @id:LDM-06 @requires:mlock=denied
  Scenario: Without the right to lock memory, mmapUseMlock fails with NotSupported while the other modes load
    When a child process that may not lock memory loads "add.pte" in every load mode
    Then in that process loading with the load mode mmapUseMlock fails with the error NotSupported
    And in that process loading with the load mode mmapUseMlockIgnoreErrors succeeds
    And in that process loading with the load mode mmap succeeds
    And in that process loading with the load mode file succeeds

  @id:LDM-07
  Scenario Outline: A program that does not exist fails with AccessFailed in the load mode <mode>
    Given a module for the path "/nonexistent/model.pte" with the load mode <mode>
    When I try to load the program
    Then it fails with the error AccessFailed


    Examples:
      | mode                     |
      | file                     |
      | mmap                     |
      | mmapUseMlock             |
      | mmapUseMlockIgnoreErrors |
      | MmapUseMadvise           |

  @id:LDM-08a
  Scenario Outline: The load mode <mode> opens the data files too: the data file <how>
    Given a module for the fixture "scale_shift_ptd.pte" with a private copy of its data file "scale_shift_ptd.ptd" and the load mode <mode>
    When I load the method "forward"
    Then the data file <how>

    Examples:
      | mode | how                                      |
      | file | is not mapped into the process's memory |
      | mmap | is mapped into the process's memory     |

  @id:LDM-08b
  Scenario Outline: In the load mode <mode> a program with a data file runs forward (<how>)
    Given a module for the fixture "scale_shift_ptd.pte" with a private copy of its data file "scale_shift_ptd.ptd" and the load mode <mode>
    And I load the method "forward"
    When I run forward with the single tensor "[2, 3, 4, 2] of shape [2, 2]"
    Then the output is a single float tensor with shape [2, 2] and values [8.0, 11.0, 14.0, 8.0]

    Examples:
      | mode | how                                      |
      | file | is not mapped into the process's memory |
      | mmap | is mapped into the process's memory     |


  @id:LDM-09
  Scenario: The file is first read at load, so a file deleted after creating the module fails with AccessFailed
    Given a module for a copy of the fixture "add.pte"
    When the copy is deleted
    And I try to load the program
    Then it fails with the error AccessFailed

  @id:LDM-10
  Scenario Outline: The verification <verification> has the number <number>, as in the runtime
    Then the verification <verification> has the number <number>


    Examples:
      | verification        | number |
      | minimal             | 0      |
      | internalConsistency | 1      |

  @id:LDM-11a
  Scenario: A build without program verification is recognised as one
    When a child process loads a copy of "add.pte" with a damaged body with the verification internalConsistency
    Then this build does not verify programs

  @id:LDM-11b
  Scenario: Without program verification, internalConsistency loads as minimal and logs it at Info level
    Given a child process loads a copy of "add.pte" with a damaged body with the verification internalConsistency
    And this build does not verify programs
    When a child process loads "add.pte" with the verification internalConsistency
    Then the load succeeded and the runtime logged an Info message about verification

  @id:LDM-12
  Scenario: With verification compiled in, internalConsistency rejects a program whose body is damaged
    When a child process loads a copy of "add.pte" with a damaged body with the verification internalConsistency
    Then the damaged program was rejected with the error InvalidProgram
