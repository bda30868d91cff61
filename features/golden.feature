@area:GLD
Feature: Golden outputs
  Every fixture model, run on the build under test with its seeded reference inputs, computes outputs
  within each output's accuracy class of eager PyTorch, and the same outputs, bit for bit, as the last
  blessed run of the runtime on this platform (fixtures/golden/<platform>/, recorded by
  ./mvnw -B -Pbless verify). Off the golden but within the class is a quality warning, not a pass and not
  a failure; a platform with no golden is compared with the reference alone, and the report says so.
  Each backend's fixtures are their own examples: the kernels (portable and optimized), the XNNPACK
  delegate, the OpenVINO delegate, the quantized kernels, and the Core ML delegate (macOS).

  @id:SUITE-GLD-01
  Scenario Outline: <method> on <backend> reproduces its reference and this platform's golden
    Given the fixture method "<method>" run on the build under test
    Then its outputs are within their accuracy class of the eager-PyTorch reference
    And its outputs are bit-identical to this platform's golden outputs

    @backend:kernels
    Examples: the portable and optimized kernels
      | method                           | backend   |
      | add.forward                      | kernels   |
      | multi_method.forward             | kernels   |
      | multi_method.another_method      | kernels   |
      | add_one.forward                  | kernels   |
      | add_mul.forward                  | kernels   |
      | two_outputs.forward              | kernels   |
      | linear.forward                   | kernels   |
      | conv.forward                     | kernels   |
      | constant_methods.forward         | kernels   |
      | constant_methods.get_int         | kernels   |
      | constant_methods.get_double      | kernels   |
      | constant_methods.get_bool        | kernels   |
      | constant_methods.get_string      | kernels   |
      | constant_methods.get_tensor      | kernels   |
      | non_tensor_outputs.forward       | kernels   |
      | add_alpha.forward                | kernels   |
      | int_bool_inputs.forward          | kernels   |
      | dynamic_cat.forward              | kernels   |
      | dynamic_cat_unplanned_io.forward | kernels   |
      | dynamic_elementwise.forward      | kernels   |
      | stateful_counter.forward         | kernels   |
      | stateful_increment.forward       | kernels   |
      | stateful_nonzero_init.forward    | kernels   |
      | shared_state.forward             | kernels   |
      | shared_state.get_state           | kernels   |
      | shared_state.set_state           | kernels   |
      | scale_shift_ptd.forward          | kernels   |
      | linear_ptd.forward               | kernels   |
      | dtype_uint8.forward              | kernels   |
      | dtype_int8.forward               | kernels   |
      | dtype_int16.forward              | kernels   |
      | dtype_int32.forward              | kernels   |
      | dtype_int64.forward              | kernels   |
      | dtype_float16.forward            | kernels   |
      | dtype_bfloat16.forward           | kernels   |
      | dtype_float32.forward            | kernels   |
      | dtype_float64.forward            | kernels   |
      | dtype_bool.forward               | kernels   |
      | mobilenet_v3_small.forward       | kernels   |

    @backend:xnnpack @requires:component=backend_xnnpack
    Examples: the XNNPACK delegate
      | method                             | backend   |
      | add_xnnpack.forward                | xnnpack   |
      | conv_xnnpack.forward               | xnnpack   |
      | mobilenet_v3_small_xnnpack.forward | xnnpack   |

    @backend:openvino @requires:component=backend_openvino @requires:backend-runtime=openvino
    Examples: the OpenVINO delegate
      | method                | backend   |
      | conv_openvino.forward | openvino  |

    @backend:quantized @requires:component=kernels_quantized
    Examples: the quantized kernels
      | method                                | backend   |
      | linear_q8_kernels.forward             | quantized |
      | mobilenet_v3_small_xnnpack_q8.forward | quantized |

    @backend:coreml @requires:component=backend_coreml
    Examples: the Core ML delegate
      | method             | backend   |
      | add_coreml.forward | coreml    |

  @id:LNK-06 @requires:component=backend_xnnpack
  Scenario Outline: <kernels> and its XNNPACK-delegated form <xnnpack> agree within the accuracy class
    Then the outputs of "<kernels>" and "<xnnpack>" agree within the accuracy class of "<kernels>"

    Examples:
      | kernels                    | xnnpack                            |
      | add.forward                | add_xnnpack.forward                |
      | conv.forward               | conv_xnnpack.forward               |
      | mobilenet_v3_small.forward | mobilenet_v3_small_xnnpack.forward |

  @id:SUITE-GLD-02
  Scenario Outline: <method> gives bit-identical outputs under the load mode <mode> and FILE
    When the fixture method "<method>" runs under the load mode <mode>
    Then its outputs are bit-identical to those under the load mode File

    Examples:
      | method                             | mode                     |
      | conv.forward                       | Mmap                     |
      | conv.forward                       | MmapUseMlockIgnoreErrors |
      | conv.forward                       | MmapUseMadvise           |
      | mobilenet_v3_small_xnnpack.forward | Mmap                     |
      | mobilenet_v3_small_xnnpack.forward | MmapUseMadvise           |

  @id:SUITE-GLD-03
  Scenario Outline: Repeated calls of <method> on one loaded method are deterministic
    When the fixture method "<method>" runs 3 times on one loaded method
    Then every run gives bit-identical outputs

    Examples:
      | method                                |
      | conv.forward                          |
      | mobilenet_v3_small_xnnpack.forward    |
      | mobilenet_v3_small_xnnpack_q8.forward |

  @id:SUITE-GLD-04 @requires:component=backend_xnnpack @requires:component=kernels_quantized
  Scenario: The 8-bit quantized MobileNet agrees on the top-1 class with the fp32 eager reference
    Given the fixture method "mobilenet_v3_small_xnnpack_q8.forward" run on the build under test
    Then its top-1 class is the top-1 class of the eager reference of "mobilenet_v3_small.forward"
