package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live OpenAPI document answers what an integrator needs without asking: every operation has a
 * summary and at least one example, every parameter a description, every success response a schema
 * (and an example), every error response the Problem schema, every request body a typed schema with
 * an example, every schema property a description; and every JSON example fits its schema. Each
 * test lists all the places that fall short.
 */
@QuarkusTest
class OpenApiCompletenessTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Set<String> NO_BODY = Set.of("204", "304");

  private static JsonNode document;

  /** Reads the live document once (the server is up by the first test, not at class load). */
  @BeforeEach
  void readDocument() throws Exception {
    if (document == null) {
      document =
          new ObjectMapper()
              .readTree(
                  given()
                      .queryParam("format", "json")
                      .get("/q/openapi")
                      .then()
                      .statusCode(200)
                      .extract()
                      .asString());
    }
  }

  /** One operation of the document, named "GET /api/v1/meetings". */
  private record Op(String name, JsonNode node) {}

  private static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (METHODS.contains(method.getKey())) {
          ops.add(new Op(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
        }
      }
    }
    return ops;
  }

  @Test
  void theDocumentHasTheOperationsOfTheApi() {
    // A guard for the other tests: they check every operation, so they must see them all.
    assertThat(operations()).hasSizeGreaterThanOrEqualTo(22);
    assertThat(operations())
        .extracting(Op::name)
        .contains(
            "POST /api/v1/documents",
            "GET /api/v1/documents/{id}",
            "DELETE /api/v1/documents/{id}",
            "POST /api/v1/documents:batch",
            "GET /api/v1/meetings",
            "GET /api/v1/meetings/{id}",
            "GET /api/v1/regulations/lookup",
            "GET /api/v1/search",
            "GET /api/v1/changes");
  }

  @Test
  void everyOperationHasASummaryAnIdAndATag() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      if (blank(op.node().path("summary"))) {
        missing.add(op.name() + ": no summary");
      }
      if (blank(op.node().path("operationId"))) {
        missing.add(op.name() + ": no operationId");
      }
      if (op.node().path("tags").isEmpty()) {
        missing.add(op.name() + ": no tag");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyParameterHasADescriptionAndASchema() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      for (JsonNode p : op.node().path("parameters")) {
        JsonNode parameter = resolve(p);
        String name = op.name() + " " + parameter.path("in").asText() + " parameter " + p;
        if (blank(parameter.path("description"))) {
          missing.add(name + ": no description");
        }
        if (parameter.path("schema").isEmpty()) {
          missing.add(name + ": no schema");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everySuccessResponseHasASchemaAndAnExample() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      boolean success = false;
      for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
        String code = response.getKey();
        if (!code.startsWith("2") || NO_BODY.contains(code)) {
          continue;
        }
        success = true;
        String name = op.name() + " " + code;
        JsonNode content = resolve(response.getValue()).path("content");
        if (content.isEmpty()) {
          missing.add(name + ": no content");
        }
        for (Map.Entry<String, JsonNode> media : content.properties()) {
          if (!typed(media.getValue().path("schema"))) {
            missing.add(name + " " + media.getKey() + ": no schema");
          }
          if (!hasExample(media.getValue())) {
            missing.add(name + " " + media.getKey() + ": no example");
          }
        }
      }
      if (!success && !op.node().path("responses").has("204")) {
        missing.add(op.name() + ": no success response");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyErrorResponseIsAProblem() {
    List<String> wrong = new ArrayList<>();
    for (Op op : operations()) {
      for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
        String code = response.getKey();
        if (!(code.startsWith("4") || code.startsWith("5"))) {
          continue;
        }
        String name = op.name() + " " + code;
        JsonNode content = resolve(response.getValue()).path("content");
        JsonNode problem = content.path(Problem.MEDIA_TYPE);
        if (blank(resolve(response.getValue()).path("description"))) {
          wrong.add(name + ": no description");
        }
        if (content.size() != 1 || problem.isMissingNode()) {
          wrong.add(name + ": not (only) " + Problem.MEDIA_TYPE + ": " + content);
        } else if (!problem.path("schema").path("$ref").asText().endsWith("/Problem")) {
          wrong.add(name + ": schema is not the Problem: " + problem.path("schema"));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void secureOperationsAnswer401And403AndNameAKnownScheme() {
    List<String> wrong = new ArrayList<>();
    JsonNode schemes = document.path("components").path("securitySchemes");
    for (Op op : operations()) {
      for (JsonNode requirement : op.node().path("security")) {
        for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
          if (!schemes.has(scheme.getKey())) {
            wrong.add(op.name() + ": unknown security scheme " + scheme.getKey());
          }
        }
        for (String code : List.of("401", "403")) {
          if (!op.node().path("responses").has(code)) {
            wrong.add(op.name() + ": no " + code + " response");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(schemes.properties())
        .as("the API key scheme: Authorization: Bearer <key>")
        .anySatisfy(
            s -> {
              assertThat(s.getValue().path("type").asText()).isEqualTo("http");
              assertThat(s.getValue().path("scheme").asText()).isEqualTo("bearer");
            });
  }

  @Test
  void everyRequestBodyIsTypedWithAnExample() {
    List<String> wrong = new ArrayList<>();
    for (Op op : operations()) {
      JsonNode body = op.node().path("requestBody");
      if (body.isMissingNode()) {
        continue;
      }
      body = resolve(body);
      if (body.path("content").isEmpty()) {
        wrong.add(op.name() + ": a request body without content");
      }
      for (Map.Entry<String, JsonNode> media : body.path("content").properties()) {
        String name = op.name() + " request " + media.getKey();
        JsonNode schema = media.getValue().path("schema");
        boolean binary = "binary".equals(resolve(schema).path("format").asText());
        if (!typed(schema)) {
          wrong.add(name + ": no schema");
        }
        if (isJson(media.getKey()) && resolve(schema).path("properties").isEmpty()) {
          wrong.add(name + ": a JSON body must be an object schema with properties: " + schema);
        }
        if (binary && (media.getKey().startsWith("text/") || media.getKey().contains("json"))) {
          wrong.add(name + ": text declared as binary");
        }
        if (!binary && !hasExample(media.getValue())) {
          wrong.add(name + ": no example");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyOperationHasAnExample() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      if (!hasExampleAnywhere(op.node())) {
        missing.add(op.name());
      }
    }
    assertThat(missing).as("operations without any example").isEmpty();
  }

  @Test
  void everySchemaPropertyHasADescription() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> schema :
        document.path("components").path("schemas").properties()) {
      for (Map.Entry<String, JsonNode> property :
          schema.getValue().path("properties").properties()) {
        if (blank(property.getValue().path("description"))) {
          missing.add(schema.getKey() + "." + property.getKey());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyResponseHeaderHasASchema() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
        for (Map.Entry<String, JsonNode> header :
            resolve(response.getValue()).path("headers").properties()) {
          JsonNode h = resolve(header.getValue());
          if (blank(h.path("description")) || !typed(h.path("schema"))) {
            missing.add(op.name() + " " + response.getKey() + " " + header.getKey());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyJsonExampleFitsItsSchema() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Op op : operations()) {
      List<Map.Entry<String, JsonNode>> media = new ArrayList<>();
      resolve(op.node().path("requestBody")).path("content").properties().forEach(media::add);
      for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
        resolve(response.getValue()).path("content").properties().forEach(media::add);
      }
      for (Map.Entry<String, JsonNode> m : media) {
        if (!isJson(m.getKey())) {
          continue;
        }
        JsonNode schema = m.getValue().path("schema");
        for (Map.Entry<String, JsonNode> example : m.getValue().path("examples").properties()) {
          checked++;
          validate(
              resolve(example.getValue()).path("value"),
              schema,
              op.name() + " " + m.getKey() + " example " + example.getKey() + ": $",
              wrong);
        }
        if (m.getValue().has("example")) {
          checked++;
          validate(m.getValue().get("example"), schema, op.name() + " example: $", wrong);
        }
      }
    }
    assertThat(checked).as("JSON examples checked").isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  /**
   * Checks {@code value} against {@code schema}: no property the schema does not declare, required
   * properties present, types, enums and date formats as declared. null is accepted anywhere (the
   * records leave absent values null).
   */
  private static void validate(JsonNode value, JsonNode schemaNode, String at, List<String> wrong) {
    JsonNode schema = resolve(schemaNode);
    if (value.isNull()) {
      return;
    }
    JsonNode enumeration = schema.path("enum");
    if (enumeration.isArray() && !enumeration.isEmpty()) {
      boolean listed = false;
      for (JsonNode e : enumeration) {
        listed |= e.equals(value);
      }
      if (!listed) {
        wrong.add(at + ": " + value + " is not one of " + enumeration);
      }
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          wrong.add(at + ": expected an object, got " + value);
          return;
        }
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
          if (!properties.has(field.getKey())) {
            wrong.add(at + "." + field.getKey() + ": not a property of the schema");
          } else {
            validate(
                field.getValue(), properties.get(field.getKey()), at + "." + field.getKey(), wrong);
          }
        }
        for (JsonNode required : schema.path("required")) {
          if (!value.has(required.asText())) {
            wrong.add(at + ": the required property " + required.asText() + " is missing");
          }
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          wrong.add(at + ": expected an array, got " + value);
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          validate(value.get(i), schema.path("items"), at + "[" + i + "]", wrong);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          wrong.add(at + ": expected a string, got " + value);
          return;
        }
        try {
          switch (schema.path("format").asText()) {
            case "date" -> LocalDate.parse(value.asText());
            case "date-time" -> OffsetDateTime.parse(value.asText());
            default -> {}
          }
        } catch (DateTimeParseException e) {
          wrong.add(at + ": " + value + " is not a " + schema.path("format").asText());
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          wrong.add(at + ": expected an integer, got " + value);
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          wrong.add(at + ": expected a number, got " + value);
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          wrong.add(at + ": expected a boolean, got " + value);
        }
      }
      default -> wrong.add(at + ": the schema has no type: " + schemaNode);
    }
  }

  /** The node a {@code $ref} points to (the node itself without one), with siblings merged. */
  private static JsonNode resolve(JsonNode node) {
    if (node == null || !node.has("$ref")) {
      return node;
    }
    String ref = node.get("$ref").asText();
    assertThat(ref).as("only local references").startsWith("#/");
    JsonNode target = document;
    for (String part : ref.substring(2).split("/")) {
      target = target.path(part);
    }
    assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
    return resolve(target);
  }

  /** Whether the schema says what the content is: a reference or a type. */
  private static boolean typed(JsonNode schema) {
    return schema.has("$ref") || !blank(schema.path("type"));
  }

  /** Whether the node has an example, or examples that (once resolved) have a value. */
  private static boolean hasExample(JsonNode node) {
    if (node.has("example")) {
      return true;
    }
    boolean any = false;
    for (JsonNode example : node.path("examples")) {
      JsonNode e = resolve(example);
      if (!e.isObject() || !(e.has("value") || e.has("externalValue"))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /** An example on a parameter, on the request or a response, or in a schema they reference. */
  private static boolean hasExampleAnywhere(JsonNode operation) {
    for (JsonNode p : operation.path("parameters")) {
      if (hasExample(resolve(p)) || schemaHasExample(resolve(p).path("schema"), 0)) {
        return true;
      }
    }
    List<JsonNode> media = new ArrayList<>();
    resolve(operation.path("requestBody")).path("content").forEach(media::add);
    operation
        .path("responses")
        .forEach(response -> resolve(response).path("content").forEach(media::add));
    for (JsonNode m : media) {
      if (hasExample(m) || schemaHasExample(m.path("schema"), 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean schemaHasExample(JsonNode schemaNode, int depth) {
    JsonNode schema = resolve(schemaNode);
    if (schema == null || schema.isMissingNode() || depth > 3) {
      return false;
    }
    if (schema.has("example") || !schema.path("examples").isEmpty()) {
      return true; // a schema's examples are a list of values (OpenAPI 3.1)
    }
    for (JsonNode property : schema.path("properties")) {
      if (schemaHasExample(property, depth + 1)) {
        return true;
      }
    }
    return schemaHasExample(schema.path("items"), depth + 1);
  }

  private static boolean blank(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() || node.asText().isBlank();
  }
}
