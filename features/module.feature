@area:MOD
Feature: Module lifecycle
  A Module is created with the path of a .pte program and loads it lazily: nothing is read until the
  program, a method or an execution needs it. It lists its methods and describes them, executes them with
  values or tensors, binds inputs and outputs ahead of execution, and reports failures with the runtime's
  error code.

  Fixture names are this suite's (fixtures/README.md): add_alpha.pte is the catalogue's ModuleAdd (x, y,
  alpha), multi_method.pte its ModuleMultipleEntry (methods forward and another_method), shared_state.pte its
  ModuleSharedState, stateful_increment.pte its ModuleStateful, int_bool_inputs.pte its ModuleIntBool,
  dynamic_cat_unplanned_io.pte its ModuleDynamicCatUnallocatedIO, two_outputs.pte a model with two outputs.
  Where the catalogue quotes values of its own models, the scenarios use the values of these fixtures.

  # ---------------------------------------------------------------- construction and loading

  @id:MOD-01a
  Scenario: Creating a module for a missing file does not touch it
    Given a module for the path "/nonexistent/model.pte"
    Then the program is not loaded

  @id:MOD-01b
  Scenario: Creating a module for an existing file does not load it
    Given a module for the fixture "add.pte"
    Then the program is not loaded
    And the method "forward" is not loaded

  @id:MOD-02a
  Scenario: A module cannot be created without a file path
    Then a module cannot be created without a file path

  @id:MOD-02b
  Scenario: A module created with a path alone reads in the File load mode
    Given a module for the fixture "add.pte"
    Then the module's load mode is File
    And the module has no data files

  @id:MOD-02c
  Scenario: A module created with a path and data files reads in the File load mode
    Given a module for the fixture "scale_shift_ptd.pte" with the data files "scale_shift_ptd.ptd"
    Then the module's load mode is File

  @id:MOD-02d
  Scenario: A module created with an explicit load mode reads in it, with no data files
    Given a module for the fixture "add.pte" with the data files "" and the load mode Mmap
    Then the module's load mode is Mmap
    And the module has no data files

  @id:MOD-03
  Scenario: Loading the program
    Given a module for the fixture "add.pte"
    When I load the program
    Then the program is loaded

  @id:MOD-04
  Scenario: Loading a program that does not exist
    Given a module for the path "/nonexistent/model.pte"
    When I try to load the program
    Then it fails with the error AccessFailed
    And the program is not loaded

  @id:MOD-05
  Scenario: Loading an already loaded program again is a no-op that does not read the program again
    Given a module for a copy of the fixture "add.pte"
    And I load the program
    When the copy is deleted
    And I load the program
    Then the program is loaded

  @id:MOD-06a
  Scenario: The default load accepts a valid program
    Given a module for the fixture "add.pte"
    When I load the program
    Then the program is loaded

  @id:MOD-06b
  Scenario: Minimal verification accepts a valid program
    Given a module for the fixture "add.pte"
    When I load the program with the verification minimal
    Then the program is loaded

  @id:MOD-06c
  Scenario: Internal-consistency verification accepts a valid program
    Given a module for the fixture "add.pte"
    When I load the program with the verification internalConsistency
    Then the program is loaded

  @id:MOD-07a
  Scenario: A method is not loaded before it is asked for
    Given a module for the fixture "add.pte"
    Then the method "forward" is not loaded

  @id:MOD-07b
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

  @id:MOD-09
  Scenario: Loading an already loaded method keeps its bound inputs
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    And I set the inputs to "tensor [2.0]; tensor [3.0]"
    When I load the method "forward"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [5.0]

  # ---------------------------------------------------------------- method names

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

  @id:MOD-12
  Scenario: Listing the method names of a program that does not exist
    Given a module for the path "/nonexistent/model.pte"
    When I try to list the method names
    Then it fails with the error AccessFailed
    And the program is not loaded

  @id:MOD-13a
  Scenario: The method names of a two-method program are listed as a set
    Given a module for the fixture "multi_method.pte"
    Then the method names are exactly "forward, another_method"

  @id:MOD-13b
  Scenario: The method names of a three-method program are listed as a set
    Given a module for the fixture "shared_state.pte"
    Then the method names are exactly "forward, get_state, set_state"

  # ---------------------------------------------------------------- method metadata

  @id:MOD-14
  Scenario: The metadata of add.pte's forward method
    Given a module for the fixture "add.pte"
    When I read the metadata of the method "forward"
    Then the metadata names the method "forward"
    And the metadata's input value tags are "tensor, tensor"
    And the metadata's output value tags are "tensor"
    And the metadata describes tensors for the inputs "0, 1" and the outputs "0" only
    And the metadata describes these tensors:
      | tensor   | shape | dimension order | data type | bytes | memory planned | name |
      | input 0  | [1]   | [0]             | float     | 4     | yes            |      |
      | input 1  | [1]   | [0]             | float     | 4     | yes            |      |
      | output 0 | [1]   | [0]             | float     | 4     | yes            |      |
    And the metadata has no attribute tensors
    And the metadata's memory-planned buffer sizes are "48"
    And the metadata names no backends
    And the metadata's instruction count is 1

  @id:MOD-15
  Scenario: Reading method metadata loads the program but not the method
    Given a module for the fixture "add.pte"
    When I read the metadata of the method "forward"
    Then the program is loaded
    And the method "forward" is not loaded

  @id:MOD-16a
  Scenario: Metadata of an unknown method fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to read the metadata of the method "backward"
    Then it fails with the error InvalidArgument

  @id:MOD-16b
  Scenario: Metadata of a method of a program that does not exist fails with AccessFailed
    Given a module for the path "/nonexistent/model.pte"
    When I try to read the metadata of the method "forward"
    Then it fails with the error AccessFailed

  @id:MOD-17
  Scenario: Tensor metadata is present only for the inputs tagged tensor
    Given a module for the fixture "add_alpha.pte"
    When I read the metadata of the method "forward"
    Then the metadata's input value tags are "tensor, tensor, double"
    And the metadata's output value tags are "tensor"
    And the metadata describes tensors for the inputs "0, 1" and the outputs "0" only
    And the metadata describes these tensors:
      | tensor   | shape  | dimension order | data type | bytes |
      | input 0  | [2, 2] | [0, 1]          | float     | 16    |
      | input 1  | [2, 2] | [0, 1]          | float     | 16    |
      | output 0 | [2, 2] | [0, 1]          | float     | 16    |

  @id:MOD-18a
  Scenario: The metadata of an XNNPACK-delegated method names XnnpackBackend
    Given a module for the fixture "add_xnnpack.pte"
    When I read the metadata of the method "forward"
    Then the metadata names the backends "XnnpackBackend"

  @id:MOD-18b
  Scenario: The metadata of a Core ML-delegated method names CoreMLBackend, which is not linked
    Given a module for the fixture "add_coreml.pte"
    When I read the metadata of the method "forward"
    Then the metadata names the backends "CoreMLBackend"

  # ---------------------------------------------------------------- execution

  @id:MOD-20a
  Scenario: Forward adds two one-element tensors
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then the output is a single float tensor with shape [1] and values [2.0]

  @id:MOD-20b
  Scenario: Forward runs again with new inputs
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    When I run forward with the float tensors [2.0] and [3.0]
    Then the output is a single float tensor with shape [1] and values [5.0]

  @id:MOD-20c
  Scenario: Forward runs a third time with fractional inputs
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    And I run forward with the float tensors [2.0] and [3.0]
    When I run forward with the float tensors [13.25] and [29.25]
    Then the output is a single float tensor with shape [1] and values [42.5]

  @id:MOD-21
  Scenario: Forward with an array of values gives the same result as with an array of tensors
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [2.0] and [3.0]
    And I run forward with the values wrapping the float tensors [2.0] and [3.0]
    Then the output is a single float tensor with shape [1] and values [5.0]
    And the outputs are the same as those of the execution before

  @id:MOD-22
  Scenario: Executing the method "forward" by name is the same as the forward shortcut
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [2.0] and [3.0]
    And I execute the method "forward" with the float tensors [2.0] and [3.0]
    Then the outputs are the same as those of the execution before

  @id:MOD-23a
  Scenario: A single tensor is bound as input 0 of a one-input method
    Given a module for the fixture "add_one.pte"
    When I run forward with the single tensor "[1.0, 2.0, 3.0]"
    Then the output is a single float tensor with shape [3] and values [2.0, 3.0, 4.0]

  @id:MOD-23b
  Scenario: A single value is bound as input 0 of a one-input method
    Given a module for the fixture "add_one.pte"
    And I run forward with the single tensor "[1.0, 2.0, 3.0]"
    When I run forward with the single value "tensor [4.0, 5.0, 6.0]"
    Then the output is a single float tensor with shape [3] and values [5.0, 6.0, 7.0]

  @id:MOD-24a
  Scenario: Inputs bound by one call are used by the next
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [2.0] and [3.0]
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [5.0]

  @id:MOD-24b
  Scenario: A call with fewer inputs reuses the inputs bound before
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [2.0] and [3.0]
    And I run forward with no inputs
    When I run forward with the inputs "tensor [10.0]"
    Then the output is a single float tensor with shape [1] and values [13.0]

  @id:MOD-24c
  Scenario: Inputs set explicitly replace the bound ones
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [2.0] and [3.0]
    And I run forward with no inputs
    And I run forward with the inputs "tensor [10.0]"
    When I set the inputs to "tensor [1.0]; tensor [1.5]"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [2.5]

  @id:MOD-25
  Scenario: Forward without inputs on a fresh module fails because input 0 is not set
    Given a module for the fixture "add.pte"
    When I try to run forward with no inputs
    Then it fails with the error InvalidArgument

  @id:MOD-26
  Scenario: A method without inputs runs with no inputs
    Given a module for the fixture "shared_state.pte"
    When I execute the method "get_state" with no inputs
    Then the output is a single float tensor with shape [1] and values [0.0]
    And the outputs match the reference outputs of the method "get_state"

  @id:MOD-27
  Scenario: Executing an unloaded module loads the program and the method on demand
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then the program is loaded
    And the method "forward" is loaded

  @id:MOD-28a
  Scenario: A named method other than forward runs through execute
    Given a module for the fixture "multi_method.pte"
    When I execute the method "another_method" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:MOD-28b
  Scenario: Forward of a multi-method program runs through execute after another method ran
    Given a module for the fixture "multi_method.pte"
    And I execute the method "another_method" with its reference inputs
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:MOD-28c
  Scenario: A named method runs through execute with given inputs
    Given a module for the fixture "multi_method.pte"
    And I execute the method "another_method" with its reference inputs
    And I execute the method "forward" with its reference inputs
    When I execute the method "another_method" with the inputs "tensor [1.0, 1.0, 1.0, 1.0] of shape [2, 2]"
    Then the output is a single float tensor with shape [2, 2] and values [3.0, 3.0, 3.0, 3.0]

  @id:MOD-29
  Scenario: Outputs are always an array of values: one float tensor of shape [1] for add.pte
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then the outputs are 1 value tagged "tensor"
    And the output is a single float tensor with shape [1] and values [2.0]

  @id:MOD-30
  Scenario: More inputs than the method declares fail with InvalidArgument
    Given a module for the fixture "add_alpha.pte"
    When I try to run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; double 1.0; double 1.0"
    Then it fails with the error InvalidArgument

  @id:MOD-31a
  Scenario: Executing a program that does not exist fails with AccessFailed
    Given a module for the path "/nonexistent/model.pte"
    When I try to run forward with no inputs
    Then it fails with the error AccessFailed

  @id:MOD-31b
  Scenario: Executing an empty file fails
    Given a module for the path "/dev/null"
    When I try to run forward with no inputs
    Then it fails with an error

  @id:MOD-32a
  Scenario: When binding input 1 fails inside execute, the call fails with NotSupported
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    When I try to run forward with the inputs "tensor [10.0]; tensor [1.0, 2.0]"
    Then it fails with the error NotSupported

  @id:MOD-32b
  Scenario: After binding input 1 failed inside execute, input 0 keeps the value that call bound
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    And I try to run forward with the inputs "tensor [10.0]; tensor [1.0, 2.0]"
    When I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [11.0]
    # stateful_increment adds 1 to its state on every run, so a run that happened would show in the next result.

  @id:MOD-32c
  Scenario: When binding input 0 fails inside execute, the call fails with NotSupported
    Given a module for the fixture "stateful_increment.pte"
    When I try to run forward with the inputs "tensor [1.0, 2.0]"
    Then it fails with the error NotSupported

  @id:MOD-32d
  Scenario: After binding failed inside execute, the method had not run
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    And I try to run forward with the inputs "tensor [10.0]; tensor [1.0, 2.0]"
    And I run forward with no inputs
    And a module for the fixture "stateful_increment.pte"
    And I try to run forward with the inputs "tensor [1.0, 2.0]"
    When I run forward with the single tensor "[1.0]"
    Then the output is a single float tensor with shape [1] and values [2.0]

  # The reference binding returns outputs that alias the method's planned memory (MOD-33, MOD-34). This
  # binding copies every output (docs/design.md §4); these scenarios state what it guarantees instead.
  @id:MOD-33
  Scenario: An output returned by one call keeps its value when the next call runs, like a copy taken before it
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    And I keep the outputs as "first"
    And I keep a copy of the outputs as "copy of first"
    And I run forward with the float tensors [2.0] and [3.0]
    Then the output is a single float tensor with shape [1] and values [5.0]
    And output 0 kept as "first" is still a float tensor with values [2.0]
    And output 0 kept as "copy of first" is still a float tensor with values [2.0]

  @id:MOD-34a
  Scenario: An output stays readable after its method is unloaded
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    And I keep the outputs as "first"
    And I unload the method "forward"
    Then output 0 kept as "first" is still a float tensor with values [2.0]

  @id:MOD-34b
  Scenario: An output stays readable after its module is closed
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    And I keep the outputs as "first"
    And I unload the method "forward"
    When I run forward with the float tensors [2.0] and [3.0]
    And I keep the outputs as "second"
    And I close the module
    Then output 0 kept as "second" is still a float tensor with values [5.0]
    And output 0 kept as "first" is still a float tensor with values [2.0]
    And the module refuses further use as closed

  @id:MOD-35a
  Scenario: The output of add.pte is static
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    Then output 0 reports the shape dynamism static

  @id:MOD-35b
  Scenario: Resizing the static output of add.pte fails with NotSupported
    Given a module for the fixture "add.pte"
    And I run forward with the float tensors [1.0] and [1.0]
    When I try to resize output 0 to [2]
    Then it fails with the error NotSupported

  # ---------------------------------------------------------------- binding inputs

  @id:MOD-38
  Scenario: Binding inputs one at a time, then running forward without inputs
    Given a module for the fixture "add.pte"
    When I set input 1 to "tensor [2.0]"
    And I set the input to "tensor [1.0]"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [3.0]

  @id:MOD-39a
  Scenario: Inputs bound all at once are used by forward without inputs
    Given a module for the fixture "add.pte"
    When I set the inputs to "tensor [3.0]; tensor [4.0]"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [7.0]

  @id:MOD-39b
  Scenario: Inputs of mixed types bound all at once are used by forward without inputs
    Given a module for the fixture "add_alpha.pte"
    When I set the inputs to "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; double 1.0"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [2, 2] and values [3.0, 5.0, 7.0, 9.0]

  @id:MOD-40
  Scenario: Binding fewer inputs than the method declares fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to set the inputs to "tensor [1.0]"
    Then it fails with the error InvalidArgument

  @id:MOD-41
  Scenario: Binding an input past the last one fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to set input 2 to "tensor [1.0]"
    Then it fails with the error InvalidArgument

  @id:MOD-42a
  Scenario: Another method runs with the input bound to it after forward ran
    Given a module for the fixture "multi_method.pte"
    When I run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [10, 20, 30, 40] of shape [2, 2]"
    And I set input 0 of the method "another_method" to "tensor [1, 1, 1, 1] of shape [2, 2]"
    And I execute the method "another_method" with no inputs
    Then the output is a single float tensor with shape [2, 2] and values [3.0, 3.0, 3.0, 3.0]

  @id:MOD-42b
  Scenario: Binding an input of another method leaves forward's inputs untouched
    Given a module for the fixture "multi_method.pte"
    And I run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [10, 20, 30, 40] of shape [2, 2]"
    And I set input 0 of the method "another_method" to "tensor [1, 1, 1, 1] of shape [2, 2]"
    And I execute the method "another_method" with no inputs
    When I run forward with no inputs
    Then the output is a single float tensor with shape [2, 2] and values [11.0, 22.0, 33.0, 44.0]

  @id:MOD-43
  Scenario: Binding an input loads the method on demand
    Given a module for the fixture "add.pte"
    When I set input 0 to "tensor [1.0]"
    Then the program is loaded
    And the method "forward" is loaded

  @id:MOD-44
  Scenario: Inputs bound ahead combine with the input given to forward
    Given a module for the fixture "add_alpha.pte"
    When I set input 1 to "tensor [2, 3, 4, 5] of shape [2, 2]"
    And I set input 2 to "double 1.0"
    And I run forward with the single tensor "[1, 2, 3, 4] of shape [2, 2]"
    Then the output is a single float tensor with shape [2, 2] and values [3.0, 5.0, 7.0, 9.0]

  @id:MOD-45
  Scenario: Running forward with only input 0 bound fails with InvalidArgument
    Given a module for the fixture "add_alpha.pte"
    When I set input 0 to "tensor [1, 2, 3, 4] of shape [2, 2]"
    And I try to run forward with no inputs
    Then it fails with the error InvalidArgument

  @id:MOD-46
  Scenario: A memory-planned input is copied when bound: later changes to the caller's tensor change nothing
    Given a module for the fixture "add.pte"
    And the float tensor 'x' holding "[1.0]"
    When I set the inputs to "tensor 'x'; tensor [2.0]"
    And I change the tensor 'x' in place to [100.0]
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [3.0]

  @id:MOD-47
  Scenario: An input that is not memory-planned is read at execution, and the module keeps it alive
    Given a module for the fixture "dynamic_cat_unplanned_io.pte"
    And the float tensor 'out' of shape [4, 4] filled with zeros
    And the float tensor 'k' holding "[1, 2, 3, 4, 5, 6, 7, 8] of shape [2, 4]"
    When I set output 0 to "tensor 'out'"
    And I set input 0 to "tensor 'k'"
    And I change the tensor 'k' in place to [9, 9, 9, 9, 9, 9, 9, 9]
    And I close my handle on the tensor 'k'
    And I run forward with no inputs
    Then the output is a single float tensor with shape [3, 4] and values [9, 9, 9, 9, 9, 9, 9, 9, 1, 1, 1, 1]

  # ---------------------------------------------------------------- binding outputs

  @id:MOD-48
  Scenario: Binding a caller's buffer to a memory-planned output fails with InvalidState
    Given a module for the fixture "add.pte"
    When I try to set output 0 to "tensor [0.0]"
    Then it fails with the error InvalidState

  @id:MOD-49
  Scenario: Binding an output past the last one fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to set output 1 to "tensor [0.0]"
    Then it fails with the error InvalidArgument

  @id:MOD-50
  Scenario Outline: Binding a <kind> value as an output buffer fails with InvalidArgument
    Given a module for the fixture "add.pte"
    When I try to set output 0 to "<value>"
    Then it fails with the error InvalidArgument


    Examples:
      | kind    | value        |
      | integer | integer 1    |
      | double  | double 1.0   |
      | boolean | boolean true |

  @id:MOD-51a
  Scenario: A caller's output buffer too small for the output is refused with InvalidArgument
    Given a module for the fixture "dynamic_cat_unplanned_io.pte"
    And the float tensor 'small' of shape [2] filled with zeros
    And the float tensor 'out' of shape [4, 4] filled with zeros
    When I try to set output 0 to "tensor 'small'"
    Then it fails with the error InvalidArgument

  @id:MOD-51b
  Scenario: A caller's buffer bound to an output that is not memory-planned receives the result
    Given a module for the fixture "dynamic_cat_unplanned_io.pte"
    And the float tensor 'small' of shape [2] filled with zeros
    And the float tensor 'out' of shape [4, 4] filled with zeros
    And I try to set output 0 to "tensor 'small'"
    When I set output 0 to "tensor 'out'"
    And I run forward with the single tensor "[1, 2, 3, 4, 5, 6, 7, 8] of shape [2, 4]"
    Then the output is a single float tensor with shape [3, 4] and values [1, 2, 3, 4, 5, 6, 7, 8, 1, 1, 1, 1]
    And the tensor 'out' holds [1, 2, 3, 4, 5, 6, 7, 8, 1, 1, 1, 1] in its first elements

  # ---------------------------------------------------------------- unloading

  @id:MOD-52a
  Scenario: Unloading a loaded method reports that it was loaded
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    When I unload the method "forward"
    Then the unload reports that the method was loaded
    And the method "forward" is not loaded

  @id:MOD-52b
  Scenario: Unloading a method again reports that it was not loaded
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    And I unload the method "forward"
    When I unload the method "forward"
    Then the unload reports that the method was not loaded

  @id:MOD-53a
  Scenario: After unloading, a call without inputs fails with InvalidArgument and reloads the method
    Given a module for the fixture "add.pte"
    And I set the inputs to "tensor [1.0]; tensor [1.0]"
    When I unload the method "forward"
    And I try to run forward with no inputs
    Then it fails with the error InvalidArgument
    And the method "forward" is loaded

  @id:MOD-53b
  Scenario: After unloading, the method reloads and runs with new inputs
    Given a module for the fixture "add.pte"
    And I set the inputs to "tensor [1.0]; tensor [1.0]"
    And I unload the method "forward"
    And I try to run forward with no inputs
    When I set the inputs to "tensor [2.0]; tensor [3.0]"
    And I run forward with no inputs
    Then the output is a single float tensor with shape [1] and values [5.0]

  @id:MOD-54a
  Scenario: Unloading a method that was never loaded reports false without failing
    Given a module for the fixture "add.pte"
    When I unload the method "forward"
    Then the unload reports that the method was not loaded

  @id:MOD-54b
  Scenario: Unloading a method that does not exist reports false without failing
    Given a module for the fixture "add.pte"
    And I unload the method "forward"
    When I unload the method "backward"
    Then the unload reports that the method was not loaded

  @id:MOD-55a
  Scenario: Unloading a method keeps the program loaded
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    When I unload the method "forward"
    Then the program is loaded

  @id:MOD-55b
  Scenario: An unloaded method loads again
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    And I unload the method "forward"
    When I load the method "forward"
    Then the method "forward" is loaded

  # ---------------------------------------------------------------- mutable state

  @id:MOD-56a
  Scenario: A stateful method's first execution starts from the initial state
    Given a module for the fixture "stateful_increment.pte"
    When I run forward with the single tensor "[1.0]"
    Then the output is a single float tensor with shape [1] and values [2.0]

  @id:MOD-56b
  Scenario: Mutable state persists across executions of a loaded method
    Given a module for the fixture "stateful_increment.pte"
    And I run forward with the single tensor "[1.0]"
    When I run forward with the single tensor "[1.0]"
    Then the output is a single float tensor with shape [1] and values [3.0]

  @id:MOD-56c
  Scenario: Unloading a stateful method resets its state
    Given a module for the fixture "stateful_increment.pte"
    And I run forward with the single tensor "[1.0]"
    And I run forward with the single tensor "[1.0]"
    When I unload the method "forward"
    And I run forward with the single tensor "[1.0]"
    Then the output is a single float tensor with shape [1] and values [2.0]

  # stateful_nonzero_init registers its buffer as ones: eager PyTorch returns [2.0] for the first call.
  @id:MOD-57
  Scenario: Mutable buffers start at zero, not at the value the eager model registered
    Given a module for the fixture "stateful_nonzero_init.pte"
    When I run forward with the single tensor "[1.0]"
    Then the output is a single float tensor with shape [1] and values [1.0]

  @id:MOD-58a
  Scenario: A stateful method's first execution through forward starts from the initial state
    Given a module for the fixture "shared_state.pte"
    When I run forward with the single tensor "[2.0]"
    Then the output is a single float tensor with shape [1] and values [3.0]

  @id:MOD-58b
  Scenario: Forward's state advances across its executions
    Given a module for the fixture "shared_state.pte"
    And I run forward with the single tensor "[2.0]"
    When I run forward with the single tensor "[2.0]"
    Then the output is a single float tensor with shape [1] and values [4.0]

  @id:MOD-58c
  Scenario: Another method of the module does not see forward's mutable buffer
    Given a module for the fixture "shared_state.pte"
    And I run forward with the single tensor "[2.0]"
    And I run forward with the single tensor "[2.0]"
    When I execute the method "get_state" with no inputs
    Then the output is a single float tensor with shape [1] and values [0.0]

  # ---------------------------------------------------------------- scalar inputs

  @id:MOD-59
  Scenario Outline: A double input must equal the value traced at export (alpha <alpha>: <verdict>)
    Given a module for the fixture "add_alpha.pte"
    When I try to run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; double <alpha>"
    Then <outcome>


    Examples:
      | alpha   | verdict                          | outcome                                 |
      | 1.0     | the traced value                 | it succeeds                             |
      | 1.00005 | within atol 1e-4 plus rtol 1e-5  | it succeeds                             |
      | 0.99995 | within the tolerance below       | it succeeds                             |
      | 1.0002  | outside the tolerance            | it fails with the error InvalidArgument |
      | 2.0     | another value                    | it fails with the error InvalidArgument |

  @id:MOD-60a
  Scenario: An integer where the method expects a double fails with InvalidArgument
    Given a module for the fixture "add_alpha.pte"
    When I try to run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; integer 1"
    Then it fails with the error InvalidArgument

  @id:MOD-60b
  Scenario: A float value where the method expects a double is accepted
    Given a module for the fixture "add_alpha.pte"
    And I try to run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; integer 1"
    When I try to run forward with the inputs "tensor [1, 2, 3, 4] of shape [2, 2]; tensor [2, 3, 4, 5] of shape [2, 2]; float 1.0"
    Then it succeeds
    And the output is a single float tensor with shape [2, 2] and values [3.0, 5.0, 7.0, 9.0]

  @id:MOD-61
  Scenario: Integer and boolean values reach the runtime as a 64-bit integer and a boolean
    Given a module for the fixture "int_bool_inputs.pte"
    When I run forward with the inputs "tensor [1.0]; integer 1; boolean true"
    Then the output is a single float tensor with shape [1] and values [3.0]

  # ---------------------------------------------------------------- misuse the reference aborts on

  @id:MOD-62
  Scenario Outline: A string or none value given to <call> is refused, never reported as success
    When a child process passes a string and then a none value to <call> on "add.pte"
    Then the binding refused every call with IllegalArgumentException, and the runtime never reported success


    Examples:
      | call      |
      | execute   |
      | setInput  |
      | setInputs |
      | setOutput |

  @id:MOD-63
  Scenario Outline: Outputs of every tag come back as values, none included (<model> <method>)
    When a child process executes the method "<method>" of the fixture "<model>"
    Then the child process received outputs tagged "<tags>"


    Examples:
      | model                  | method     | tags                                       |
      | non_tensor_outputs.pte | forward    | tensor, integer, boolean, none, double     |
      | constant_methods.pte   | get_string | string                                     |
      | shared_state.pte       | set_state  | none                                       |

  # ---------------------------------------------------------------- concurrency and dynamic shapes

  @id:MOD-64
  Scenario: Two modules over the same program, each on its own thread, return correct results
    When 2 modules for the fixture "add_alpha.pte" each run forward 50 times on their own thread
    Then every thread got twice its own input on every run

  @id:MOD-67a
  Scenario: A dynamic-shape method follows its input up to the exported bound
    Given a module for the fixture "dynamic_cat_unplanned_io.pte"
    And the float tensor 'out' of shape [4, 4] filled with zeros
    When I set output 0 to "tensor 'out'"
    And I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs
    And output 0 has the shape [3, 4] for the reference input of shape [2, 4]: that input's rows, then the row [1.0, 1.0, 1.0, 1.0]

  @id:MOD-67b
  Scenario: A dynamic-shape method refuses an input beyond its bound with NotSupported
    Given a module for the fixture "dynamic_cat_unplanned_io.pte"
    And the float tensor 'out' of shape [4, 4] filled with zeros
    And I set output 0 to "tensor 'out'"
    And I execute the method "forward" with its reference inputs
    When I try to run forward with the inputs "tensor [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] of shape [4, 4]"
    Then it fails with the error NotSupported

  # ---------------------------------------------------------------- typed outputs

  @id:MOD-36
  Scenario Outline: Forward's result decoded as <type> gives the tensor [2]
    Given a module for the fixture "add.pte"
    When I run forward with the float tensors [1.0] and [1.0]
    And I decode the outputs as <type>
    Then the decoded result holds the single float tensor [2.0]


    Examples:
      | type            |
      | [Value]         |
      | Value           |
      | [Tensor<Float>] |
      | Tensor<Float>   |
      | [AnyTensor]     |
      | AnyTensor       |

  @id:MOD-37a
  Scenario: A method with two outputs returns two tensor values
    Given a module for the fixture "two_outputs.pte"
    When I execute the method "forward" with its reference inputs
    Then the outputs are 2 values tagged "tensor, tensor"

  @id:MOD-37b
  Scenario Outline: A result of two outputs cannot be decoded into a single <type>
    Given a module for the fixture "two_outputs.pte"
    And I execute the method "forward" with its reference inputs
    When I try to decode the outputs as <type>
    Then it fails with the error invalidType

    Examples:
      | type          |
      | Value         |
      | AnyTensor     |
      | Tensor<Float> |


  # ---------------------------------------------------------------- one module, several threads

  @id:MOD-70
  Scenario: One module shared by several threads gives each thread the sum of its own inputs
    Given a module for the fixture "add.pte"
    When 4 threads share the module and each runs forward 50 times with inputs of its own
    Then every thread got the sum of its own inputs on every run

  # ---------------------------------------------------------------- lifecycle after close

  @id:MOD-71a
  Scenario Outline: A closed module refuses <call> as closed
    Given a module for the fixture "multi_method.pte"
    And I load the method "forward"
    And I close the module
    When I try to <call> on the module
    Then the binding refused it as closed

    Examples:
      | call                                |
      | load the program                    |
      | load the method "another_method"    |
      | list the method names               |
      | read the metadata of "forward"      |
      | set input 0 of "forward"            |
      | unload the method "forward"         |
      | execute "forward"                   |
      | ask whether the program is loaded   |

  @id:MOD-71b
  Scenario: Closing a module twice is harmless
    Given a module for the fixture "add.pte"
    And I load the method "forward"
    And I close the module
    When I try to close the module again
    Then it succeeds
    And the module reports that it is closed
