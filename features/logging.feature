@area:LOG
Feature: Logging
  The runtime logs through one process-wide log. A sink added to the shared log receives each message
  with its level, timestamp, file name, line and text; a newly added sink first receives a replay of the
  most recent messages. What the runtime emits is fixed when it is built: a Release build strips the
  log, and the minimum level (Info by default) drops lower levels. Scenarios that need a logging build
  (or one without logging) probe the build under test at run time by looking for a known log message in
  the runtime library, not through the sinks they check; a build that does not fit gives NOT_SUPPORTED
  with what the probe found. The minimum level cannot be probed: the user declares it.

  @id:LOG-01
  Scenario: The shared log is a singleton that cannot be constructed
    When I ask for the shared log twice
    Then both answers are the same instance
    And the log cannot be constructed

  @id:LOG-02 @requires:logging
  Scenario: A sink receives the error a failing method load logs
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "backward" of the fixture "add.pte" fails
    Then the sink "sink" received 1 error-level message containing "No method named 'backward' in program"
    And the message containing "No method named 'backward' in program" came from the file "program.cpp" at a positive line

  @id:LOG-03 @requires:logging
  Scenario: Each message carries level, timestamp, file base name, line and text
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "backward" of the fixture "add.pte" fails
    Then the message containing "No method named 'backward' in program" carries a level, a timestamp, a file base name, a line and its text

  @id:LOG-04 @requires:logging
  Scenario: Timestamps are seconds since the runtime started and never decrease on one thread
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "first" of the fixture "add.pte" fails
    And loading the method "second" of the fixture "add.pte" fails
    And loading the method "third" of the fixture "add.pte" fails
    Then the sink "sink" received 3 messages in all
    And the timestamps of the sink "sink"'s messages are fractional seconds >= 0 that never decrease

  @id:LOG-05
  Scenario Outline: The log level <level> has the raw value <raw> ('<letter>')
    Then the log level <level> has the raw value <raw>, the character "<letter>"


    Examples:
      | level   | raw | letter |
      | debug   | 68  | D      |
      | info    | 73  | I      |
      | error   | 69  | E      |
      | fatal   | 70  | F      |
      | unknown | 63  | ?      |

  # The thread pool reports the CPU it finds (cpuinfo_utils.cpp, ET_LOG at Info) once per process, on its first
  # use: a fresh child process sees it. A runtime that delivers Info messages at another level fails here.
  @id:LOG-05 @requires:logging @requires:component=backend_xnnpack @requires:component=threadpool
  Scenario: The runtime's info-level messages are delivered with the level info
    When a child process with a log sink loads forward of the fixture "add_xnnpack.pte", its first use of the thread pool
    Then every message of the child's sink from the file "cpuinfo_utils.cpp" has the level info, and there is at least one

  @id:LOG-06 @requires:logging @requires:component=backend_xnnpack @requires:component=threadpool
  Scenario: With the default minimum level Info, info-level messages reach the sinks with their fields
    When a child process with a log sink loads forward of the fixture "add_xnnpack.pte", its first use of the thread pool
    Then the child's sink received at least one info-level message, with a file base name, a positive line and a text

  # Without logging no sink hears anything, so "no debug-level message" would hold vacuously: needs a logging build.
  @id:LOG-06 @requires:logging
  Scenario Outline: With the minimum level <minimum>, the debug message "Executing method: forward." is <delivered>
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When forward runs on the fixture "add.pte"
    Then the sink "sink" <check>


    @requires:declared-log-level=Info
    Examples: builds with the default minimum level
      | minimum | delivered     | check                              |
      | Info    | not delivered | received no debug-level message    |

    @requires:declared-log-level=Debug
    Examples: builds with EXECUTORCH_LOG_LEVEL=Debug
      | minimum | delivered | check                                                         |
      | Debug   | delivered | received a debug-level message containing "Executing method" |

  @id:LOG-07 @requires:logging
  Scenario: A removed sink receives no further messages once pending work has drained
    Given a log sink "kept" is added to the shared log, ignoring its replay
    And a log sink "removed" is added to the shared log, ignoring its replay
    When loading the method "before_removal" of the fixture "add.pte" fails
    And the sink "removed" is removed from the shared log
    And loading the method "after_removal" of the fixture "add.pte" fails
    Then the sink "removed" received 1 error-level message containing "'before_removal'"
    And the sink "removed" received no message containing "'after_removal'"
    And the sink "kept" received 1 error-level message containing "'after_removal'"

  @id:LOG-08 @requires:logging
  Scenario: Sinks are held weakly: a sink released without remove is not kept alive and never called again
    Given a log sink that only the shared log references
    When its owner lets go of it without removing it and it is garbage collected
    And loading the method "after_release" of the fixture "add.pte" fails
    Then the released sink was never called again

  @id:LOG-09 @requires:logging
  Scenario: A newly added sink receives a replay of the most recent messages, oldest first
    When loading the method "replay_a" of the fixture "add.pte" fails
    And loading the method "replay_b" of the fixture "add.pte" fails
    And loading the method "replay_c" of the fixture "add.pte" fails
    And a log sink "late" is added to the shared log
    Then the sink "late" received the messages about "replay_a", "replay_b" and "replay_c" in that order

  @id:LOG-10 @requires:logging
  Scenario: The replay holds at most 100 messages
    When loading the missing methods "bound_%03d" of the fixture "add.pte" fails 120 times
    And a log sink "late" is added to the shared log
    Then the sink "late" received 100 messages in all
    And the sink "late" received the messages about "bound_021" to "bound_120", oldest first

  @id:LOG-11a @requires:logging
  Scenario: A sink added twice receives the replayed messages twice
    When loading the method "double_add" of the fixture "add.pte" fails
    And a log sink "twice" is added to the shared log
    And the sink "twice" is added to the shared log again
    Then the sink "twice" received 2 error-level messages containing "'double_add'"

  @id:LOG-11b @requires:logging
  Scenario: A sink added twice receives each live message once
    Given loading the method "double_add" of the fixture "add.pte" fails
    And a log sink "twice" is added to the shared log
    And the sink "twice" is added to the shared log again
    When loading the method "live_once" of the fixture "add.pte" fails
    Then the sink "twice" received 1 error-level message containing "'live_once'"

  @id:LOG-12 @requires:logging
  Scenario: Every registered sink receives each live message exactly once
    Given a log sink "one" is added to the shared log, ignoring its replay
    And a log sink "two" is added to the shared log, ignoring its replay
    And a log sink "three" is added to the shared log, ignoring its replay
    When loading the method "for_everyone" of the fixture "add.pte" fails
    Then the sink "one" received 1 error-level message containing "'for_everyone'"
    And the sink "two" received 1 error-level message containing "'for_everyone'"
    And the sink "three" received 1 error-level message containing "'for_everyone'"

  @id:LOG-13a @requires:logging
  Scenario: A live message reaches the sink on the calling thread before the failing call returns
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "synchronous" of the fixture "add.pte" fails
    Then the sink "sink" had received the message containing "'synchronous'" when the failing call returned, on the calling thread

  @id:LOG-13b @requires:logging
  Scenario: Messages logged by several threads all reach the sink
    Given a log sink "sink" is added to the shared log, ignoring its replay
    And loading the method "synchronous" of the fixture "add.pte" fails
    When 4 threads each fail to load the method "threaded" of the fixture "add.pte"
    Then the sink "sink" received 4 error-level messages containing "'threaded'"

  @id:LOG-14 @requires:logging=off
  Scenario: A Release build with logging stripped calls no sink and fails with the same error codes
    Given a log sink "sink" is added to the shared log
    When loading the method "backward" of the fixture "add.pte" fails
    Then the sink "sink" received no message at all
    And it fails with the error InvalidArgument

  @id:LOG-15 @requires:logging
  Scenario: Messages longer than 255 bytes are cut to 255 bytes
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading a method whose name is 400 characters long fails on the fixture "add.pte"
    Then the message containing "No method named 'xxxx" is cut to 255 bytes

  @id:LOG-16 @requires:logging
  Scenario: On Linux the default platform layer prints each message to standard error
    When a child process fails to load the method "backward" of the fixture "add.pte"
    Then the child's standard error has the line "No method named 'backward' in program" in the format "<L> HH:MM:SS.uuuuuu executorch:<file>:<line>] <msg>"

  @id:LOG-18 @requires:logging
  Scenario: Sinks are process-global: they receive messages from every module
    Given a log sink "sink" is added to the shared log, ignoring its replay
    When loading the method "from_add" of the fixture "add.pte" fails
    And loading the method "from_multi" of the fixture "multi_method.pte" fails
    Then the sink "sink" received 1 error-level message containing "'from_add'"
    And the sink "sink" received 1 error-level message containing "'from_multi'"
