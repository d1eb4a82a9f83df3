package io.regtrack.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a real HTTP response against the committed OpenAPI document ({@code openapi/openapi.yaml},
 * which {@link OpenApiDocumentTest} keeps equal to the live one): the status must be documented for
 * the operation, the Content-Type must be one the response declares, and a JSON body must validate
 * against the declared schema (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary, formats
 * asserted, {@code $ref}s resolved inside the document).
 *
 * <p>Paths the document does not describe (the {@code /q} endpoints, GraphQL, an unknown URL) are
 * not checked: there is nothing to check them against; nor are OPTIONS requests (CORS preflights,
 * answered by the HTTP layer). A documented path answered for a method it does not document must be
 * a 405.
 */
final class OpenApiResponses {
  static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
  private static final String BASE = "https://regtrack.test/openapi.json";
  private static final Pattern TEMPLATE = Pattern.compile("\\{[^/}]+}");

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  /** One documented path, as a pattern over request paths; literal paths sort first. */
  private record PathTemplate(String template, Pattern pattern, int literalLength) {}

  OpenApiResponses(String yaml) {
    try {
      this.document = new YAMLMapper().readTree(yaml);
      String documentJson = json.writeValueAsString(strict(document.deepCopy()));
      this.registry =
          SchemaRegistry.withDialect(
              Dialects.getOpenApi31(),
              builder ->
                  builder
                      .schemas(Map.of(BASE, documentJson))
                      .schemaRegistryConfig(
                          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<String> names = document.path("paths").fieldNames();
    while (names.hasNext()) {
      String template = names.next();
      Matcher variable = TEMPLATE.matcher(template);
      StringBuilder regex = new StringBuilder();
      int literal = 0;
      while (variable.find()) {
        regex.append(Pattern.quote(template.substring(literal, variable.start()))).append("[^/]+");
        literal = variable.end();
      }
      regex.append(Pattern.quote(template.substring(literal)));
      paths.add(
          new PathTemplate(
              template,
              Pattern.compile(regex.toString()),
              TEMPLATE.matcher(template).replaceAll("").length()));
    }
    paths.sort((a, b) -> Integer.compare(b.literalLength(), a.literalLength()));
  }

  static OpenApiResponses committed() {
    try {
      return new OpenApiResponses(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented path template a request path falls under, if any. */
  Optional<String> template(String path) {
    return paths.stream()
        .filter(p -> p.pattern().matcher(path).matches())
        .map(PathTemplate::template)
        .findFirst();
  }

  /**
   * What is wrong with this response by the document: an empty list when it is as documented or
   * when the document does not describe its path.
   *
   * @param method the request method (HEAD is checked as GET, without a body)
   * @param path the request path, without query
   * @param status the response status
   * @param contentType the response Content-Type header, or null
   * @param body the response body (empty for none)
   */
  List<String> violations(String method, String path, int status, String contentType, byte[] body) {
    Optional<String> template = template(path);
    if (template.isEmpty() || method.equalsIgnoreCase("OPTIONS")) {
      return List.of(); // nothing to check against; OPTIONS is the HTTP layer's CORS preflight
    }
    String verb = method.toLowerCase(Locale.ROOT);
    boolean head = verb.equals("head");
    JsonNode operation = document.path("paths").path(template.get()).path(head ? "get" : verb);
    String what = method + " " + path + " → " + status;
    if (operation.isMissingNode()) {
      return status == 405
          ? List.of()
          : List.of(what + ": " + method + " is not documented for " + template.get());
    }
    JsonNode responses = operation.path("responses");
    String key = String.valueOf(status);
    if (!responses.has(key)) {
      key = status / 100 + "XX";
    }
    if (!responses.has(key)) {
      key = "default";
    }
    if (!responses.has(key)) {
      return List.of(what + ": status " + status + " is not documented for this operation");
    }
    String pointer =
        "/paths/" + escape(template.get()) + "/" + (head ? "get" : verb) + "/responses/" + key;
    JsonNode response = responses.path(key);
    if (response.has("$ref")) {
      pointer = response.path("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    JsonNode content = response.path("content");
    boolean emptyBody = body == null || body.length == 0;
    if (content.isMissingNode() || content.isEmpty()) {
      return emptyBody || head
          ? List.of()
          : List.of(what + ": a body was sent where the document declares none");
    }
    if (head || (emptyBody && (status == 204 || status == 304))) {
      return List.of();
    }
    String media =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!content.has(media)) {
      return List.of(
          what + ": Content-Type '" + contentType + "' is not one of " + fieldNames(content));
    }
    if (!(media.equals("application/json") || media.endsWith("+json"))) {
      return List.of();
    }
    JsonNode instance;
    try {
      instance = json.readTree(body);
    } catch (IOException e) {
      return List.of(what + ": the " + media + " body is not JSON");
    }
    return validate(pointer + "/content/" + escape(media) + "/schema", instance).stream()
        .map(v -> what + ": " + v)
        .toList();
  }

  /**
   * What is wrong with {@code instance} by the schema at {@code schemaPointer} (a JSON pointer into
   * the document, such as {@code /components/schemas/Problem}).
   */
  List<String> validate(String schemaPointer, JsonNode instance) {
    Schema schema =
        schemas.computeIfAbsent(
            schemaPointer,
            p -> registry.getSchema(SchemaLocation.of(BASE + "#" + encodeFragment(p))));
    List<String> found = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      found.add(error.getInstanceLocation() + " " + error.getMessage());
    }
    return found;
  }

  /**
   * The document as the check reads it: an object schema that lists its properties lists all of
   * them ({@code additionalProperties: false} unless it says otherwise), so a property the document
   * does not describe fails the check like a wrong type does. The served document is left as it is:
   * clients must tolerate new properties.
   */
  private static JsonNode strict(JsonNode document) {
    document
        .path("components")
        .path("schemas")
        .forEach(
            schema -> {
              if (schema.has("properties") && !schema.has("additionalProperties")) {
                ((ObjectNode) schema).put("additionalProperties", false);
              }
            });
    return document;
  }

  /**
   * Fails with an {@link AssertionError} listing the {@link #violations} of this response and the
   * start of its body, when there are any.
   */
  void check(String method, String path, int status, String contentType, byte[] body) {
    List<String> violations = violations(method, path, status, contentType, body);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "The response does not match openapi/openapi.yaml:\n  "
              + String.join("\n  ", violations)
              + "\nbody: "
              + new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8));
    }
  }

  /** RFC 6901 escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as a URI fragment (braces of path templates percent-encoded). */
  private static String encodeFragment(String pointer) {
    return pointer.replace("{", "%7B").replace("}", "%7D");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
