@area:ERR
Feature: Errors
  Every failure of the bindings is an error in the domain "org.pytorch.executorch.error" carrying the
  runtime's error code unchanged, with a documented description for each code. Broken files and wrong
  inputs fail with the documented codes; programming errors that the reference answers by aborting the
  process must fail deterministically instead, and are made in a child process so that an abort cannot
  take the suite down.

  @id:ERR-01a
  Scenario: A failed method load reports the domain "org.pytorch.executorch.error"
    Given a module for the fixture "add.pte"
    When I try to load the method "backward"
    Then the error's domain is "org.pytorch.executorch.error"

  @id:ERR-01b
  Scenario: A failed program load reports the domain "org.pytorch.executorch.error"
    Given a module for the path "/nonexistent/model.pte"
    When I try to load the program
    Then the error's domain is "org.pytorch.executorch.error"

  @id:ERR-02
  Scenario Outline: The error code <code> has the runtime's number <number>
    Then the error code <code> has the number <number>


    Examples:
      | code                            | number |
      | ok                              | 0      |
      | internal                        | 1      |
      | invalidState                    | 2      |
      | endOfMethod                     | 3      |
      | notSupported                    | 16     |
      | notImplemented                  | 17     |
      | invalidArgument                 | 18     |
      | invalidType                     | 19     |
      | operatorMissing                 | 20     |
      | registrationExceedingMaxKernels | 21     |
      | registrationAlreadyRegistered   | 22     |
      | notFound                        | 32     |
      | memoryAllocationFailed          | 33     |
      | accessFailed                    | 34     |
      | invalidProgram                  | 35     |
      | invalidExternalData             | 36     |
      | outOfResources                  | 37     |
      | delegateInvalidCompatibility    | 48     |
      | delegateMemoryAllocationFailed  | 49     |
      | delegateInvalidHandle           | 50     |

  @id:ERR-03
  Scenario Outline: The description of <code> is "<description>"
    Then the description of the error code <code> is "<description>"


    Examples:
      | code                            | description                        |
      | ok                              |                                    |
      | internal                        | Internal error                     |
      | invalidState                    | Invalid executor state             |
      | endOfMethod                     | No more execution steps            |
      | notSupported                    | Operation not supported            |
      | notImplemented                  | Operation not implemented          |
      | invalidArgument                 | Invalid argument                   |
      | invalidType                     | Invalid type                       |
      | operatorMissing                 | Operator missing                   |
      | registrationExceedingMaxKernels | Exceeded maximum number of kernels |
      | registrationAlreadyRegistered   | Kernel is already registered       |
      | notFound                        | Resource not found                 |
      | memoryAllocationFailed          | Memory allocation failed           |
      | accessFailed                    | Access failed                      |
      | invalidProgram                  | Invalid program contents           |
      | invalidExternalData             | Invalid external data              |
      | outOfResources                  | Out of resources                   |
      | delegateInvalidCompatibility    | Delegate version incompatible      |
      | delegateMemoryAllocationFailed  | Delegate memory allocation failed  |
      | delegateInvalidHandle           | Delegate handle invalid            |

  @id:ERR-04
  Scenario Outline: An error with the number <number>, outside the documented codes, keeps it and is an "Unknown error"
    When an error is created with the number <number>
    Then the error keeps the number <number> and is described as "Unknown error"


    Examples:
      | number |
      | 4      |
      | 99     |

  @id:ERR-05
  Scenario Outline: An error created with a description <given> reads "<reads>"
    When an error is created with the code invalidArgument <description>
    Then the error's description reads "<reads>"


    Examples:
      | given        | description                                                            | reads                                                      |
      | of its own   | and the description "option key is 64 bytes, limit is 63"            | Invalid argument: option key is 64 bytes, limit is 63      |
      | that's empty | and the description ""                                                 | Invalid argument                                           |
      | of none      | and no description                                                     | Invalid argument                                           |

  @id:ERR-06
  Scenario Outline: A runtime failure reports the raw code <number> with the bare description "<description>"
    Given a module for the <source>
    When I try to load the <what>
    Then the error carries the raw number <number> and the bare description "<description>"


    Examples:
      | source                            | what                | number | description      |
      | fixture "add.pte"                 | method "backward"   | 18     | Invalid argument |
      | path "/nonexistent/model.pte"     | program             | 34     | Access failed    |

  @id:ERR-07a
  Scenario: A failing method load reports a typed error carrying the code InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to load the method "backward"
    Then the call reported a typed error carrying the code InvalidArgument
    And the method "backward" is not loaded

  @id:ERR-07b
  Scenario: Listing the methods of a missing file returns nothing and reports AccessFailed
    Given a module for the fixture "add.pte"
    And I try to load the method "backward"
    When I try to list the method names of the program "/nonexistent/model.pte"
    Then the call returned no result and reported a typed error carrying the code AccessFailed

  @id:ERR-08
  Scenario: Loading an empty file in file mode fails with InvalidArgument
    Given a module for the empty file "/dev/null" with the load mode File
    When I try to load the program
    Then it fails with the error InvalidArgument
    And the program is not loaded

  @id:ERR-09
  Scenario: Loading a file of random bytes fails with InvalidProgram
    Given a module for a file of 256 random bytes
    When I try to load the program
    Then it fails with the error InvalidProgram

  @id:ERR-10
  Scenario: Loading a truncated program whose extended header promises more bytes fails with InvalidProgram
    Given a module for the fixture "add_one.pte" cut to half its length
    When I try to load the program
    Then it fails with the error InvalidProgram

  @id:ERR-16 @requires:logging
  Scenario: A program that cannot load fails execution as a load, with the runtime's explanation
    Given a module for the fixture "add.pte" with its file identifier changed to "BP08"
    When I try to run forward with no inputs
    Then it fails with the error InvalidProgram
    And the error names the operation "load program" and the module's file
    And the error carries the runtime's log line containing "Program identifier 'BP08' != expected 'ET12'"

  @id:ERR-17
  Scenario: A program shorter than its header says is reported as truncated, with both sizes
    Given a module for the fixture "add_one.pte" cut to half its length
    When I try to load the program
    Then the error says the file is truncated, with the size its header declares and the size it has

  @id:ERR-11
  Scenario: An input tensor of the wrong data type fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try forward with a double tensor [1.0] as the first input
    Then it fails with the error InvalidArgument

  @id:ERR-12
  Scenario: An input with the wrong tag fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try forward with the double value 2.0 as the first input
    Then it fails with the error InvalidArgument

  @id:ERR-14
  Scenario Outline: The programming error "<misuse>" fails deterministically instead of aborting
    When the programming error "<misuse>" is made in a child process
    Then the binding answers it with <exception>, not an abort


    Examples:
      | misuse                   | exception                |
      | null-tensor              | NullPointerException     |
      | scalar-count-mismatch    | IllegalArgumentException |
      | float-to-integral-scalar | IllegalArgumentException |
      | invalid-copy-cast        | IllegalArgumentException |
      | wrong-tag-accessor       | IllegalStateException    |
      | string-input             | IllegalArgumentException |
      | none-input               | IllegalArgumentException |
      | bad-strides              | IllegalArgumentException |

  @id:ERR-15 @requires:logging
  Scenario: Each runtime error path logs an error-level line before returning its code
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "backward" of the fixture "add.pte" fails
    Then the sink "sink" had received the message containing "No method named 'backward' in program" when the failing call returned, on the calling thread
    And the sink "sink" received 1 error-level message containing "No method named 'backward' in program"
    And it fails with the error InvalidArgument

  @id:ERR-13
  Scenario Outline: Decoding <value> as <type> fails with invalidType: "<detail>"
    When I try to decode the value "<value>" as <type>
    Then it fails with the error invalidType
    And the error's description reads "Invalid type: <detail>"


    Examples:
      | value             | type          | detail                          |
      | integer 1         | AnyTensor     | Value is not a tensor           |
      | string 'x'        | Tensor<Float> | Value is not a tensor           |
      | integer 1         | String        | Value is not a string           |
      | string 'one'      | Int           | Value is not a scalar           |
      | none              | Int           | Value is not a scalar           |
      | integer 1         | Float         | Value is not a float            |
      | integer 1         | Double        | Value is not a double           |
      | integer 1         | Bool          | Value is not a boolean          |
      | tensor [1.0, 2.0] | Tensor<Int32> | Tensor is not of type Int32     |
      | tensor [1.0, 2.0] | Tensor<Double> | Tensor is not of type Double   |
      | integer 300       | Int8          | Cannot convert scalar to Int8   |
      | integer 70000     | Int16         | Cannot convert scalar to Int16  |
