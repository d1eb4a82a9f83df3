package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: a value of the wrong type is one error with a documented code and a message that names
 * what is wrong — never a second INTERNAL_SERVER_ERROR for the null it left, a Java class name, an
 * AST dump ("StringValue{value='x'}"), "System error" or the code "coercing-parse-literal".
 */
@QuarkusTest
class GraphQlInputErrorsTest {

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(
            "a String default for an Int variable",
            "query($f: Int = \"x\") { meetings(first: $f) { totalCount } }",
            Map.of(),
            "GRAPHQL_VALIDATION_FAILED",
            "\"x\""),
        Arguments.of(
            "1.5 for an Int",
            "query($f: Int) { meetings(first: $f) { totalCount } }",
            Map.of("f", 1.5),
            "BAD_USER_INPUT",
            "meetings"),
        Arguments.of(
            "the string \"5\" for an Int",
            "query($f: Int) { meetings(first: $f) { totalCount } }",
            Map.of("f", "5"),
            "BAD_USER_INPUT",
            "Variable 'f'"),
        Arguments.of(
            "the string \"2\" for an Int! variable",
            "query($f: Int!) { meetings(first: $f) { totalCount } }",
            Map.of("f", "2"),
            "BAD_USER_INPUT",
            "Variable 'f'"),
        Arguments.of(
            "an impossible date inside a filter variable",
            "query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }",
            Map.of("f", Map.of("from", "2022-13-45")),
            "BAD_USER_INPUT",
            "'filter'"),
        Arguments.of(
            "a malformed date in a filter literal",
            "{ documents(first: 1, filter: {from: \"abc\"}) { totalCount } }",
            Map.of(),
            "BAD_USER_INPUT",
            "'filter'"),
        Arguments.of(
            "two __type fields",
            "{ a: __type(name: \"Meeting\") { name } b: __type(name: \"Document\") { name } }",
            Map.of(),
            "QUERY_LIMIT_EXCEEDED",
            "__type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void oneClearErrorAndNothingInternal(
      String name, String query, Map<String, Object> variables, String code, String names) {
    Object[] vars =
        variables.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
    JsonPath r = GraphQl.post(query, vars);
    List<Map<String, Object>> errors = r.getList("errors");
    assertThat(errors).as("errors").hasSize(1);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo(code);
    String message = r.getString("errors[0].message");
    assertThat(message)
        .contains(names)
        .doesNotContain("io.regtrack")
        .doesNotContain("Value{value")
        .doesNotContain("System error")
        .doesNotContain("Unknown Scalar Type");
  }
}
