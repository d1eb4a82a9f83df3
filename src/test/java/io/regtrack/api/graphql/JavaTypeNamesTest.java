package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** graphql-java's coercion messages, with the Java class names replaced by JSON kinds. */
class JavaTypeNamesTest {

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of(
            "Variable 'name' has an invalid value: Expected a String input, but it was a 'LinkedHashMap'",
            "Variable 'name' has an invalid value: Expected a String input, but it was a JSON object"),
        Arguments.of(
            "Expected a value that can be converted to type 'ID' but it was a 'ArrayList'",
            "Expected a value that can be converted to type 'ID' but it was a JSON array"),
        Arguments.of(
            "Expected a value that can be converted to type 'Int' but it was a 'java.math.BigDecimal'",
            "Expected a value that can be converted to type 'Int' but it was a JSON number"),
        Arguments.of(
            "Expected a String input, but it was a 'Boolean'",
            "Expected a String input, but it was a JSON boolean"),
        Arguments.of(
            "Variable 'in' has an invalid value: Expected type 'Map' but was 'String'. Variables for"
                + " input objects must be an instance of type 'Map'.",
            "Variable 'in' has an invalid value: Expected a JSON object but it was a JSON string."),
        Arguments.of(
            "Expected a String input, but it was a 'UUID'",
            "Expected a String input, but it was a value of another type"),
        // untouched: GraphQL type names and ordinary messages
        Arguments.of(
            "Variable 'name' has coerced Null value for NonNull type 'String!'",
            "Variable 'name' has coerced Null value for NonNull type 'String!'"),
        Arguments.of(
            "Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined",
            "Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("messages")
  void namesJsonKinds(String message, String expected) {
    assertThat(JavaTypeNames.scrub(message)).isEqualTo(expected);
  }
}
