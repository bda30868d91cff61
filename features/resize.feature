@area:RSZ
Feature: Resizing tensors
  resize changes a tensor's shape in place without moving its data. It requires a shape dynamism other
  than static to change the shape; a tensor's capacity is its element count at creation, its rank cannot
  change, and a refused resize leaves the tensor as it was. A static method's inputs and outputs cannot be
  resized.

  @id:RSZ-01
  Scenario: Resizing a dynamicBound tensor to a shape of the same count
    Given a tensor "t" of long scalars [1, 2, 3, 4] with shape [4, 1]
    When I resize tensor "t" to [2, 2]
    Then tensor "t" has data type long
    And tensor "t" has shape [2, 2], strides [2, 1] and dimension order [0, 1]
    And tensor "t" has count 4
    And tensor "t" has the scalars [1, 2, 3, 4]

  @id:RSZ-02
  Scenario: Resizing beyond the element count fails
    Given a tensor "t" of long scalars [1, 2, 3, 4] with shape [4, 1]
    When I try to resize tensor "t" to [2, 3]
    Then it fails with the error NotSupported

  @id:RSZ-03a
  Scenario: A dynamicBound tensor shrinks within its capacity
    Given a tensor "t" of float scalars [1, 2, 3, 4]
    When I resize tensor "t" to [2]
    Then tensor "t" has count 2

  @id:RSZ-03b
  Scenario: A dynamicBound tensor grows back to its capacity
    Given a tensor "t" of float scalars [1, 2, 3, 4]
    And I resize tensor "t" to [2]
    When I resize tensor "t" to [4]
    Then tensor "t" has count 4

  @id:RSZ-03c
  Scenario: A dynamicBound tensor cannot grow beyond the element count at creation
    Given a tensor "t" of float scalars [1, 2, 3, 4]
    And I resize tensor "t" to [2]
    And I resize tensor "t" to [4]
    When I try to resize tensor "t" to [5]
    Then it fails with the error NotSupported

  @id:RSZ-04a
  Scenario: A static tensor accepts a resize to its own shape
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    When I try to resize tensor "t" to [2, 2]
    Then it succeeds

  @id:RSZ-04b
  Scenario: A static tensor refuses another shape with NotSupported
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism static
    And I try to resize tensor "t" to [2, 2]
    When I try to resize tensor "t" to [4, 1]
    Then it fails with the error NotSupported

  @id:RSZ-05a
  Scenario: A dynamicUnbound tensor resizes within its capacity
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] with shape [4, 5], strides [5, 1], dimension order [0, 1] and shape dynamism dynamicUnbound
    When I try to resize tensor "t" to [5, 4]
    Then it succeeds
    And tensor "t" has shape [5, 4], strides [4, 1] and dimension order [0, 1]

  @id:RSZ-05b
  Scenario: A dynamicUnbound tensor cannot grow beyond its capacity, like a dynamicBound one
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] with shape [4, 5], strides [5, 1], dimension order [0, 1] and shape dynamism dynamicUnbound
    And I try to resize tensor "t" to [5, 4]
    When I try to resize tensor "t" to [5, 5]
    Then it fails with the error NotSupported

  @id:RSZ-06a
  Scenario Outline: Changing the rank of a <dynamism> tensor to more dimensions fails
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [4], strides [1], dimension order [0] and shape dynamism <dynamism>
    When I try to resize tensor "t" to [2, 2]
    Then it fails with the error NotSupported

    Examples:
      | dynamism       |
      | static         |
      | dynamicBound   |
      | dynamicUnbound |

  @id:RSZ-06b
  Scenario Outline: Changing the rank of a <dynamism> tensor to fewer dimensions fails
    Given a 0-D tensor "s" of the Float scalar 1.0
    When I try to resize tensor "s" to [1]
    Then it fails with the error NotSupported

    Examples:
      | dynamism       |
      | static         |
      | dynamicBound   |
      | dynamicUnbound |


  @id:RSZ-07
  Scenario: Resizing a 0-D tensor to no dimensions succeeds
    Given a 0-D tensor "s" of the Float scalar 1.0
    When I try to resize tensor "s" to []
    Then it succeeds
    And tensor "s" has shape [], strides [] and dimension order []

  @id:RSZ-08
  Scenario: A failed resize leaves the tensor unchanged
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I try to resize tensor "t" to [3, 3]
    Then it fails with the error NotSupported
    And tensor "t" has shape [2, 3], strides [3, 1] and dimension order [0, 1]
    And tensor "t" has count 6

  @id:RSZ-09a
  Scenario: After a resize the tensor reports the new shape at once
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    When I resize tensor "t" to [2, 2]
    Then tensor "t" has shape [2, 2], strides [2, 1] and dimension order [0, 1]
    And tensor "t" has count 4

  @id:RSZ-09b
  Scenario: After a resize the bytes handler sees the new element count
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3]
    And I resize tensor "t" to [2, 2]
    When I read the bytes of tensor "t"
    Then the bytes handler was called once, synchronously, with 4 elements of float

  @id:RSZ-10
  Scenario: Resize recomputes strides from the existing dimension order
    Given a tensor "t" of float scalars [1, 2, 3, 4, 5, 6] with shape [2, 3], strides [1, 2], dimension order [1, 0] and shape dynamism dynamicBound
    When I resize tensor "t" to [3, 2]
    Then tensor "t" has shape [3, 2], strides [1, 3] and dimension order [1, 0]

  @id:RSZ-11a
  Scenario: Resizing a view changes the view's shape only
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    And I make a view "v" of tensor "t"
    When I resize tensor "v" to [4, 1]
    Then tensor "v" has shape [4, 1], strides [1, 1] and dimension order [0, 1]
    And tensor "t" has shape [2, 2], strides [2, 1] and dimension order [0, 1]

  @id:RSZ-11b
  Scenario: A resized view still shares the source's data
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    And I make a view "v" of tensor "t"
    And I resize tensor "v" to [4, 1]
    When I write the float scalars [9, 8, 7, 6] into tensor "v" through its mutable bytes
    Then tensor "t" has the scalars [9, 8, 7, 6]

  @id:RSZ-12
  Scenario: Handles on one underlying tensor see each other's resize
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2]
    And a second handle "h" on the underlying tensor of "t"
    When I resize tensor "t" to [4, 1]
    Then tensor "h" has shape [4, 1], strides [1, 1] and dimension order [0, 1]

  @id:RSZ-13
  Scenario Outline: Resizing to a negative size fails with <error> for a <dynamism> tensor and changes nothing
    Given a tensor "t" of float scalars [1, 2, 3, 4] with shape [2, 2], strides [2, 1], dimension order [0, 1] and shape dynamism <dynamism>
    When I try to resize tensor "t" to [-1, 2]
    Then it fails with the error <error>
    And tensor "t" has shape [2, 2], strides [2, 1] and dimension order [0, 1]


    Examples:
      | dynamism       | error           |
      | dynamicBound   | InvalidArgument |
      | dynamicUnbound | InvalidArgument |
      | static         | NotSupported    |

  @id:RSZ-14
  Scenario: An input whose shape differs from a static method input fails NotSupported
    When I try to run forward of the fixture "add.pte" with the float tensors [1.0, 2.0] and [3.0, 4.0]
    Then it fails with the error NotSupported

  @id:RSZ-15a
  Scenario: The outputs of a static method are static
    When I run forward of the fixture "add.pte" with the float tensors [1.0] and [2.0]
    Then tensor "output 0" has shape dynamism static

  @id:RSZ-15b
  Scenario: Resizing the static output of a static method fails with NotSupported
    Given I run forward of the fixture "add.pte" with the float tensors [1.0] and [2.0]
    When I try to resize tensor "output 0" to [2]
    Then it fails with the error NotSupported

  @id:RSZ-15c
  Scenario: The outputs of a dynamic method carry the runtime shape
    Given I run forward of the fixture "add.pte" with the float tensors [1.0] and [2.0]
    And I try to resize tensor "output 0" to [2]
    When I run forward of the fixture "dynamic_cat.pte" with a float tensor of shape [3, 4]
    Then tensor "output 0" has shape [4, 4], strides [4, 1] and dimension order [0, 1]
