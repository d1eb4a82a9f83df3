package io.regtrack.api.graphql;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GraphQL over HTTP status codes and media types of {@code /graphql} ({@link
 * GraphQlOverHttpHandler}); {@code .ci/graphql-audit} runs graphql-http's full audit against the
 * packaged server.
 */
@QuarkusTest
class GraphQlOverHttpTest {
  static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  static final String JSON = "application/json";

  /** RestAssured sends the Content-Type exactly as given (it appends a charset otherwise). */
  static final RestAssuredConfig VERBATIM =
      RestAssured.config()
          .encoderConfig(
              encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

  static final String TYPENAME = "{\"query\":\"{ __typename }\"}";
  static final String PARSE_ERROR = "{\"query\":\"{\"}";
  static final String VALIDATION_ERROR = "{\"query\":\"{ noSuchField }\"}";
  static final String COERCION_ERROR =
      "{\"query\":\"query Doc($id: ID!) { document(id: $id) { id } }\",\"variables\":{\"id\":null}}";
  static final String UNKNOWN_OPERATION =
      "{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}";

  @TestHTTPResource("/graphql")
  URI graphql;

  /** Requests that execute: the status depends on the negotiated media type. */
  static Stream<Arguments> executedRequests() {
    return Stream.of(
        // name, Accept, body, status, response media type, data present
        Arguments.of("query", GRAPHQL_RESPONSE, TYPENAME, 200, GRAPHQL_RESPONSE, true),
        Arguments.of("query", JSON, TYPENAME, 200, JSON, true),
        Arguments.of("query", "*/*", TYPENAME, 200, JSON, true),
        Arguments.of(
            "query",
            GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9",
            TYPENAME,
            200,
            GRAPHQL_RESPONSE,
            true),
        Arguments.of(
            "null parameters",
            GRAPHQL_RESPONSE,
            "{\"query\":\"{ __typename }\",\"operationName\":null,\"variables\":null,"
                + "\"extensions\":null}",
            200,
            GRAPHQL_RESPONSE,
            true),
        Arguments.of(
            "variables and extensions",
            GRAPHQL_RESPONSE,
            "{\"query\":\"query T($name: String!) { __type(name: $name) { name } }\","
                + "\"variables\":{\"name\":\"Query\"},\"extensions\":{\"some\":\"value\"}}",
            200,
            GRAPHQL_RESPONSE,
            true),
        Arguments.of("parse error", GRAPHQL_RESPONSE, PARSE_ERROR, 400, GRAPHQL_RESPONSE, false),
        Arguments.of("parse error", JSON, PARSE_ERROR, 200, JSON, false),
        Arguments.of(
            "validation error", GRAPHQL_RESPONSE, VALIDATION_ERROR, 400, GRAPHQL_RESPONSE, false),
        Arguments.of("validation error", JSON, VALIDATION_ERROR, 200, JSON, false),
        Arguments.of(
            "variable coercion error",
            GRAPHQL_RESPONSE,
            COERCION_ERROR,
            400,
            GRAPHQL_RESPONSE,
            false),
        Arguments.of("variable coercion error", JSON, COERCION_ERROR, 200, JSON, false),
        Arguments.of(
            "unknown operation",
            GRAPHQL_RESPONSE,
            UNKNOWN_OPERATION,
            400,
            GRAPHQL_RESPONSE,
            false));
  }

  @ParameterizedTest(name = "[{index}] {0}, Accept: {1} -> {3}")
  @MethodSource("executedRequests")
  void executedRequestsGetTheStatusOfTheirMediaType(
      String name,
      String accept,
      String body,
      int status,
      String responseType,
      boolean dataPresent) {
    ValidatableResponse response =
        post(accept, "application/json", body)
            .then()
            .statusCode(status)
            .contentType(startsWith(responseType + "; charset=utf-8"));
    if (dataPresent) {
      response.body("$", not(hasKey("errors")));
    } else {
      response.body("$", not(hasKey("data"))).body("errors[0].message", notNullValue());
    }
  }

  /** POSTs checked by the HTTP layer (one well-formed control), with either response type. */
  static Stream<Arguments> postsCheckedBeforeExecution() {
    return Stream.of(
        // name, Content-Type, body, status
        Arguments.of("malformed JSON", "application/json", "{ \"not a JSON", 400),
        Arguments.of("trailing content", "application/json", TYPENAME + " {}", 400),
        Arguments.of("not an object", "application/json", "[" + TYPENAME + "]", 400),
        Arguments.of("empty body", "application/json", "", 400),
        Arguments.of("missing query", "application/json", "{\"qeury\":\"{ __typename }\"}", 400),
        Arguments.of("number query", "application/json", "{\"query\":0}", 400),
        Arguments.of("object query", "application/json", "{\"query\":{\"obj\":\"ect\"}}", 400),
        Arguments.of(
            "boolean operationName",
            "application/json",
            "{\"query\":\"{ __typename }\",\"operationName\":false}",
            400),
        Arguments.of(
            "string variables",
            "application/json",
            "{\"query\":\"{ __typename }\",\"variables\":\"string\"}",
            400),
        Arguments.of(
            "array variables",
            "application/json",
            "{\"query\":\"{ __typename }\",\"variables\":[\"array\"]}",
            400),
        Arguments.of(
            "number extensions",
            "application/json",
            "{\"query\":\"{ __typename }\",\"extensions\":0}",
            400),
        Arguments.of("text/plain", "text/plain", TYPENAME, 415),
        Arguments.of("form", "application/x-www-form-urlencoded", "query=%7B__typename%7D", 415),
        Arguments.of("Latin-1 JSON", "application/json; charset=iso-8859-1", TYPENAME, 415),
        Arguments.of("UTF-8 JSON", "application/json; charset=UTF-8", TYPENAME, 200));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {3}")
  @MethodSource("postsCheckedBeforeExecution")
  void malformedPostsAreClientErrors(String name, String contentType, String body, int status) {
    for (String accept : new String[] {GRAPHQL_RESPONSE, JSON}) {
      ValidatableResponse response =
          post(accept, contentType, body)
              .then()
              .statusCode(status)
              .contentType(startsWith(accept + "; charset=utf-8"));
      if (status != 200) {
        assertNoInternals(response.body("$", not(hasKey("data"))));
      }
    }
  }

  /** graphql-java's coercion messages name Java classes; the response names JSON kinds. */
  @ParameterizedTest(name = "[{index}] variables {0} -> {1}")
  @MethodSource("wronglyTypedVariables")
  void coercionErrorsNameJsonKindsNotJavaClasses(String variables, String kind) {
    String body =
        post(
                GRAPHQL_RESPONSE,
                "application/json",
                "{\"query\":\"query T($name: String!) { __type(name: $name) { name } }\","
                    + "\"variables\":"
                    + variables
                    + "}")
            .then()
            .statusCode(400)
            .body("$", not(hasKey("data")))
            .body("errors[0].message", containsString("but it was " + kind))
            .extract()
            .asString();
    assertThat(body).doesNotContain("Map", "List", "BigDecimal", "java.");
  }

  static Stream<Arguments> wronglyTypedVariables() {
    return Stream.of(
        Arguments.of("{\"name\":{\"a\":1}}", "a JSON object"),
        Arguments.of("{\"name\":[1]}", "a JSON array"),
        Arguments.of("{\"name\":1.5}", "a JSON number"),
        Arguments.of("{\"name\":true}", "a JSON boolean"));
  }

  @Test
  void invalidUtf8IsABadRequest() {
    byte[] body = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xff, '"', '}'};
    assertNoInternals(post(GRAPHQL_RESPONSE, "application/json", body).then().statusCode(400));
  }

  @Test
  void aPostWithoutContentTypeIsUnsupported() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(graphql)
                .header("Accept", GRAPHQL_RESPONSE)
                .POST(HttpRequest.BodyPublishers.ofString(TYPENAME)));
    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void noAcceptHeaderMeansJson() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TYPENAME)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON + "; charset=utf-8");
    assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
  }

  @Test
  void anUnacceptableResponseTypeIs406() {
    assertNoInternals(post("text/html", "application/json", TYPENAME).then().statusCode(406));
  }

  @Test
  void getRunsQueries() {
    given()
        .accept(GRAPHQL_RESPONSE)
        .queryParam("query", "query T($name: String!) { __type(name: $name) { name } }")
        .queryParam("variables", "{\"name\":\"Query\"}")
        .get("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(GRAPHQL_RESPONSE))
        .body("data.__type.name", equalTo("Query"));
  }

  static Stream<Arguments> badGets() {
    return Stream.of(
        // name, query, operationName, variables, status
        Arguments.of("no query", null, null, null, 400),
        Arguments.of("variables not JSON", "{ __typename }", null, "{name", 400),
        Arguments.of("variables not an object", "{ __typename }", null, "[1]", 400),
        Arguments.of("mutation", "mutation { __typename }", null, null, 405),
        Arguments.of(
            "mutation picked by operationName",
            "query Q { __typename } mutation M { __typename }",
            "M",
            null,
            405));
  }

  @ParameterizedTest(name = "[{index}] GET {0} -> {4}")
  @MethodSource("badGets")
  void badGetsAreRefused(
      String name, String query, String operationName, String variables, int status) {
    RequestSpecification request = given().accept(GRAPHQL_RESPONSE);
    if (query != null) {
      request.queryParam("query", query);
    }
    if (operationName != null) {
      request.queryParam("operationName", operationName);
    }
    if (variables != null) {
      request.queryParam("variables", variables);
    }
    ValidatableResponse response =
        request.get("/graphql").then().statusCode(status).contentType(startsWith(GRAPHQL_RESPONSE));
    if (status == 405) {
      response.header("Allow", "POST");
    }
    assertNoInternals(response.body("$", not(hasKey("data"))));
  }

  /**
   * A query picked from a document that also holds a mutation is executed over GET, not refused.
   * (With application/json any executed request is 200: the document fails validation while the
   * schema has no Mutation type and succeeds once it has one.)
   */
  @Test
  void aQueryNextToAMutationIsExecutedOverGet() {
    given()
        .accept(JSON)
        .queryParam("query", "query Q { __typename } mutation M { __typename }")
        .queryParam("operationName", "Q")
        .get("/graphql")
        .then()
        .statusCode(200)
        .contentType(startsWith(JSON + "; charset=utf-8"))
        .body("$", anyOf(hasKey("data"), hasKey("errors")));
  }

  @Test
  void otherMethodsAreNotAllowed() {
    given()
        .accept(GRAPHQL_RESPONSE)
        .put("/graphql")
        .then()
        .statusCode(405)
        .header("Allow", "GET, POST, OPTIONS");
    given().options("/graphql").then().statusCode(204).header("Allow", "GET, POST, OPTIONS");
  }

  /** A POST with exactly this Accept and Content-Type; the body a String or bytes. */
  private io.restassured.response.Response post(String accept, String contentType, Object body) {
    return given()
        .config(VERBATIM)
        .accept(accept)
        .contentType(contentType)
        .body(body)
        .post("/graphql");
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /**
   * A NUL character in an argument – a string literal of the query, escaped, or anywhere in the
   * variables – is a request error naming where it is, before anything runs (it was a database
   * error, "System error", for a regulation symbol).
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          literal       | {"query":"{ regulation(symbol: \\"58-Q\\\\u0000/TW\\") { id } }"}                                       | a string in the query
          variable      | {"query":"query($s: String) { regulation(symbol: $s) { id } }","variables":{"s":"58\\u0000"}}     | variable $s
          nested input  | {"query":"query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }","variables":{"f":{"province":"S\\u0000c"}}} | variable $f
          list variable | {"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":["a","\\u0000"]}} | variable $ids
          """)
  void aNulCharacterIsABadUserInput(String name, String body, String where) {
    ValidatableResponse response =
        post(GRAPHQL_RESPONSE, "application/json", body)
            .then()
            .statusCode(400)
            .body("$", not(hasKey("data")))
            .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
            .body("errors[0].message", containsString(where));
    assertNoInternals(response);
    post(JSON, "application/json", body)
        .then()
        .statusCode(200)
        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
  }

  /** An error response is a GraphQL error with a message, never Java internals. */
  private static void assertNoInternals(ValidatableResponse response) {
    String body = response.body("errors[0].message", notNullValue()).extract().asString();
    assertThat(body).doesNotContain("Exception", "java.", "io.regtrack", "\tat ");
  }
}
