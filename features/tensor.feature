@area:TEN
Feature: Tensor
  A Tensor is a typed, shaped block of elements. It is created from raw bytes (with or without copying),
  from arrays of scalars, from a single scalar, as a view of another tensor, as a copy, or by the
  factories (empty, full, ones, zeros, rand, randn, randint and their "like" forms). Every tensor exposes
  its dataType, shape, strides, dimensionOrder, shapeDynamism and count, and gives synchronous access to
  its bytes. Misuse that the reference runtime answers by aborting is tried in a child process: the
  binding must refuse it deterministically, never with a silent result.

  # ------------------------------------------------------------------ helpers and enums

  @id:TEN-01
  Scenario: The element count of a shape is the product of its sizes
    Then the element count of the shape [2, 3, 4] is 24
    And the element count of the shape [5] is 5
    And the element count of the shape [] is 1

  @id:TEN-02
  Scenario Outline: The size of the data type <data type> is <bytes> bytes
    Then the size of the data type <data type> is <bytes> bytes


    Examples:
      | data type       | bytes |
      | byte            | 1     |
      | char            | 1     |
      | short           | 2     |
      | int             | 4     |
      | long            | 8     |
      | half            | 2     |
      | float           | 4     |
      | double          | 8     |
      | complexHalf     | 4     |
      | complexFloat    | 8     |
      | complexDouble   | 16    |
      | bool            | 1     |
      | qInt8           | 1     |
      | quInt8          | 1     |
      | qInt32          | 4     |
      | bFloat16        | 2     |
      | quInt4x2        | 1     |
      | quInt2x4        | 1     |
      | bits1x8         | 1     |
      | bits2x4         | 1     |
      | bits4x2         | 1     |
      | bits8           | 1     |
      | bits16          | 2     |
      | float8_e5m2     | 1     |
      | float8_e4m3fn   | 1     |
      | float8_e5m2fnuz | 1     |
      | float8_e4m3fnuz | 1     |
      | uInt16          | 2     |
      | uInt32          | 4     |
      | uInt64          | 8     |

  @id:TEN-03
  Scenario: Data types and shape dynamisms have the runtime's raw values
    Then the data types have the raw values 0 to 29 in the order "byte, char, short, int, long, half, float, double, complexHalf, complexFloat, complexDouble, bool, qInt8, quInt8, qInt32, bFloat16, quInt4x2, quInt2x4, bits1x8, bits2x4, bits4x2, bits8, bits16, float8_e5m2, float8_e4m3fn, float8_e5m2fnuz, float8_e4m3fnuz, uInt16, uInt32, uInt64"
    And the shape dynamism static has the raw value 0
    And the shape dynamism dynamicBound has the raw value 1
    And the shape dynamism dynamicUnbound has the raw value 2

  # ------------------------------------------------------------------ properties and initialisers

  @id:TEN-04
  Scenario: Every tensor exposes its properties, and count is the product of its shape
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] with shape [2, 3, 4]
    Then tensor "t" has data type float
    And tensor "t" has shape [2, 3, 4], strides [12, 4, 1] and dimension order [0, 1, 2]
    And tensor "t" has shape dynamism dynamicBound
    And tensor "t" has count 24

  @id:TEN-05a
  Scenario: A tensor over bytes without copying has the data type given
    Given a buffer "b" holding the float scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [2, 3] and data type float
    Then tensor "t" has data type float
    And tensor "t" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "t" has shape dynamism dynamicBound
    And tensor "t" has count 6

  @id:TEN-05b
  Scenario: A tensor over bytes without copying sees later writes to the buffer
    Given a buffer "b" holding the float scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [2, 3] and data type float
    When I write the float scalars [10, 20, 30, 40, 50, 60] into buffer "b"
    Then tensor "t" has the scalars [10, 20, 30, 40, 50, 60]

  @id:TEN-06a
  Scenario: Closing a tensor over bytes leaves the buffer to its owner
    Given a buffer "b" holding the float scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [4] and data type float
    When I close tensor "t"
    Then buffer "b" still holds the float scalars [1, 2, 3, 4]

  @id:TEN-06b
  Scenario: A tensor over a null buffer is refused with NullPointerException
    When the misuse "no-copy tensor over a null buffer" is tried in a child process
    Then the misuse is refused with NullPointerException

  @id:TEN-07a
  Scenario: A tensor from bytes has the data type given
    Given a buffer "b" holding the double scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" copied from the bytes of buffer "b", with shape [2, 3] and data type double
    Then tensor "t" has data type double
    And tensor "t" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "t" has shape dynamism dynamicBound
    And tensor "t" has count 6

  @id:TEN-07b
  Scenario: A tensor from bytes copies them: later writes to the buffer do not reach it
    Given a buffer "b" holding the double scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" copied from the bytes of buffer "b", with shape [2, 3] and data type double
    When I write the double scalars [9, 9, 9, 9, 9, 9] into buffer "b"
    Then tensor "t" has the scalars [1, 2, 3, 4, 5, 6]

  @id:TEN-08
  Scenario: The bytes initialiser reads exactly count times element size bytes
    Given a buffer "b" holding the int scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" copied from the bytes of buffer "b", with shape [2, 2] and data type int
    Then tensor "t" has count 4
    And tensor "t" has 16 bytes
    And tensor "t" has the scalars [1, 2, 3, 4]

  @id:TEN-09a
  Scenario: A tensor over a data object has the count of its shape
    Given a buffer "d" holding the float scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "d" without copying, with shape [4] and data type float
    Then tensor "t" has count 4
    And tensor "t" has the scalars [1, 2, 3, 4]

  @id:TEN-09b
  Scenario: A tensor over a data object sees writes to the storage
    Given a buffer "d" holding the float scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "d" without copying, with shape [4] and data type float
    When I write the float scalars [5, 6, 7, 8] into buffer "d"
    Then tensor "t" has the scalars [5, 6, 7, 8]

  @id:TEN-09c
  Scenario: A tensor over a data object keeps the storage alive after the caller lets go
    Given a buffer "d" holding the float scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "d" without copying, with shape [4] and data type float
    And I write the float scalars [5, 6, 7, 8] into buffer "d"
    When the scenario lets go of buffer "d" and memory is reclaimed
    Then tensor "t" has the scalars [5, 6, 7, 8]

  @id:TEN-10a
  Scenario: Data longer than the shape needs is accepted
    Given a buffer "long" holding the float scalars [1, 2, 3, 4, 5]
    When I try to make a tensor over the bytes of buffer "long" without copying, with shape [4] and data type float
    Then it succeeds

  @id:TEN-10b
  Scenario: Data shorter than the shape needs is refused with IllegalArgumentException
    When the misuse "no-copy tensor over data too short" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-11
  Scenario: A view of a data-backed tensor keeps the data alive after the tensor and the data are gone
    Given a buffer "d" holding the float scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "d" without copying, with shape [4] and data type float
    And I make a view "v" of tensor "t"
    When I close tensor "t"
    And the scenario lets go of buffer "d" and memory is reclaimed
    Then tensor "v" has the scalars [1, 2, 3, 4]

  # ------------------------------------------------------------------ strides and dimension order

  @id:TEN-12
  Scenario: Custom strides and dimension order are kept as given, and scalars are in buffer order
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [1, 2], dimension order [1, 0] and shape dynamism dynamicBound
    Then tensor "t" has shape [2, 2], strides [1, 2] and dimension order [1, 0]
    And tensor "t" has the scalars [1, 2, 3, 4]

  @id:TEN-13a
  Scenario: The dimension order is inferred from strides alone
    Given a tensor "s" of float scalars [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] with shape [3, 4] and strides [1, 3]
    Then tensor "s" has shape [3, 4], strides [1, 3] and dimension order [1, 0]

  @id:TEN-13b
  Scenario: Without strides the dimension order defaults to row-major
    Given a tensor "d" of float scalars [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] with shape [3, 4]
    Then tensor "d" has shape [3, 4], strides [4, 1] and dimension order [0, 1]

  @id:TEN-14a
  Scenario: A size-1 dimension's stride is normalised
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [1, 2, 2] and strides [10, 2, 1]
    Then tensor "t" has shape [1, 2, 2], strides [4, 2, 1] and dimension order [0, 1, 2]

  @id:TEN-14b
  Scenario: Strides inconsistent with the dimension order are refused
    When the misuse "strides inconsistent with the dimension order" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-14c
  Scenario: A dimension order that is not a permutation is refused
    When the misuse "dimension order that is not a permutation" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-14d
  Scenario: Strides of another rank are refused
    When the misuse "strides of another rank" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-14e
  Scenario: A dimension order of another rank is refused
    When the misuse "dimension order of another rank" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-14f
  Scenario: Non-dense strides are refused
    When the misuse "non-dense strides" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  # ------------------------------------------------------------------ byte access

  @id:TEN-15a
  Scenario: Writes through mutable bytes are what the next reader sees
    Given a tensor "t" of int scalars [1, 2, 3, 4]
    When I double every int element of tensor "t" through its mutable bytes
    Then tensor "t" has the scalars [2, 4, 6, 8]

  @id:TEN-15b
  Scenario: Writes through mutable bytes reach a caller's buffer
    Given a buffer "b" holding the int scalars [1, 2, 3, 4]
    And a tensor "n" over the bytes of buffer "b" without copying, with shape [4] and data type int
    When I double every int element of tensor "n" through its mutable bytes
    Then buffer "b" still holds the int scalars [2, 4, 6, 8]

  @id:TEN-16a
  Scenario: The read bytes handler is called once, synchronously, with the count and data type
    Given a tensor "t" of double scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I read the bytes of tensor "t"
    Then the bytes handler was called once, synchronously, with 6 elements of double

  @id:TEN-16b
  Scenario: The mutable bytes handler is called once, synchronously, with the count and data type
    Given a tensor "t" of double scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I read the bytes of tensor "t"
    When I access the mutable bytes of tensor "t"
    Then the bytes handler was called once, synchronously, with 6 elements of double

  @id:TEN-17a
  Scenario: A tensor with a zero dimension has no elements
    Given a buffer "empty" holding the float scalars []
    And a tensor "t" over the bytes of buffer "empty" without copying, with shape [0, 5] and data type float
    Then tensor "t" has count 0
    And tensor "t" has shape [0, 5], strides [5, 1] and dimension order [0, 1]

  @id:TEN-17b
  Scenario: The bytes handler of a tensor with a zero dimension sees no elements
    Given a buffer "empty" holding the float scalars []
    And a tensor "t" over the bytes of buffer "empty" without copying, with shape [0, 5] and data type float
    When I read the bytes of tensor "t"
    Then the bytes handler was called once, synchronously, with 0 elements of float

  # ------------------------------------------------------------------ views

  @id:TEN-18a
  Scenario: A view has the same metadata as its source
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I make a view "v" of tensor "t"
    Then tensor "v" has data type float
    And tensor "v" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "v" has count 6

  @id:TEN-18b
  Scenario: A view sees writes to its source
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I make a view "v" of tensor "t"
    When I write the float scalars [6, 5, 4, 3, 2, 1] into tensor "t" through its mutable bytes
    Then tensor "v" has the scalars [6, 5, 4, 3, 2, 1]

  @id:TEN-18c
  Scenario: Writes through a view reach its source
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I make a view "v" of tensor "t"
    And I write the float scalars [6, 5, 4, 3, 2, 1] into tensor "t" through its mutable bytes
    When I write the float scalars [7, 7, 7, 7, 7, 7] into tensor "v" through its mutable bytes
    Then tensor "t" has the scalars [7, 7, 7, 7, 7, 7]

  @id:TEN-19a
  Scenario: A view with another shape of the same count recomputes the strides
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I make a view "v" of tensor "t" with shape [3, 2]
    Then tensor "v" has shape [3, 2], strides [2, 1] and dimension order [0, 1]

  @id:TEN-19b
  Scenario: A view with another shape shares the source's storage
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I make a view "v" of tensor "t" with shape [3, 2]
    When I write the float scalars [0, 0, 0, 0, 0, 9] into tensor "t" through its mutable bytes
    Then tensor "v" has the scalars [0, 0, 0, 0, 0, 9]

  @id:TEN-20a
  Scenario: A view with explicit dimension order and strides applies them
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    When I make a view "v" of tensor "t" with shape [2, 2], strides [1, 2] and dimension order [1, 0]
    Then tensor "v" has shape [2, 2], strides [1, 2] and dimension order [1, 0]

  @id:TEN-20b
  Scenario: A view with explicit dimension order and strides shares the data
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    And I make a view "v" of tensor "t" with shape [2, 2], strides [1, 2] and dimension order [1, 0]
    When I write the float scalars [4, 3, 2, 1] into tensor "t" through its mutable bytes
    Then tensor "v" has the scalars [4, 3, 2, 1]

  @id:TEN-21a
  Scenario: A view may add dimensions
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I make a view "up" of tensor "t" with shape [1, 2, 3]
    Then tensor "up" has shape [1, 2, 3], strides [6, 3, 1] and dimension order [0, 1, 2]

  @id:TEN-21b
  Scenario: A view may drop dimensions
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I make a view "up" of tensor "t" with shape [1, 2, 3]
    When I make a view "flat" of tensor "t" with shape [6]
    Then tensor "flat" has shape [6], strides [1] and dimension order [0]
    And tensor "flat" has the scalars [1, 2, 3, 4, 5, 6]

  @id:TEN-21c
  Scenario: A view may not ask for more elements than the source
    When the misuse "view with more elements than the source" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-22a
  Scenario: A view of a static tensor is static
    Given a tensor "s" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    When I make a view "v" of tensor "s"
    Then tensor "v" has shape dynamism static

  @id:TEN-22b
  Scenario: A view of a dynamicUnbound tensor is dynamicUnbound
    Given a tensor "u" of float scalars [1, 2, 3, 4] with shape [4], strides [1], dimension order [0] and shape dynamism dynamicUnbound
    When I make a view "w" of tensor "u"
    Then tensor "w" has shape dynamism dynamicUnbound

  @id:TEN-22c
  Scenario: A view keeps its storage alive after the source is closed
    Given a tensor "s" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    And I make a view "v" of tensor "s"
    And a tensor "u" of float scalars [1, 2, 3, 4] with shape [4], strides [1], dimension order [0] and shape dynamism dynamicUnbound
    And I make a view "w" of tensor "u"
    When I close tensor "u"
    Then tensor "w" has the scalars [1, 2, 3, 4]

  # ------------------------------------------------------------------ copies

  @id:TEN-23a
  Scenario: A copy has the source's data type
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3], strides [3, 1], dimension order [0, 1] and shape dynamism static
    When I copy tensor "t" to "c"
    Then tensor "c" has data type int
    And tensor "c" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "c" has count 6
    And tensor "c" has shape dynamism static
    And tensor "c" equals tensor "t"

  @id:TEN-23b
  Scenario: A copy does not see writes to the source
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3], strides [3, 1], dimension order [0, 1] and shape dynamism static
    And I copy tensor "t" to "c"
    When I write the int scalars [0, 0, 0, 0, 0, 0] into tensor "t" through its mutable bytes
    Then tensor "c" has the scalars [1, 2, 3, 4, 5, 6]

  @id:TEN-23c
  Scenario: Writes to a copy do not reach the source
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3], strides [3, 1], dimension order [0, 1] and shape dynamism static
    And I copy tensor "t" to "c"
    And I write the int scalars [0, 0, 0, 0, 0, 0] into tensor "t" through its mutable bytes
    When I write the int scalars [9, 9, 9, 9, 9, 9] into tensor "c" through its mutable bytes
    Then tensor "t" has the scalars [0, 0, 0, 0, 0, 0]

  @id:TEN-24
  Scenario: A copy to the same data type reproduces the values
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    When I copy tensor "t" to "c" as float
    Then tensor "c" has data type float
    And tensor "c" has shape [2, 2], strides [2, 1] and dimension order [0, 1]
    And tensor "c" has the scalars [1, 2, 3, 4]

  @id:TEN-25
  Scenario: A copy to another data type of a no-copy tensor is independent of the source buffer
    Given a buffer "b" holding the double scalars [10, 20, 30, 40]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [4] and data type double
    When I copy tensor "t" to "c" as float
    And I write the double scalars [0, 0, 0, 0] into buffer "b"
    Then tensor "c" has data type float
    And tensor "c" has the scalars [10, 20, 30, 40]

  @id:TEN-26
  Scenario: A copy to another data type keeps shape, strides and dimension order
    Given a tensor "t" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I copy tensor "t" to "c" as double
    Then tensor "c" has data type double
    And tensor "c" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "c" has the scalars [1, 2, 3, 4, 5, 6]

  @id:TEN-27a
  Scenario: A copy of int data as float converts the values
    Given a tensor "i" of int scalars [1, 2, 3]
    When I copy tensor "i" to "f" as float
    Then tensor "f" has the scalars [1, 2, 3]

  @id:TEN-27b
  Scenario: A copy as half has the data type half
    Given a tensor "x" of float scalars [1.5, -2.25, 3.0]
    When I copy tensor "x" to "h" as half
    Then tensor "h" has data type half
    And tensor "h" has the scalars [1.5, -2.25, 3.0]

  @id:TEN-27c
  Scenario: A copy as bFloat16 rounds to its precision
    Given a tensor "i" of int scalars [1, 2, 3]
    And I copy tensor "i" to "f" as float
    And a tensor "x" of float scalars [1.5, -2.25, 3.0]
    And I copy tensor "x" to "h" as half
    When I copy tensor "x" to "bf" as bFloat16
    Then tensor "bf" has the scalars [1.5, -2.25, 3.0] within 0.01

  @id:TEN-27d
  Scenario: A copy of floating data as integral is refused
    When the misuse "copy floating to integral" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-27e
  Scenario: A copy of non-bool data as bool is refused
    When the misuse "copy non-bool to bool" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-27f
  Scenario: A copy of complex data as real is refused
    When the misuse "copy complex to real" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-28a
  Scenario: A copy of a tensor without elements keeps the shape
    Given a buffer "empty" holding the float scalars []
    And a tensor "t" over the bytes of buffer "empty" without copying, with shape [0, 3] and data type float
    When I copy tensor "t" to "c"
    Then tensor "c" has shape [0, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "c" has count 0

  @id:TEN-28b
  Scenario: A copy of a tensor without elements to another type keeps the shape
    Given a buffer "empty" holding the float scalars []
    And a tensor "t" over the bytes of buffer "empty" without copying, with shape [0, 3] and data type float
    And I copy tensor "t" to "c"
    When I copy tensor "t" to "d" as double
    Then tensor "d" has shape [0, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "d" has count 0

  # ------------------------------------------------------------------ equality

  @id:TEN-29
  Scenario: Tensors are equal when type, count, shape, order, strides and bytes match; dynamism is ignored
    Given a tensor "a" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    And a tensor "b" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism dynamicBound
    And a tensor "other data" of float scalars [1, 2, 3, 5] with shape [2, 2]
    And a tensor "other shape" of float scalars [1, 2, 3, 4] with shape [4]
    Then tensor "a" equals tensor "b"
    And tensor "b" equals tensor "a"
    And tensor "a" equals tensor "a"
    And tensor "a" does not equal tensor "other data"
    And tensor "a" does not equal tensor "other shape"
    And tensor "a" equals neither nothing nor a non-tensor object

  @id:TEN-30
  Scenario: Equality compares bytes: +0.0 and -0.0 differ, identical NaNs are equal
    Given a tensor "plus" of float scalars [0.0]
    And a tensor "minus" of float scalars [-0.0]
    And a tensor "nan1" of float scalars [nan]
    And a tensor "nan2" of float scalars [nan]
    Then tensor "plus" does not equal tensor "minus"
    And tensor "nan1" equals tensor "nan2"

  # ------------------------------------------------------------------ scalar arrays

  @id:TEN-31a
  Scenario Outline: An array of <scalar type> wrapped without copying is a <data type> tensor
    Given a buffer "b" holding the <data type> scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" wrapping the <scalar type> array in buffer "b" without copying
    Then tensor "t" has data type <data type>
    And tensor "t" has shape [6], strides [1] and dimension order [0]

    Examples:
      | scalar type | data type |
      | UInt8       | byte      |
      | Int8        | char      |
      | Int16       | short     |
      | Int32       | int       |
      | Int64       | long      |
      | Int         | long      |
      | UInt        | uInt64    |
      | UInt16      | uInt16    |
      | UInt32      | uInt32    |
      | UInt64      | uInt64    |
      | Float       | float     |
      | Double      | double    |
      | Bool        | bool      |

  @id:TEN-31b
  Scenario Outline: A <data type> tensor over an array of <scalar type> sees later writes to it
    Given a buffer "b" holding the <data type> scalars [1, 2, 3, 4, 5, 6]
    And a tensor "t" wrapping the <scalar type> array in buffer "b" without copying
    When I write the <data type> scalars [0, 1, 0, 1, 0, 1] into buffer "b"
    Then tensor "t" has the scalars [0, 1, 0, 1, 0, 1]

    Examples:
      | scalar type | data type |
      | UInt8       | byte      |
      | Int8        | char      |
      | Int16       | short     |
      | Int32       | int       |
      | Int64       | long      |
      | Int         | long      |
      | UInt        | uInt64    |
      | UInt16      | uInt16    |
      | UInt32      | uInt32    |
      | UInt64      | uInt64    |
      | Float       | float     |
      | Double      | double    |
      | Bool        | bool      |


  @id:TEN-32a
  Scenario Outline: An array of <scalar type> copied into a tensor is a <data type> tensor
    Given a tensor "t" copied from the <scalar type> array [1, 0, 1, 1, 0, 1]
    Then tensor "t" has data type <data type>
    And tensor "t" has shape [6], strides [1] and dimension order [0]
    And tensor "t" has the scalars [1, 0, 1, 1, 0, 1]

    Examples:
      | scalar type | data type |
      | UInt8       | byte      |
      | Int8        | char      |
      | Int16       | short     |
      | Int32       | int       |
      | Int64       | long      |
      | Int         | long      |
      | UInt        | uInt64    |
      | UInt16      | uInt16    |
      | UInt32      | uInt32    |
      | UInt64      | uInt64    |
      | Float       | float     |
      | Double      | double    |
      | Bool        | bool      |

  @id:TEN-32b
  Scenario Outline: A <data type> tensor copied from an array of <scalar type> is independent of the array
    Given a tensor "t" copied from the <scalar type> array [1, 0, 1, 1, 0, 1]
    When I overwrite the source array of tensor "t"
    Then tensor "t" has the scalars [1, 0, 1, 1, 0, 1]

    Examples:
      | scalar type | data type |
      | UInt8       | byte      |
      | Int8        | char      |
      | Int16       | short     |
      | Int32       | int       |
      | Int64       | long      |
      | Int         | long      |
      | UInt        | uInt64    |
      | UInt16      | uInt16    |
      | UInt32      | uInt32    |
      | UInt64      | uInt64    |
      | Float       | float     |
      | Double      | double    |
      | Bool        | bool      |


  @id:TEN-33
  Scenario: An Int array wrapped with explicit shape, strides, order and dynamism reports them all
    Given a buffer "b" holding the long scalars [1, 2, 3, 4]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [2, 2], data type long, strides [1, 2], dimension order [1, 0] and shape dynamism static
    Then tensor "t" has data type long
    And tensor "t" has shape [2, 2], strides [1, 2] and dimension order [1, 0]
    And tensor "t" has shape dynamism static

  @id:TEN-34
  Scenario: The number of scalars must equal the product of the shape
    When the misuse "scalar count differs from the shape" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-35
  Scenario Outline: Scalars given without a data type take it from their own type: <scalar type> gives <data type>
    Given a tensor "t" copied from the <scalar type> array [1, 2]
    Then tensor "t" has data type <data type>


    Examples:
      | scalar type | data type |
      | Int32       | int       |
      | Int64       | long      |
      | Int16       | short     |
      | Float       | float     |
      | Double      | double    |

  @id:TEN-36a
  Scenario: Integral scalars are converted into a floating tensor
    Given a tensor "t" of float scalars given as integers [1, 2, 3]
    Then tensor "t" has data type float
    And tensor "t" has the scalars [1, 2, 3]

  @id:TEN-36b
  Scenario: Floating scalars into an integral tensor are refused
    When the misuse "floating scalars into an integral tensor" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-36c
  Scenario: Scalars into a complex tensor are refused
    When the misuse "scalars into a complex tensor" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-36d
  Scenario: Scalars into a quantized tensor are refused
    When the misuse "scalars into a quantized tensor" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-36e
  Scenario: Scalars into a bits tensor are refused
    When the misuse "scalars into a bits tensor" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-37
  Scenario: A floating literal array with no explicit element type is double
    Given a tensor "t" copied from the floating literal array [1.0, 2.0]
    Then tensor "t" has data type double

  # ------------------------------------------------------------------ single scalars (0-D)

  @id:TEN-38
  Scenario Outline: A single <scalar type> scalar is a 0-D <data type> tensor
    Given a 0-D tensor "t" of the <scalar type> scalar <value>
    Then tensor "t" has data type <data type>
    And tensor "t" has shape [], strides [] and dimension order []
    And tensor "t" has count 1
    And tensor "t" has the scalars [<value>]


    Examples:
      | scalar type | data type | value |
      | UInt8       | byte      | 200   |
      | Int8        | char      | -42   |
      | Int16       | short     | -1024 |
      | Int32       | int       | 42    |
      | Int64       | long      | 42    |
      | Int         | long      | 42    |
      | UInt        | uInt64    | 42    |
      | UInt16      | uInt16    | 65535 |
      | UInt32      | uInt32    | 42    |
      | UInt64      | uInt64    | 42    |
      | Float       | float     | 3.5   |
      | Double      | double    | 42.0  |
      | Bool        | bool      | 1     |

  @id:TEN-39
  Scenario Outline: The typed scalar initialiser for <initialiser> gives a 0-D <data type> tensor
    Given a 0-D tensor "t" from the typed initialiser for <initialiser> with <value>
    Then tensor "t" has data type <data type>
    And tensor "t" has shape [], strides [] and dimension order []
    And tensor "t" has the scalars [<value>]


    Examples:
      | initialiser      | data type | value |
      | float            | float     | 1.5   |
      | double           | double    | 2.5   |
      | int              | int       | 7     |
      | long             | long      | 8     |
      | bool             | bool      | 1     |
      | integer          | long      | 9     |
      | unsigned integer | uInt64    | 10    |

  @id:TEN-40a
  Scenario: A 0-D tensor made with dynamicBound is static
    Given a buffer "b" holding the float scalars [3.5]
    And a tensor "t" over the bytes of buffer "b" without copying, with shape [] and data type float
    Then tensor "t" has shape dynamism static

  @id:TEN-40b
  Scenario: A 0-D tensor made from a scalar is static
    Given a 0-D tensor "s" of the Float scalar 1.0
    Then tensor "s" has shape dynamism static

  # ------------------------------------------------------------------ typed access to a tensor

  @id:TEN-41
  Scenario: Typed access to a tensor works for its own element type and is refused for another
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    Then reading tensor "t" as Float scalars gives [1, 2, 3, 4]
    And reading tensor "t" as Int32 scalars is refused
    And reading tensor "t" as Double scalars is refused

  @id:TEN-42
  Scenario: Two handles on one tensor's storage see each other's writes
    Given a tensor "t" of int scalars [1, 2, 3, 4]
    When I make a view "first" of tensor "t"
    And I make a view "second" of tensor "t"
    And I write the int scalars [5, 6, 7, 8] into tensor "first" through its mutable bytes
    Then tensor "second" has the scalars [5, 6, 7, 8]

  # ------------------------------------------------------------------ factories

  @id:TEN-43a
  Scenario: empty makes a tensor of the shape with a full buffer
    When I make "e" with empty of shape [3, 4] and data type float
    Then tensor "e" has shape [3, 4], strides [4, 1] and dimension order [0, 1]
    And tensor "e" has count 12
    And tensor "e" has 48 bytes

  @id:TEN-43b
  Scenario: empty like copies the source's layout and data type
    Given a tensor "src" of int scalars [1, 2, 3, 4, 5, 6] with shape [2, 3], strides [1, 2], dimension order [1, 0] and shape dynamism dynamicBound
    When I make "l" with empty like tensor "src"
    Then tensor "l" has data type int
    And tensor "l" has shape [2, 3], strides [1, 2] and dimension order [1, 0]

  @id:TEN-44a
  Scenario: full fills every element with the scalar
    When I make "f" with full of shape [2, 2] and data type int filled with 7
    Then tensor "f" has the scalars [7, 7, 7, 7]

  @id:TEN-44b
  Scenario: full like takes the source's shape and data type
    Given a tensor "src" of float scalars [1, 2, 3, 4] with shape [2, 2]
    When I make "g" with full like tensor "src" filled with 42
    Then tensor "g" has data type float
    And tensor "g" has shape [2, 2], strides [2, 1] and dimension order [0, 1]
    And tensor "g" has the scalars [42.0, 42.0, 42.0, 42.0]

  @id:TEN-45a
  Scenario: ones fills every element with one
    When I make "o" with ones of shape [2, 3] and data type float
    Then tensor "o" has the scalars [1, 1, 1, 1, 1, 1]

  @id:TEN-45b
  Scenario: ones like takes the source's data type
    Given a tensor "d" of double scalars [5, 5, 5, 5, 5, 5, 5, 5] with shape [2, 4]
    When I make "ol" with ones like tensor "d"
    Then tensor "ol" has data type double
    And tensor "ol" has shape [2, 4], strides [4, 1] and dimension order [0, 1]
    And tensor "ol" has the scalars [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

  @id:TEN-45c
  Scenario: zeros fills every element with zero
    Given I make "o" with ones of shape [2, 3] and data type float
    And a tensor "d" of double scalars [5, 5, 5, 5, 5, 5, 5, 5] with shape [2, 4]
    And I make "ol" with ones like tensor "d"
    When I make "z" with zeros of shape [2, 3] and data type float
    Then tensor "z" has the scalars [0, 0, 0, 0, 0, 0]

  @id:TEN-45d
  Scenario: zeros like takes the source's data type
    Given I make "o" with ones of shape [2, 3] and data type float
    And a tensor "d" of double scalars [5, 5, 5, 5, 5, 5, 5, 5] with shape [2, 4]
    And I make "ol" with ones like tensor "d"
    And I make "z" with zeros of shape [2, 3] and data type float
    When I make "nine" with full of shape [3, 2] and data type int filled with 9
    And I make "zl" with zeros like tensor "nine"
    Then tensor "zl" has data type int
    And tensor "zl" has shape [3, 2], strides [2, 1] and dimension order [0, 1]
    And tensor "zl" has the scalars [0, 0, 0, 0, 0, 0]

  @id:TEN-46
  Scenario Outline: The like form of <factory> defaults to dynamicBound whatever the source's dynamism
    Given a tensor "src" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    When I make "l" with <factory> like tensor "src"
    Then tensor "l" has shape dynamism dynamicBound


    Examples:
      | factory |
      | empty   |
      | full    |
      | ones    |
      | zeros   |
      | rand    |
      | randn   |
      | randint |

  @id:TEN-47
  Scenario: rand gives values in [0, 1) that are not all equal
    When I make "r" with rand of shape [3, 3] and data type float
    Then tensor "r" has count 9
    And every scalar of tensor "r" is at least 0 and below 1
    And the scalars of tensor "r" are not all equal

  @id:TEN-48a
  Scenario: rand for an integral data type gives all zeros
    When I make "r" with rand of shape [8] and data type long
    Then tensor "r" has the scalars [0, 0, 0, 0, 0, 0, 0, 0]

  @id:TEN-48b
  Scenario: rand like takes the source's shape
    Given a tensor "ints" of long scalars [5, 6, 7]
    When I make "rl" with rand like tensor "ints"
    Then tensor "rl" has shape [3], strides [1] and dimension order [0]
    And tensor "rl" has the scalars [0, 0, 0]

  @id:TEN-49a
  Scenario: randn makes a tensor of the count of its shape
    When I make "n" with randn of shape [4] and data type double
    Then tensor "n" has count 4

  # randn draws from the standard normal distribution: over 10000 draws the standard deviation of the sample
  # standard deviation is about 0.007, so 0.1 is a safe bound that an all-equal or uniform output still fails.
  @id:TEN-49b
  Scenario: randn values have a mean near 0 and a standard deviation near 1
    When I make "big" with randn of shape [100, 100] and data type double
    Then the mean of the scalars of tensor "big" is within 1 of 0
    And the standard deviation of the scalars of tensor "big" is within 0.1 of 1

  @id:TEN-49c
  Scenario: randn like takes the source's shape
    Given I make "big" with randn of shape [100, 100] and data type double
    When I make "bl" with randn like tensor "big"
    Then tensor "bl" has shape [100, 100], strides [100, 1] and dimension order [0, 1]

  @id:TEN-50a
  Scenario: randint gives values in [low, high)
    When I make "r" with random integers from 10 to 20 of shape [5] and data type long
    Then every scalar of tensor "r" is at least 10 and below 20

  @id:TEN-50b
  Scenario: randint like gives values in [low, high)
    Given I make "r" with random integers from 10 to 20 of shape [5] and data type long
    When I make "ones" with ones of shape [5] and data type long
    And I make "rl" with random integers from 100 to 200 like tensor "ones"
    Then every scalar of tensor "rl" is at least 100 and below 200

  # ------------------------------------------------------------------ description and API shape

  @id:TEN-51a
  Scenario: The description of a tensor names its metadata
    Given a tensor "t" of char scalars [-1, 2, -3, 4] with shape [2, 2]
    Then the description of tensor "t" starts with "Tensor {"
    And the description of tensor "t" mentions "char", "[2, 2]", "[2, 1]", "[0, 1]", "dynamicBound" and "4"
    And the description of tensor "t" lists the scalars "-1, 2, -3, 4"

  @id:TEN-51b
  Scenario: The description of a large tensor lists at most 100 scalars
    Given a tensor "t" of char scalars [-1, 2, -3, 4] with shape [2, 2]
    When I make "big" with zeros of shape [150] and data type float
    Then the description of tensor "big" lists 100 scalars then ",..."

  @id:TEN-52
  Scenario: A tensor is copyable, is created only by its initialisers, and hides its native instance
    Then a tensor can be copied
    And a tensor cannot be created with a bare initialiser
    And a tensor does not expose its native instance

  @id:TEN-53a
  Scenario: Scalar forms pick the data type of the scalar
    Given a 0-D tensor "f" of the Float scalar 3.14
    And a 0-D tensor "i" of the Int32 scalar 42
    And a 0-D tensor "d" of the Double scalar 2.718
    And a 0-D tensor "l" of the Int64 scalar 10000000000
    Then tensor "f" has data type float
    And tensor "i" has data type int
    And tensor "d" has data type double
    And tensor "l" has data type long
    And tensor "l" has the scalars [10000000000]

  @id:TEN-53b
  Scenario: Unsigned data keeps its full range
    Given a tensor "u16" of uInt16 scalars [65535]
    And a tensor "u32" of uInt32 scalars [4000000000]
    And a tensor "u64" of uInt64 scalars [9000000000000000000]
    Then tensor "u16" has the scalars [65535]
    And tensor "u32" has the scalars [4000000000]
    And tensor "u64" has the scalars [9000000000000000000]

  @id:TEN-54a
  Scenario: Int data made into float and double is cast element-wise
    Given a tensor "i" of int scalars [1, 2, 3]
    When I copy tensor "i" to "f" as float
    And I copy tensor "i" to "d" as double
    Then tensor "f" has the scalars [1, 2, 3]
    And tensor "d" has the scalars [1, 2, 3]

  @id:TEN-54b
  Scenario: Float data made into half and bFloat16 is cast element-wise
    Given a tensor "x" of float scalars [1.5, 2.5]
    When I copy tensor "x" to "h" as half
    And I copy tensor "x" to "bf" as bFloat16
    Then tensor "h" has the scalars [1.5, 2.5]
    And tensor "bf" has the scalars [1.5, 2.5]

  @id:TEN-54c
  Scenario: Double data made into float is cast element-wise
    Given a tensor "w" of double scalars [1.25, -8.5]
    When I copy tensor "w" to "wf" as float
    Then tensor "wf" has the scalars [1.25, -8.5]

  @id:TEN-54d
  Scenario: Long data made into int is cast element-wise, wrapping
    Given a tensor "big" of long scalars [4294967297, -1]
    When I copy tensor "big" to "small" as int
    Then tensor "small" has the scalars [1, -1]

  @id:TEN-54e
  Scenario: Raw bytes shorter than the shape needs are refused
    When the misuse "raw bytes shorter than the shape" is tried in a child process
    Then the misuse is refused with IllegalArgumentException

  @id:TEN-54f
  Scenario: Raw bytes longer than the shape needs are refused
    When the misuse "raw bytes longer than the shape" is tried in a child process
    Then the misuse is refused with IllegalArgumentException
