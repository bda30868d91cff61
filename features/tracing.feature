@area:MOD @requires:component=etdump
Feature: Tracing a module's executions (ETDump)
  A module made with tracing enabled records what the runtime does through the runtime's ETDump event
  tracer, and hands the trace over as bytes: an ETDump flatbuffer (file identifier ED00) holding one run
  block per method load ("Default") and per execution ("Execute"). The runtime opens an execution's block
  with the kernel calls of the method's instructions (an "OPERATOR_CALL" event each, after the event of
  the kernel it called, "native_call_<operator>"), a "DELEGATE_CALL" event for each instruction a delegate
  runs, the delegate's own events, and closes it with "Method::execute". Taking the trace starts a new one,
  so the trace taken after an execution is that execution's.

  The expected kernels are those the fixture's definition implies (fixtures/export/models.py): add.pte's
  forward is x + y (add.out); multi_method.pte's another_method is x * 2 + 1 (mul.out, then add.out).

  @id:MOD-72a
  Scenario: The trace of one execution holds one Execute block
    Given a module for the fixture "add.pte" with tracing enabled
    And I load the method "forward"
    And I take the trace
    And I execute the method "forward" with its reference inputs
    When I take the trace
    Then the trace holds exactly the run blocks "Execute"

  @id:MOD-72b
  Scenario: An execution's block holds an OPERATOR_CALL event for each instruction of the method, and Method::execute
    Given a module for the fixture "multi_method.pte" with tracing enabled
    And I load the method "another_method"
    And I take the trace
    And I execute the method "another_method" with its reference inputs
    When I take the trace
    Then Execute block 1 holds one "OPERATOR_CALL" event for each instruction of the method "another_method"
    And Execute block 1 ends with the event "Method::execute"

  @id:MOD-72c
  Scenario: An execution's block names the kernels the method called, in order
    Given a module for the fixture "multi_method.pte" with tracing enabled
    And I load the method "another_method"
    And I take the trace
    And I execute the method "another_method" with its reference inputs
    When I take the trace
    Then Execute block 1 names the kernels "mul.out, add.out" in that order

  @id:MOD-72d
  Scenario: A trace taken after two executions of different methods holds each, in order
    Given a module for the fixture "multi_method.pte" with tracing enabled
    And I load the method "forward"
    And I load the method "another_method"
    And I take the trace
    And I execute the method "forward" with its reference inputs
    And I execute the method "another_method" with its reference inputs
    When I take the trace
    Then the trace holds exactly the run blocks "Execute, Execute"
    And Execute block 1 names the kernels "add.out" in that order
    And Execute block 2 names the kernels "mul.out, add.out" in that order

  @id:MOD-72e
  Scenario: Loading a method with tracing enabled records a Default block with Program::load_method and Method::init
    Given a module for the fixture "add.pte" with tracing enabled
    And I load the method "forward"
    When I take the trace
    Then the trace holds exactly the run blocks "Default"
    And Default block 1 holds the events "Method::init, Program::load_method"

  @id:MOD-72f @requires:component=backend_xnnpack
  Scenario: The trace of an XNNPACK-delegated execution holds a DELEGATE_CALL and the delegate's own events
    Given a module for the fixture "add_xnnpack.pte" with tracing enabled
    And I load the method "forward"
    And I take the trace
    And I execute the method "forward" with its reference inputs
    When I take the trace
    Then Execute block 1 holds one "DELEGATE_CALL" event for each instruction of the method "forward"
    And Execute block 1 holds an event of the delegate with the debug identifier containing "Add"

  @id:MOD-72g
  Scenario: Every event of a trace ends no earlier than it starts
    Given a module for the fixture "conv.pte" with tracing enabled
    And I execute the method "forward" with its reference inputs
    When I take the trace
    Then no profiling event of the trace ends before it starts

  @id:MOD-72h
  Scenario: Taking the trace starts a new one: a second take without execution is empty
    Given a module for the fixture "add.pte" with tracing enabled
    And I execute the method "forward" with its reference inputs
    And I take the trace
    When I take the trace
    Then the trace is empty

  @id:MOD-72i
  Scenario: Outputs of a traced execution still match the reference
    Given a module for the fixture "conv.pte" with tracing enabled
    When I execute the method "forward" with its reference inputs
    Then the outputs match the method's reference outputs

  @id:MOD-72j
  Scenario: Tracing cannot be enabled once the program is loaded
    Given a module for the fixture "add.pte"
    And I load the program
    When I try to enable tracing
    Then the binding refused it with IllegalStateException naming "before the first load"

  @id:MOD-72k
  Scenario: A module without tracing has no trace to take
    Given a module for the fixture "add.pte"
    And I execute the method "forward" with its reference inputs
    When I try to take the trace
    Then the binding refused it with IllegalStateException naming "tracing is not enabled"
