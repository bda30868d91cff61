@area:BOP
Feature: Backend options
  A BackendOption is a key with a boolean, integer or string value. A BackendOptionsMap holds options by
  backend id; making one checks the runtime's limits and fails with invalidArgument when an entry breaks
  them. load(options:) deep-copies the map into the Module, which uses the copy for every method it loads
  later; load(method, options:) uses its map for that method only. Backends the program does not use
  ignore their options.

  @id:BOP-01
  Scenario: A boolean option has its key, the type boolean and its boolValue
    Given the backend option "o" with the key "use_cache" and the boolean value "true"
    Then the backend option "o" has the key "use_cache", the type boolean and the value "true"

  @id:BOP-02
  Scenario: An integer option has the type integer and its intValue
    Given the backend option "o" with the key "num_threads" and the integer value "4"
    Then the backend option "o" has the key "num_threads", the type integer and the value "4"

  @id:BOP-03
  Scenario: A string option has the type string and its stringValue
    Given the backend option "o" with the key "compute_unit" and the string value "cpu_and_gpu"
    Then the backend option "o" has the key "compute_unit", the type string and the value "cpu_and_gpu"

  @id:BOP-04
  Scenario: Options are equal exactly when key, type and value match
    Given the backend option "a" with the key "num_threads" and the integer value "4"
    And the backend option "b" with the key "num_threads" and the integer value "4"
    And the backend option "other value" with the key "num_threads" and the integer value "2"
    And the backend option "other key" with the key "threads" and the integer value "4"
    And the backend option "int one" with the key "flag" and the integer value "1"
    And the backend option "bool true" with the key "flag" and the boolean value "true"
    Then the backend options "a" and "b" are equal and hash equally
    And the backend options "a" and "other value" are not equal
    And the backend options "a" and "other key" are not equal
    And the backend options "int one" and "bool true" are not equal
    And a set of the backend options "a, b, other value, other key, int one, bool true" holds 5 options

  @id:BOP-05
  Scenario: An option's description contains its key and value and no pointer
    Given the backend option "o" with the key "compute_unit" and the string value "cpu_only"
    Then the description of the backend option "o" contains "compute_unit" and "cpu_only" and no pointer

  @id:BOP-06
  Scenario: A map's description is '(empty)' when empty, else one line with backend ids, keys and values
    Given an empty backend options map "empty"
    And a backend options map "full" with:
      | backend        | key            | type    | value       |
      | CoreMLBackend  | compute_unit   | string  | cpu_and_gpu |
      | CoreMLBackend  | _use_new_cache | boolean | true        |
      | XnnpackBackend | num_threads    | integer | 4           |
    Then the description of the backend options map "empty" is exactly "<ExecuTorchBackendOptionsMap (empty)>"
    And the description of the backend options map "full" is one line containing "CoreMLBackend, compute_unit, cpu_and_gpu, _use_new_cache, true, XnnpackBackend, num_threads, 4"

  @id:BOP-07
  Scenario Outline: An integer outside the Int32 range (<value>) fails invalidArgument naming the key
    When I try to make a backend options map for "XnnpackBackend" with the integer option "num_threads" set to <value>
    Then it fails with the error invalidArgument
    And the error's domain is "org.pytorch.executorch.error"
    And the error's message contains "num_threads"


    Examples:
      | value       |
      | 2147483648  |
      | -2147483649 |

  @id:BOP-08a
  Scenario: An option key of 64 bytes fails invalidArgument, naming the limit
    When I try to make a backend options map for "XnnpackBackend" with an option whose key is 64 bytes long
    Then it fails with the error invalidArgument
    And the error's message contains "limit is"

  @id:BOP-08b
  Scenario: An option key of 63 bytes is accepted
    Given I try to make a backend options map for "XnnpackBackend" with an option whose key is 64 bytes long
    When I try to make a backend options map for "XnnpackBackend" with an option whose key is 63 bytes long
    Then it succeeds

  @id:BOP-09a
  Scenario: A string option value of 256 bytes fails invalidArgument, naming the limit
    When I try to make a backend options map for "CoreMLBackend" with a string option whose value is 256 bytes long
    Then it fails with the error invalidArgument
    And the error's message contains "limit is"

  @id:BOP-09b
  Scenario: A string option value of 255 bytes is accepted
    Given I try to make a backend options map for "CoreMLBackend" with a string option whose value is 256 bytes long
    When I try to make a backend options map for "CoreMLBackend" with a string option whose value is 255 bytes long
    Then it succeeds

  @id:BOP-10a
  Scenario: An empty option key fails invalidArgument
    When I try to make a backend options map with:
      | backend        | key | type    | value |
      | XnnpackBackend |     | integer | 4     |
    Then it fails with the error invalidArgument
    And the error's message contains "empty"

  @id:BOP-10b
  Scenario: An empty backend id fails invalidArgument
    Given I try to make a backend options map with:
      | backend        | key | type    | value |
      | XnnpackBackend |     | integer | 4     |
    When I try to make a backend options map with:
      | backend | key         | type    | value |
      |         | num_threads | integer | 4     |
    Then it fails with the error invalidArgument
    And the error's message contains "empty"

  @id:BOP-11
  Scenario: Duplicate keys within one backend fail invalidArgument with 'duplicate'
    When I try to make a backend options map with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
      | XnnpackBackend | num_threads | integer | 2     |
    Then it fails with the error invalidArgument
    And the error's message contains "duplicate"

  @id:BOP-12a
  Scenario: A backend id of 64 bytes fails invalidArgument, naming the limit of 63
    When I try to make a backend options map for a backend id 64 bytes long
    Then it fails with the error invalidArgument
    And the error's message contains "63"

  @id:BOP-12b
  Scenario: A backend id of 63 bytes is accepted
    Given I try to make a backend options map for a backend id 64 bytes long
    When I try to make a backend options map for a backend id 63 bytes long
    Then it succeeds

  @id:BOP-12c
  Scenario: A ninth backend fails invalidArgument: the map is full
    Given I try to make a backend options map for a backend id 64 bytes long
    And I try to make a backend options map for a backend id 63 bytes long
    When I try to make a backend options map for 9 different backends
    Then it fails with the error invalidArgument
    And the error's message contains "full"

  @id:BOP-12d
  Scenario: A map of eight backends is accepted
    Given I try to make a backend options map for a backend id 64 bytes long
    And I try to make a backend options map for a backend id 63 bytes long
    And I try to make a backend options map for 9 different backends
    When I try to make a backend options map for 8 different backends
    Then it succeeds

  @id:BOP-13
  Scenario: A map's options are a deep-immutable snapshot of its input
    When I make the backend options map "m" from a mutable dictionary with a mutable list of options for "XnnpackBackend":
      | key         | type    | value |
      | num_threads | integer | 4     |
    And I then add the option "use_cache" with the boolean value "true" to that list and the backend "CoreMLBackend" to that dictionary
    Then the options of the backend options map "m" are exactly:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
    And the options of the backend options map "m" cannot be changed

  @id:BOP-14
  Scenario: One map holds several backends and keeps their option counts
    Given a backend options map "m" with:
      | backend       | key            | type    | value       |
      | CoreMLBackend | compute_unit   | string  | cpu_and_gpu |
      | CoreMLBackend | _use_new_cache | boolean | true        |
      | XNNPACK       | num_threads    | integer | 4           |
    Then the backend options map "m" holds 2 backends
    And the backend options map "m" holds 2 options for "CoreMLBackend"
    And the backend options map "m" holds 1 option for "XNNPACK"
    And the option "num_threads" for "XNNPACK" in the backend options map "m" has the integer value 4

  @id:BOP-15a
  Scenario: load(options:) loads a non-delegated program
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key          | type    | value       |
      | CoreMLBackend  | compute_unit | string  | cpu_and_gpu |
      | XnnpackBackend | num_threads  | integer | 4           |
    When I load the program with the backend options map "m"
    Then the program is loaded

  @id:BOP-15b
  Scenario: A non-delegated program loaded with options gives its reference outputs
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key          | type    | value       |
      | CoreMLBackend  | compute_unit | string  | cpu_and_gpu |
      | XnnpackBackend | num_threads  | integer | 4           |
    And I load the program with the backend options map "m"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:BOP-16
  Scenario: load(options:) with an empty map succeeds
    Given a module for the fixture "add.pte"
    And an empty backend options map "m"
    When I try to load the program with the backend options map "m"
    Then it succeeds
    And the program is loaded

  @id:BOP-17a
  Scenario: load(options:) on a bad path fails with accessFailed
    Given a module for the path "/nonexistent/etcts/missing.pte"
    And a backend options map "m" with:
      | backend   | key         | type    | value |
      | MyBackend | num_threads | integer | 8     |
    When I try to load the program with the backend options map "m"
    Then it fails with the error accessFailed
    And the program is not loaded
    And the module's stored backend options are empty

  @id:BOP-17b
  Scenario: After load(options:) failed on a bad path, loading a method fails with accessFailed
    Given a module for the path "/nonexistent/etcts/missing.pte"
    And a backend options map "m" with:
      | backend   | key         | type    | value |
      | MyBackend | num_threads | integer | 8     |
    And I try to load the program with the backend options map "m"
    When I try to load the method "forward"
    Then it fails with the error accessFailed

  @id:BOP-18a
  Scenario: load(options:) keeps no reference to the caller's map
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    When I load the program with the backend options map "m"
    And I release the backend options map "m"
    Then nothing retains the released backend options map "m"
    And the module's stored backend options are those of the backend options map "m"

  @id:BOP-18b
  Scenario: After the caller's map is released, the program loaded with it runs its method
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    And I load the program with the backend options map "m"
    And I release the backend options map "m"
    When I execute the method "forward" with its reference inputs
    Then the method "forward" is loaded
    And the outputs match the method's reference outputs

  @id:BOP-19a
  Scenario: load(method, options:) keeps no reference to the caller's map
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    When I load the method "forward" with the backend options map "m"
    And I release the backend options map "m"
    Then nothing retains the released backend options map "m"
    And the method "forward" is loaded

  @id:BOP-19b
  Scenario: A method loaded with a released map runs and gives its reference outputs
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    And I load the method "forward" with the backend options map "m"
    And I release the backend options map "m"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:BOP-20
  Scenario: The Module keeps its own copy of the options, not the caller's map
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend   | key              | type    | value |
      | MyBackend | num_threads      | integer | 8     |
      | MyBackend | enable_profiling | boolean | true  |
    When I load the program with the backend options map "m"
    And I release the backend options map "m"
    Then nothing retains the released backend options map "m"
    And the module's stored backend options are exactly:
      | backend   | key              | type    | value |
      | MyBackend | num_threads      | integer | 8     |
      | MyBackend | enable_profiling | boolean | true  |

  # Which options a method was loaded with is not observable through the binding (and add.pte uses no
  # backend), so the precedence half of BOP-21 is not claimed here.
  @id:BOP-21a
  Scenario: load(method, options:) after load(options:) loads the method
    Given a module for the fixture "add.pte"
    And a backend options map "stored" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
    And a backend options map "override" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 1     |
    When I load the program with the backend options map "stored"
    And I load the method "forward" with the backend options map "override"
    Then the method "forward" is loaded
    And the module's stored backend options are those of the backend options map "stored"

  @id:BOP-21b
  Scenario: A method loaded with options after load(options:) gives its reference outputs
    Given a module for the fixture "add.pte"
    And a backend options map "stored" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
    And a backend options map "override" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 1     |
    And I load the program with the backend options map "stored"
    And I load the method "forward" with the backend options map "override"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:BOP-22a
  Scenario: A second load(options:) replaces the stored options
    Given a module for the fixture "add.pte"
    And a backend options map "first" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
    And a backend options map "second" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 1     |
      | MyBackend      | use_cache   | boolean | false |
    When I load the program with the backend options map "first"
    And I load the method "forward"
    And I load the program with the backend options map "second"
    Then the module's stored backend options are those of the backend options map "second"
    And the program is loaded
    And the method "forward" is loaded

  @id:BOP-22b
  Scenario: After a second load(options:) the method still gives its reference outputs
    Given a module for the fixture "add.pte"
    And a backend options map "first" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 4     |
    And a backend options map "second" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 1     |
      | MyBackend      | use_cache   | boolean | false |
    And I load the program with the backend options map "first"
    And I load the method "forward"
    And I load the program with the backend options map "second"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:BOP-23a
  Scenario: A map loaded into a second Module is stored by it too
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    When I load the program with the backend options map "m"
    And a second module for the fixture "add.pte" loads with the backend options map "m"
    Then the module's stored backend options are those of the backend options map "m"
    And the second module's stored backend options are those of the backend options map "m"

  @id:BOP-23b
  Scenario: The second Module loaded with a shared map gives its reference outputs
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    And I load the program with the backend options map "m"
    And a second module for the fixture "add.pte" loads with the backend options map "m"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs
    And the second module's method "forward" gives its reference outputs

  @id:BOP-24a
  Scenario: A module's stored backend options are empty before any load with options
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend   | key              | type    | value |
      | MyBackend | num_threads      | integer | 8     |
      | MyBackend | enable_profiling | boolean | true  |
    Then the module's stored backend options are empty

  @id:BOP-24b
  Scenario: After load(options:) the stored backend options read back as given
    Given a module for the fixture "add.pte"
    And a backend options map "m" with:
      | backend   | key              | type    | value |
      | MyBackend | num_threads      | integer | 8     |
      | MyBackend | enable_profiling | boolean | true  |
    When I load the program with the backend options map "m"
    Then the module's stored backend options are exactly:
      | backend   | key              | type    | value |
      | MyBackend | num_threads      | integer | 8     |
      | MyBackend | enable_profiling | boolean | true  |

  @id:BOP-26a @requires:component=backend_xnnpack
  Scenario Outline: An XNNPACK-delegated <model> loaded with XNNPACK options is delegated to XNNPACK
    Given a module for the fixture "<model>"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    When I load the program with the backend options map "m"
    Then the method "forward" is delegated to "XnnpackBackend"

    Examples:
      | model             |
      | add_xnnpack.pte   |
      | conv_xnnpack.pte  |

  @id:BOP-26b @requires:component=backend_xnnpack
  Scenario Outline: An XNNPACK-delegated <model> loaded with XNNPACK options gives its reference outputs
    Given a module for the fixture "<model>"
    And a backend options map "m" with:
      | backend        | key         | type    | value |
      | XnnpackBackend | num_threads | integer | 2     |
    And I load the program with the backend options map "m"
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

    Examples:
      | model             |
      | add_xnnpack.pte   |
      | conv_xnnpack.pte  |

