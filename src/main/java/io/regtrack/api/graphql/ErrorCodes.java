package io.regtrack.api.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Gives every GraphQL error an {@code extensions.code}, so clients switch on codes only: the codes
 * our resolvers set ({@link GraphQlError}) stay; graphql-java's own errors get Apollo's names by
 * their classification. SmallRye's {@code classification} extension (values such as
 * "DataFetchingException") is dropped: it names Java exceptions.
 */
final class ErrorCodes {
  /** The document is not valid against the schema (unknown field, wrong argument type, …). */
  static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

  /** The document does not parse. */
  static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

  /** A depth, complexity or size limit refused the query before it ran. */
  static final String LIMIT_EXCEEDED = "QUERY_LIMIT_EXCEEDED";

  /** A variable's value cannot be coerced to its type. */
  static final String BAD_USER_INPUT = "BAD_USER_INPUT";

  /** Anything else: a server fault, its message hidden. */
  static final String INTERNAL = "INTERNAL_SERVER_ERROR";

  private ErrorCodes() {}

  /** {@code response} with a code on every error, by position in {@code errors}. */
  static JsonObject complete(JsonObject response, List<GraphQLError> errors) {
    JsonValue json = response.get("errors");
    if (!(json instanceof JsonArray array)) {
      return response;
    }
    JsonArrayBuilder out = jsonProvider().createArrayBuilder();
    for (int i = 0; i < array.size(); i++) {
      JsonValue value = array.get(i);
      if (!(value instanceof JsonObject error)) {
        out.add(value);
        continue;
      }
      JsonObject extensions =
          error.get("extensions") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
      JsonObjectBuilder ext =
          jsonProvider().createObjectBuilder(extensions).remove("classification");
      if (!(extensions.get("code") instanceof jakarta.json.JsonString)) {
        ext.add("code", code(i < errors.size() ? errors.get(i) : null));
      }
      out.add(jsonProvider().createObjectBuilder(error).add("extensions", ext));
    }
    return jsonProvider().createObjectBuilder(response).add("errors", out).build();
  }

  static String code(GraphQLError error) {
    if (error == null) {
      return INTERNAL;
    }
    if (error instanceof AbortExecutionException) {
      return LIMIT_EXCEEDED;
    }
    ErrorClassification type = error.getErrorType();
    if (type == ErrorType.ValidationError) {
      String message = String.valueOf(error.getMessage());
      return message.contains("Variable") ? BAD_USER_INPUT : VALIDATION_FAILED;
    }
    if (type == ErrorType.InvalidSyntax) {
      return PARSE_FAILED;
    }
    if (type == ErrorType.ExecutionAborted) {
      return LIMIT_EXCEEDED;
    }
    return INTERNAL;
  }
}
