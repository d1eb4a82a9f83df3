package io.regtrack.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The response check itself ({@link OpenApiResponses}), on the committed document: what it must
 * accept and what it must refuse, so that a green REST suite means the responses were checked.
 */
class OpenApiResponsesTest {
  private static final OpenApiResponses OPENAPI = OpenApiResponses.committed();
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String SUMMARY =
      """
      {"id": 7, "title": "Hội nghị", "source": null, "url": null, "author": null,
       "publishedAt": null, "publishedOn": null, "contentHash": "ab"}""";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String page(String item, String nextCursor) {
    return "{\"items\": [" + item + "], \"nextCursor\": " + nextCursor + "}";
  }

  @Test
  void acceptsADocumentedResponseWithNullsWhereTheSchemaAllowsThem() {
    assertThat(
            OPENAPI.violations(
                "GET",
                "/api/v1/documents",
                200,
                JSON + ";charset=UTF-8",
                bytes(page(SUMMARY, "null"))))
        .isEmpty();
  }

  @Test
  void refusesANullWhereTheSchemaAllowsNone() {
    String noTitle = SUMMARY.replace("\"Hội nghị\"", "null");
    assertThat(
            OPENAPI.violations("GET", "/api/v1/documents", 200, JSON, bytes(page(noTitle, "null"))))
        .singleElement()
        .asString()
        .contains("title");
  }

  @Test
  void refusesAMissingRequiredProperty() {
    String noHash = SUMMARY.replace(", \"contentHash\": \"ab\"", "");
    assertThat(
            OPENAPI.violations("GET", "/api/v1/documents", 200, JSON, bytes(page(noHash, "null"))))
        .singleElement()
        .asString()
        .contains("contentHash");
  }

  @Test
  void refusesADateOutsideItsFormat() {
    String badDate = SUMMARY.replace("\"publishedOn\": null", "\"publishedOn\": \"+99999-01-01\"");
    assertThat(
            OPENAPI.violations("GET", "/api/v1/documents", 200, JSON, bytes(page(badDate, "null"))))
        .isNotEmpty();
  }

  @Test
  void refusesAnUndocumentedStatusOrContentType() {
    assertThat(OPENAPI.violations("GET", "/api/v1/documents/7", 418, PROBLEM, bytes("{}")))
        .singleElement()
        .asString()
        .contains("418 is not documented");
    assertThat(OPENAPI.violations("GET", "/api/v1/documents", 200, "text/html", bytes("<p>")))
        .singleElement()
        .asString()
        .contains("text/html");
  }

  @Test
  void checksProblemsAgainstTheProblemSchema() {
    String problem =
        "{\"type\": \"https://regtrack.io/problems/not-found\", \"title\": \"Not Found\","
            + " \"status\": 404, \"detail\": \"Document 7 was not found\"}";
    assertThat(OPENAPI.violations("GET", "/api/v1/documents/7", 404, PROBLEM, bytes(problem)))
        .isEmpty();
    assertThat(
            OPENAPI.violations(
                "GET", "/api/v1/documents/7", 404, PROBLEM, bytes("{\"detail\": \"gone\"}")))
        .isNotEmpty();
  }

  @Test
  void resolvesAResponseByReferenceAndLeavesUndocumentedPathsAlone() {
    String problem =
        "{\"type\": \"https://regtrack.io/problems/http-406\", \"title\": \"Not Acceptable\","
            + " \"status\": 406}";
    assertThat(OPENAPI.violations("GET", "/api/v1/documents/7", 406, PROBLEM, bytes(problem)))
        .isEmpty();
    assertThat(OPENAPI.violations("GET", "/q/health", 200, JSON, bytes("{\"status\": 1}")))
        .isEmpty();
    assertThat(OPENAPI.template("/api/v1/regulations/lookup"))
        .hasValue("/api/v1/regulations/lookup");
    assertThat(OPENAPI.template("/api/v1/regulations/12")).hasValue("/api/v1/regulations/{id}");
  }

  @Test
  void aPropertyDescribedAsPossiblyNullIsNullableInItsSchema() throws Exception {
    var document =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(java.nio.file.Files.readString(OpenApiResponses.DOCUMENT));
    java.util.List<String> wrong = new java.util.ArrayList<>();
    document
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .fields()
                    .forEachRemaining(
                        property -> {
                          String description = property.getValue().path("description").asText();
                          boolean saysNull =
                              java.util.regex.Pattern.compile("\\bnull\\b")
                                  .matcher(description)
                                  .find();
                          boolean nullable =
                              property.getValue().path("type").toString().contains("\"null\"");
                          if (saysNull && !nullable) {
                            wrong.add(schema.getKey() + "." + property.getKey());
                          }
                        }));
    assertThat(wrong).as("described as null but not nullable in openapi/openapi.yaml").isEmpty();
  }
}
