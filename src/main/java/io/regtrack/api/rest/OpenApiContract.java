package io.regtrack.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the annotations cannot say once per document, applied when the document is built (issue 15:
 * the document must tell typed clients and validators the truth):
 *
 * <ul>
 *   <li><b>required</b>: Jackson writes every record component of a response, null or not (only
 *       {@link Problem} and {@link SearchHitResponse} leave nulls out, and they declare their
 *       required properties themselves), so every property of a response schema is required; a null
 *       is allowed only where the component says {@code nullable = true}. Schemas reachable from a
 *       request body keep what they declare: there a field may be left out.
 *   <li><b>security</b>: an operation without a security requirement is public and says so with
 *       {@code security: []}.
 *   <li><b>406</b>: every operation answers an Accept header it cannot satisfy with a 406 problem.
 *   <li><b>servers</b>: the paths are relative to the server that serves the document.
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = -100)
public final class OpenApiContract implements OASFilter {
  static final String SCHEMA_PREFIX = "#/components/schemas/";
  static final String NOT_ACCEPTABLE = "NotAcceptable";

  /**
   * The body of a 406: OpenApiExamples.PROBLEM_406 as an object (a string would not fit Problem).
   */
  private static final Map<String, Object> NOT_ACCEPTABLE_EXAMPLE =
      parse(OpenApiExamples.PROBLEM_406);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
      openAPI.addServer(
          OASFactory.createServer()
              .url("/")
              .description(
                  "The server that serves this document: the paths are the same on every"
                      + " deployment (http://localhost:8080 in dev mode)"));
    }
    var components = openAPI.getComponents();
    if (components == null || openAPI.getPaths() == null) {
      return;
    }
    components.addResponse(
        NOT_ACCEPTABLE,
        OASFactory.createAPIResponse()
            .description(OpenApiTexts.NOT_ACCEPTABLE_ANY)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))
                            .addExample(
                                "notAcceptable",
                                OASFactory.createExample().value(NOT_ACCEPTABLE_EXAMPLE)))));
    Set<String> requestSchemas = new HashSet<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getSecurity() == null) {
          operation.setSecurity(new ArrayList<>());
        }
        APIResponses responses = operation.getResponses();
        if (responses != null && !responses.hasAPIResponse("406")) {
          responses.addAPIResponse(
              "406",
              OASFactory.createAPIResponse().ref("#/components/responses/" + NOT_ACCEPTABLE));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
          for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            collectRefs(media.getSchema(), components.getSchemas(), requestSchemas);
          }
        }
      }
    }
    Map<String, Schema> schemas = components.getSchemas();
    if (schemas == null) {
      return;
    }
    schemas.forEach(
        (name, schema) -> {
          if (requestSchemas.contains(name)
              || schema.getProperties() == null
              || schema.getProperties().isEmpty()
              || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
            return;
          }
          schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        });
  }

  /** Adds the names of the component schemas {@code root} refers to, directly or not. */
  private static void collectRefs(Schema root, Map<String, Schema> components, Set<String> names) {
    Deque<Schema> todo = new ArrayDeque<>();
    if (root != null) {
      todo.push(root);
    }
    while (!todo.isEmpty()) {
      Schema schema = todo.pop();
      String ref = schema.getRef();
      if (ref != null && ref.startsWith(SCHEMA_PREFIX)) {
        String name = ref.substring(SCHEMA_PREFIX.length());
        if (names.add(name) && components != null && components.get(name) != null) {
          todo.push(components.get(name));
        }
      }
      List<Schema> children = new ArrayList<>();
      if (schema.getProperties() != null) {
        children.addAll(schema.getProperties().values());
      }
      if (schema.getItems() != null) {
        children.add(schema.getItems());
      }
      Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
          .filter(Objects::nonNull)
          .forEach(children::addAll);
      children.forEach(todo::push);
    }
  }

  private static Map<String, Object> parse(String json) {
    try {
      return new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("OpenApiExamples holds JSON", e);
    }
  }
}
