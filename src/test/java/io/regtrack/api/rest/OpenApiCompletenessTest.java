package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  void everyJsonExampleFitsItsSchema() throws Exception {
    OpenApiResponses openApi =
        new OpenApiResponses(new ObjectMapper().writeValueAsString(document));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        String operation =
            "/paths/" + OpenApiResponses.escape(path.getKey()) + "/" + method.getKey();
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        bodies.put(operation + "/requestBody", method.getValue().path("requestBody"));
        for (Map.Entry<String, JsonNode> response :
            method.getValue().path("responses").properties()) {
          bodies.put(operation + "/responses/" + response.getKey(), response.getValue());
        }
        for (Map.Entry<String, JsonNode> body : bodies.entrySet()) {
          String at = body.getKey();
          JsonNode node = body.getValue();
          if (node.has("$ref")) {
            at = node.get("$ref").asText().substring(1);
            node = resolve(node);
          }
          for (Map.Entry<String, JsonNode> m : node.path("content").properties()) {
            if (!isJson(m.getKey())) {
              continue;
            }
            String schema = at + "/content/" + OpenApiResponses.escape(m.getKey()) + "/schema";
            List<Map.Entry<String, JsonNode>> examples = new ArrayList<>();
            m.getValue().path("examples").properties().forEach(examples::add);
            if (m.getValue().has("example")) {
              examples.add(Map.entry("example", m.getValue().get("example")));
            }
            for (Map.Entry<String, JsonNode> example : examples) {
              checked++;
              JsonNode value =
                  example.getKey().equals("example") && !m.getValue().has("examples")
                      ? example.getValue()
                      : resolve(example.getValue()).path("value");
              for (String problem : openApi.validate(schema, value)) {
                wrong.add(
                    method.getKey().toUpperCase()
                        + " "
                        + path.getKey()
                        + " "
                        + m.getKey()
                        + " example "
                        + example.getKey()
                        + ": "
                        + problem);
              }
            }
          }
        }
      }
    }
    assertThat(checked).as("JSON examples checked").isGreaterThan(40);
    assertThat(wrong).isEmpty();
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
