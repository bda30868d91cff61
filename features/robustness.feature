@area:ROB
Feature: Robustness against malformed programs
  A program or data file from elsewhere may be damaged: bits flipped, cut short, a header field (the
  identifier, the extended header's magic, length, program size, segment offset or size) changed, a
  flatbuffer offset moved or a length enlarged. The runtime should refuse such a file with an error code,
  or run it when the damage does not matter, and never crash or hang.

  Each scenario judges one damaged file under one verification, over a seeded sample of malformed copies
  made from the fixtures at run time (8 copies of each file, each loaded in the load modes file and mmap:
  256 cases for the 16 scenarios, which share one run; budget 45 s). Every copy is loaded and its fixture's
  methods executed with their reference inputs in a child JVM limited in memory (a damaged size can plan a
  buffer of gigabytes) and in time per case; a crash or a hang costs that case only and leaves a
  reproducer under reports/robustness/sample/. The report is reports/robustness-sample.md; the full
  corpus (2,048 cases) is ./mvnw -B -Probustness verify.

  These scenarios run in the conformance command (./mvnw -B -Pconformance verify), where the gate judges
  them against the platform's expectations (mustpass/expectations/): a runtime known to crash on some
  malformed programs has those rows there with the reason. The test command leaves this file out.

  @id:SUITE-ROB-01
  Scenario: Malformed programs derived from add.pte are refused without a crash under minimal
    When the sampled malformed copies of "add.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-02
  Scenario: Malformed programs derived from add.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "add.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-03
  Scenario: Malformed programs derived from multi_method.pte are refused without a crash under minimal
    When the sampled malformed copies of "multi_method.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-04
  Scenario: Malformed copies of multi_method.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "multi_method.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-05
  Scenario: Malformed programs derived from linear.pte are refused without a crash under minimal
    When the sampled malformed copies of "linear.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-06
  Scenario: Malformed programs derived from linear.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "linear.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-07
  Scenario: Malformed programs derived from conv.pte are refused without a crash under minimal
    When the sampled malformed copies of "conv.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-08
  Scenario: Malformed programs derived from conv.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "conv.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-09
  Scenario: Malformed programs derived from add_xnnpack.pte are refused without a crash under minimal
    When the sampled malformed copies of "add_xnnpack.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-10
  Scenario: Malformed copies of add_xnnpack.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "add_xnnpack.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-11
  Scenario: Malformed programs derived from dynamic_cat.pte are refused without a crash under minimal
    When the sampled malformed copies of "dynamic_cat.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-12
  Scenario: Malformed copies of dynamic_cat.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "dynamic_cat.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-13
  Scenario: Malformed programs derived from linear_ptd.pte are refused without a crash under minimal
    When the sampled malformed copies of "linear_ptd.pte" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-14
  Scenario: Malformed programs derived from linear_ptd.pte are refused without a crash under internalConsistency
    When the sampled malformed copies of "linear_ptd.pte" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-15
  Scenario: Malformed data files derived from linear_ptd.ptd are refused without a crash under minimal
    When the sampled malformed copies of "linear_ptd.ptd" are loaded and run with the verification minimal
    Then each was refused with an error code or ran, and none crashed or hung

  @id:SUITE-ROB-16
  Scenario: Malformed copies of linear_ptd.ptd are refused without a crash under internalConsistency
    When the sampled malformed copies of "linear_ptd.ptd" are loaded and run with the verification internalConsistency
    Then each was refused with an error code or ran, and none crashed or hung
