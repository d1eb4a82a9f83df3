package io.regtrack.api.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clear error per bad input, with nothing internal (issue 15). SmallRye GraphQL reports an
 * argument whose value does not convert ("2022-13-45" in a filter's Date, 1.5 for an Int) as
 * "argument 'filter' with value 'StringValue{value='{…}'}' is not a valid 'Unknown Scalar Type
 * [io.regtrack.api.graphql.MeetingFilterInput]'" or as "System error" with the code {@code
 * coercing-parse-literal}, and then adds a second, spurious INTERNAL_SERVER_ERROR for the non-null
 * field it left null. Here such an error becomes BAD_USER_INPUT with a message naming the argument
 * (or the field whose argument it is), graphql-java's AST dumps ({@code StringValue{value='x'}})
 * become the literal, the follow-on null error is dropped, and the good-faith introspection limit
 * is a QUERY_LIMIT_EXCEEDED, not a server fault.
 */
final class InputErrors {
  // "argument 'filter' with value 'StringValue{…}' is not a valid 'Unknown Scalar Type […]'"
  private static final Pattern INVALID_ARGUMENT =
      Pattern.compile("(?s)^argument '(\\w+)' with value .* is not a valid '.*'$");

  // "StringValue{value='x'}", "IntValue{value=5}": graphql-java's AST node printed in a message
  private static final Pattern AST_VALUE =
      Pattern.compile("(String|Int|Float|Boolean|Enum)Value\\{value='?([^'{}]*)'?}");

  private static final String COERCING = "coercing-parse-literal";
  private static final String NULL_BUBBLE = "wrongly returned a null value";
  private static final String GOOD_FAITH = "not asking for introspection in good faith";

  private InputErrors() {}

  static JsonObject tidy(JsonObject response) {
    if (!(response.get("errors") instanceof JsonArray errors)) {
      return response;
    }
    JsonArrayBuilder out = jsonProvider().createArrayBuilder();
    boolean inputError = false;
    JsonArrayBuilder kept = jsonProvider().createArrayBuilder();
    for (JsonValue value : errors) {
      JsonValue tidied = value instanceof JsonObject error ? tidyOne(error) : value;
      if (tidied instanceof JsonObject e) {
        String code = code(e);
        inputError |=
            ErrorCodes.BAD_USER_INPUT.equals(code) || ErrorCodes.VALIDATION_FAILED.equals(code);
      }
      kept.add(tidied);
    }
    for (JsonValue value : kept.build()) {
      if (inputError
          && value instanceof JsonObject e
          && ErrorCodes.INTERNAL.equals(code(e))
          && message(e).contains(NULL_BUBBLE)) {
        continue; // the null a refused argument left behind, not a second error
      }
      out.add(value);
    }
    return jsonProvider().createObjectBuilder(response).add("errors", out).build();
  }

  private static JsonObject tidyOne(JsonObject error) {
    String message = message(error);
    String code = code(error);
    Matcher invalid = INVALID_ARGUMENT.matcher(message);
    if (invalid.matches()) {
      return with(
          error,
          "Argument '"
              + invalid.group(1)
              + "' has a value of the wrong type or format (dates are ISO-8601 such as 2022-02-08;"
              + " an Int is a whole number)",
          ErrorCodes.BAD_USER_INPUT);
    }
    if (COERCING.equals(code)) {
      return with(
          error,
          "An argument of '"
              + field(error)
              + "' has a value of the wrong type (an Int must be a whole number)",
          ErrorCodes.BAD_USER_INPUT);
    }
    if (message.contains(GOOD_FAITH)) {
      return with(
          error,
          "Introspection limit: at most one __schema and one __type field per request",
          ErrorCodes.LIMIT_EXCEEDED);
    }
    Matcher ast = AST_VALUE.matcher(message);
    if (ast.find()) {
      StringBuilder sb = new StringBuilder();
      do {
        String literal = ast.group(1).equals("String") ? "\"" + ast.group(2) + "\"" : ast.group(2);
        ast.appendReplacement(sb, Matcher.quoteReplacement(literal));
      } while (ast.find());
      ast.appendTail(sb);
      return with(error, sb.toString(), code);
    }
    return error;
  }

  private static String field(JsonObject error) {
    if (error.get("path") instanceof JsonArray path && !path.isEmpty()) {
      JsonValue last = path.get(path.size() - 1);
      return last instanceof JsonString s ? s.getString() : last.toString();
    }
    return "the query";
  }

  private static JsonObject with(JsonObject error, String message, String code) {
    JsonObject extensions =
        error.get("extensions") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
    return jsonProvider()
        .createObjectBuilder(error)
        .add("message", message)
        .add("extensions", jsonProvider().createObjectBuilder(extensions).add("code", code))
        .build();
  }

  private static String message(JsonObject error) {
    return error.get("message") instanceof JsonString s ? s.getString() : "";
  }

  private static String code(JsonObject error) {
    return error.get("extensions") instanceof JsonObject e && e.get("code") instanceof JsonString s
        ? s.getString()
        : null;
  }
}
