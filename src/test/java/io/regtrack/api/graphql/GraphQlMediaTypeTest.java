package io.regtrack.api.graphql;

import static io.regtrack.api.graphql.GraphQlMediaType.GRAPHQL_RESPONSE_JSON;
import static io.regtrack.api.graphql.GraphQlMediaType.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Accept negotiation of GraphQL over HTTP responses. */
class GraphQlMediaTypeTest {

  static Stream<Arguments> accepts() {
    return Stream.of(
        Arguments.of(null, JSON),
        Arguments.of("", JSON),
        Arguments.of("*/*", JSON),
        Arguments.of("application/*", JSON),
        Arguments.of("application/json", JSON),
        Arguments.of("application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        Arguments.of("Application/GraphQL-Response+JSON", GRAPHQL_RESPONSE_JSON),
        // what graphql-http and GraphiQL send
        Arguments.of(
            "application/graphql-response+json, application/json, multipart/mixed",
            GRAPHQL_RESPONSE_JSON),
        Arguments.of(
            "application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE_JSON),
        Arguments.of("application/json, application/graphql-response+json", JSON),
        Arguments.of("application/graphql-response+json;q=0.5, application/json", JSON),
        Arguments.of("application/graphql-response+json, */*", GRAPHQL_RESPONSE_JSON),
        Arguments.of("text/html, */*;q=0.8", JSON),
        Arguments.of("application/json;q=0, */*", GRAPHQL_RESPONSE_JSON),
        Arguments.of("application/json; charset=utf-8", JSON),
        Arguments.of("application/json; charset=\"UTF-8\"", JSON),
        Arguments.of(
            "application/json; charset=iso-8859-1, application/graphql-response+json",
            GRAPHQL_RESPONSE_JSON),
        Arguments.of("application/json; charset=iso-8859-1", null),
        Arguments.of("text/html", null),
        Arguments.of("application/xml, text/*", null),
        Arguments.of("application/json;q=0, application/graphql-response+json;q=0", null),
        Arguments.of("garbage", null));
  }

  @ParameterizedTest(name = "[{index}] Accept: {0} -> {1}")
  @MethodSource("accepts")
  void negotiatesTheResponseType(String accept, GraphQlMediaType expected) {
    assertThat(GraphQlMediaType.negotiate(accept)).isEqualTo(Optional.ofNullable(expected));
  }
}
