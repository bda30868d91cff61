@area:VAL
Feature: Value
  A Value holds one of: nothing (none), a tensor, a string, a double, an integer or a boolean, and says
  which by its tag. The is... checks and the accessors read it; object accessors (tensor, string, scalar)
  are nil when the tag does not match, and a primitive accessor on the wrong tag must fail
  deterministically, never with a silent default. Values compare by tag and payload, and copy deeply.

  @id:VAL-01
  Scenario: A none value
    Given a value "v" holding nothing
    Then value "v" has tag none with raw value 0
    And value "v" answers yes only to "isNone"
    And value "v" has no tensor, no string and no scalar

  @id:VAL-02
  Scenario: A tensor value returns the same tensor
    Given a tensor "t" of float scalars [1, 2, 3]
    And a value "v" holding the tensor "t"
    Then value "v" has tag tensor with raw value 1
    And value "v" answers yes only to "isTensor"
    And the tensor of value "v" is tensor "t"

  @id:VAL-03
  Scenario: A string value
    Given a value "v" holding the string "hello"
    Then value "v" has tag string with raw value 2
    And value "v" answers yes only to "isString"
    And the string of value "v" is "hello"

  @id:VAL-04
  Scenario: A boolean value
    Given a value "v" holding the Bool scalar true
    Then value "v" has tag boolean with raw value 5
    And value "v" answers yes only to "isBoolean, isScalar"
    And the boolean of value "v" is true

  @id:VAL-05
  Scenario: An integer value
    Given a value "v" holding the Int scalar 42
    Then value "v" has tag integer with raw value 4
    And value "v" answers yes only to "isInteger, isScalar"
    And the integer of value "v" is 42

  @id:VAL-06
  Scenario: A double value
    Given a value "v" holding the Double scalar 3.14
    Then value "v" has tag double with raw value 3
    And value "v" answers yes only to "isDouble, isFloat, isScalar"
    And the double of value "v" is 3.14

  @id:VAL-07
  Scenario: A float value is stored with the double tag
    Given a value "v" holding the Float scalar 6.28
    Then value "v" has tag double with raw value 3
    And value "v" answers yes only to "isDouble, isFloat, isScalar"
    And the float of value "v" is exactly the float 6.28
    And the double of value "v" is the float 6.28 widened

  @id:VAL-08
  Scenario Outline: A <scalar type> scalar gets the <tag> tag
    Given a value "v" holding the <scalar type> scalar <value>
    Then value "v" has tag <tag>


    Examples:
      | scalar type | value | tag     |
      | Bool        | true  | boolean |
      | Int         | 7     | integer |
      | Int16       | 7     | integer |
      | Int32       | 7     | integer |
      | Int64       | 7     | integer |
      | Double      | 7.5   | double  |
      | Float       | 7.5   | double  |

  @id:VAL-09
  Scenario Outline: An 8-bit <scalar type> scalar becomes an integer, not a boolean
    Given a value "v" holding the <scalar type> scalar <value>
    Then value "v" has tag integer
    And the integer of value "v" is <value>


    Examples:
      | scalar type | value |
      | Int8        | 7     |
      | UInt8       | 200   |

  @id:VAL-10
  Scenario: The scalar accessor answers for boolean, integer and double values only
    Given a tensor "t" of float scalars [1]
    And a value "b" holding the Bool scalar true
    And a value "i" holding the Int scalar 42
    And a value "d" holding the Double scalar 2.5
    And a value "n" holding nothing
    And a value "tv" holding the tensor "t"
    And a value "s" holding the string "hello"
    Then the scalar of value "b" is the boolean true
    And the scalar of value "i" is the integer 42
    And the scalar of value "d" is the double 2.5
    And value "n" has no scalar
    And value "tv" has no scalar
    And value "s" has no scalar

  @id:VAL-11
  Scenario: Object accessors are nil when the tag does not match
    Given a tensor "t" of float scalars [1]
    And a value "tv" holding the tensor "t"
    And a value "s" holding the string "hello"
    And a value "i" holding the Int scalar 1
    Then value "tv" has no string
    And value "tv" has no scalar
    And value "s" has no tensor
    And value "s" has no scalar
    And value "i" has no tensor
    And value "i" has no string

  @id:VAL-12
  Scenario Outline: A primitive accessor on a mismatched tag fails deterministically: <misuse>
    When the misuse "<misuse>" is tried in a child process
    Then the misuse is refused with <exception>


    Examples:
      | misuse                               | exception             |
      | integer accessor of a string value   | IllegalStateException |
      | boolean accessor of an integer value | IllegalStateException |
      | double accessor of a none value      | IllegalStateException |
      | float accessor of a boolean value    | IllegalStateException |
      | integer accessor of a tensor value   | IllegalStateException |

  @id:VAL-13
  Scenario: Values with equal tag and payload are equal; a different payload is unequal
    Given a tensor "a" of float scalars [1, 2, 3]
    And a tensor "b" of float scalars [1, 2, 3]
    And a tensor "c" of float scalars [3, 2, 1]
    Then two values holding nothing are equal
    And the values of these payloads compare as follows:
      | kind   | first   | second  | equal |
      | Int    | 42      | 42      | yes   |
      | Int    | 42      | 43      | no    |
      | Bool   | true    | true    | yes   |
      | Bool   | true    | false   | no    |
      | Double | 3.14    | 3.14    | yes   |
      | Double | 3.14    | 2.71    | no    |
      | String | hello   | hello   | yes   |
      | String | hello   | world   | no    |
      | Tensor | a       | b       | yes   |
      | Tensor | a       | c       | no    |

  @id:VAL-14
  Scenario: Values of different tags are never equal, even when numerically equal
    Given a value "int" holding the Int scalar 1
    And a value "bool" holding the Bool scalar true
    And a value "double" holding the Double scalar 1.0
    Then value "int" does not equal value "bool"
    And value "int" does not equal value "double"
    And value "bool" does not equal value "double"

  @id:VAL-15
  Scenario: Float and double values compare by the stored number
    Given a value "f15" holding the Float scalar 1.5
    And a value "d15" holding the Double scalar 1.5
    And a value "f628" holding the Float scalar 6.28
    And a value "d628" holding the Double scalar 6.28
    Then value "f15" equals value "d15"
    And value "f628" does not equal value "d628"

  @id:VAL-16a
  Scenario: A copy of a value is equal to it
    Given a tensor "t" of float scalars [1, 2, 3]
    And a value "v" holding the tensor "t"
    And a value "i" holding the Int scalar 42
    When I copy value "v" to "vc"
    And I copy value "i" to "ic"
    Then value "vc" equals value "v"
    And value "ic" equals value "i"
    And the tensor of value "vc" is not tensor "t"

  @id:VAL-16b
  Scenario: A copy of a tensor value holds a deep copy of the tensor
    Given a tensor "t" of float scalars [1, 2, 3]
    And a value "v" holding the tensor "t"
    And a value "i" holding the Int scalar 42
    And I copy value "v" to "vc"
    And I copy value "i" to "ic"
    When I write the float scalars [9, 9, 9] into tensor "t" through its mutable bytes
    Then the tensor of value "vc" has the scalars [1, 2, 3]

  @id:VAL-17
  Scenario: The description names the tag and the value
    Given a value "n" holding nothing
    And a value "i" holding the Int scalar 42
    And a tensor "t" of float scalars [1, 2]
    And a value "tv" holding the tensor "t"
    Then the description of value "n" starts with "Value {" and has the lines "tag: none" and "value: nil"
    And the description of value "i" starts with "Value {" and has the lines "tag: integer" and "value: 42"
    And the description of value "tv" starts with "Value {" and has the lines "tag: tensor" and "value: Tensor {"
    And the description of value "tv" indents the tensor's description

  @id:VAL-18
  Scenario: Value tags have the runtime's raw values; list tags exist only as raw tags
    Then the value tags have the raw values 0 to 5 in the order "none, tensor, string, double, integer, boolean"
    And the list tags have the raw values 6 to 11 and no value can hold them

  @id:VAL-19
  Scenario Outline: A value of nothing where a <payload> is needed is refused
    When the misuse "value of a null <payload>" is tried in a child process
    Then the misuse is refused with NullPointerException


    Examples:
      | payload |
      | tensor  |
      | string  |

  @id:VAL-20
  Scenario Outline: A <scalar type> becomes a <tag> value
    Given a value "v" holding the <scalar type> scalar <value>
    Then value "v" has tag <tag>


    Examples:
      | scalar type | value | tag     |
      | Bool        | false | boolean |
      | Int         | 1     | integer |
      | Int8        | 1     | integer |
      | Int16       | 1     | integer |
      | Int32       | 1     | integer |
      | Int64       | 1     | integer |
      | UInt        | 1     | integer |
      | UInt8       | 1     | integer |
      | UInt16      | 1     | integer |
      | UInt32      | 1     | integer |
      | UInt64      | 1     | integer |
      | Float       | 1.5   | double  |
      | Double      | 1.5   | double  |

  @id:VAL-21
  Scenario Outline: A <scalar type> round-trips through a value: <value>
    Given a value "v" holding the <scalar type> scalar <value>
    Then value "v" gives back the <scalar type> scalar <value>


    Examples:
      | scalar type | value                |
      | Bool        | true                 |
      | Int         | 123                  |
      | Int8        | -42                  |
      | Int16       | 1024                 |
      | Int32       | -2048                |
      | Int64       | 1000000000           |
      | UInt8       | 255                  |
      | UInt16      | 65535                |
      | UInt32      | 4294967295           |
      | UInt64      | 18446744073709551615 |
      | UInt        | 42                   |
      | Float       | 3.1415               |
      | Double      | 2.71828              |
      | String      | swift                |

  @id:VAL-22
  Scenario: An unsigned 64-bit integer above the signed range round-trips, but the integer accessor wraps
    Given a value "v" holding the UInt64 scalar 18446744073709551615
    Then value "v" gives back the UInt64 scalar 18446744073709551615
    And the integer of value "v" is -1

  @id:VAL-25
  Scenario: Decoding needs the matching tag
    Given a value "one" holding the Int scalar 1
    And a value "flag" holding the Bool scalar true
    Then the boolean accessor of value "one" is refused
    And the float accessor of value "one" is refused
    And the double accessor of value "one" is refused
    And the string accessor of value "one" is refused
    And the double accessor of value "flag" is refused

  @id:VAL-26
  Scenario: Integer decoding refuses a double or a boolean instead of truncating
    Given a value "d" holding the Double scalar 3.7
    And a value "b" holding the Bool scalar true
    Then the integer accessor of value "d" is refused
    And the integer accessor of value "b" is refused

  @id:VAL-27a
  Scenario: Decoding a tensor from a non-tensor value is refused
    Given a value "i" holding the Int scalar 1
    Then the tensor accessor of value "i" is refused
    And value "i" has no tensor

  @id:VAL-27b
  Scenario: Decoding a tensor as another element type is refused
    Given a tensor "t" of float scalars [1, 2]
    And a value "v" holding the tensor "t"
    Then reading the tensor of value "v" as Int32 scalars is refused

  @id:VAL-28
  Scenario: A tensor value wraps the same tensor; typed access is nil for a non-tensor or another element type
    Given a tensor "t" of float scalars [1, 2]
    And a value "v" holding the tensor "t"
    And a value "s" holding the string "x"
    Then the tensor of value "v" is tensor "t"
    And reading the tensor of value "v" as Float scalars gives [1, 2]
    And value "s" has no tensor
    And reading the tensor of value "v" as Double scalars is refused

  @id:VAL-29
  Scenario: A value is copyable and cannot be subclassed
    Then a value can be copied
    And a value cannot be subclassed

  @id:VAL-30
  Scenario: Values are made by class factories
    Then values are made by class factories, not by messages to an instance

  @id:VAL-23a
  Scenario: A one-element sequence decodes as its integer element
    When I decode the values "integer 99" as Int
    Then the decoded Int is 99

  @id:VAL-23b
  Scenario: A one-element sequence decodes as its boolean element
    Given I decode the values "integer 99" as Int
    When I decode the values "boolean false" as Bool
    Then the decoded Bool is false

  @id:VAL-23c
  Scenario: A sequence of two values cannot be decoded as one
    Given I decode the values "integer 99" as Int
    And I decode the values "boolean false" as Bool
    When I try to decode the values "integer 1; integer 2" as Int
    Then it fails with the error invalidType

  @id:VAL-24a
  Scenario: An array of integers decodes element by element
    When I decode the values "integer 1; integer 2; integer 3; integer 4" as [Int]
    Then the decoded [Int] is [1, 2, 3, 4]

  @id:VAL-24b
  Scenario: An array of floats decodes element by element
    Given I decode the values "integer 1; integer 2; integer 3; integer 4" as [Int]
    When I decode the values "float 1.5; float 2.5; float 3.5" as [Float]
    Then the decoded [Float] is [1.5, 2.5, 3.5]

  @id:VAL-24c
  Scenario: An empty array decodes as an empty array
    Given I decode the values "integer 1; integer 2; integer 3; integer 4" as [Int]
    And I decode the values "float 1.5; float 2.5; float 3.5" as [Float]
    When I decode the values "" as [Int]
    Then the decoded [Int] is []

  @id:VAL-24d
  Scenario: One element of another type refuses the whole array
    Given I decode the values "integer 1; integer 2; integer 3; integer 4" as [Int]
    And I decode the values "float 1.5; float 2.5; float 3.5" as [Float]
    And I decode the values "" as [Int]
    When I try to decode the values "integer 1; string 'two'; integer 3" as [Int]
    Then it fails with the error invalidType
