package io.regtrack.api.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Java class names from GraphQL error messages. When a variable value has the wrong type,
 * graphql-java's coercion messages name the Java class of the decoded JSON value, for example
 * "Expected a String input, but it was a 'LinkedHashMap'" or "Expected type 'Map' but was
 * 'ArrayList'. Variables for input objects must be an instance of type 'Map'." Clients sent JSON,
 * so these messages name the JSON kind instead: "… but it was a JSON object".
 */
final class JavaTypeNames {
  private static final Pattern BUT_IT_WAS = Pattern.compile("but it was an? '([\\w.$\\[\\]]+)'");
  private static final Pattern INPUT_OBJECT =
      Pattern.compile(
          "Expected type 'Map' but was '([\\w.$\\[\\]]+)'\\. Variables for input objects must be"
              + " an instance of type 'Map'\\.");
  private static final Set<String> NUMBERS =
      Set.of(
          "BigDecimal",
          "BigInteger",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Number");

  private JavaTypeNames() {}

  /** The GraphQL response with its error messages rewritten; unchanged without such messages. */
  static JsonObject scrub(JsonObject response) {
    JsonValue errors = response.get("errors");
    if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
      return response;
    }
    boolean changed = false;
    JsonArrayBuilder scrubbed = jsonProvider().createArrayBuilder();
    for (JsonValue error : (JsonArray) errors) {
      if (error.getValueType() == JsonValue.ValueType.OBJECT
          && error.asJsonObject().get("message") instanceof JsonString message) {
        String text = message.getString();
        String clean = scrub(text);
        if (!clean.equals(text)) {
          changed = true;
          error =
              jsonProvider()
                  .createObjectBuilder(error.asJsonObject())
                  .add("message", clean)
                  .build();
        }
      }
      scrubbed.add(error);
    }
    return changed
        ? jsonProvider().createObjectBuilder(response).add("errors", scrubbed).build()
        : response;
  }

  /** One message with the Java class names of JSON values replaced by JSON kinds. */
  static String scrub(String message) {
    Matcher inputObject = INPUT_OBJECT.matcher(message);
    String text =
        inputObject.replaceAll(
            m ->
                Matcher.quoteReplacement(
                    "Expected a JSON object but it was " + kind(m.group(1)) + "."));
    return BUT_IT_WAS
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement("but it was " + kind(m.group(1))));
  }

  /** "a JSON object", "a JSON array", … for the simple name of a Java class. */
  static String kind(String javaType) {
    String name = javaType.substring(javaType.lastIndexOf('.') + 1);
    if (name.endsWith("Map")) {
      return "a JSON object";
    }
    if (name.endsWith("List") || name.endsWith("Set") || name.endsWith("[]")) {
      return "a JSON array";
    }
    if (NUMBERS.contains(name)) {
      return "a JSON number";
    }
    if (name.equals("Boolean")) {
      return "a JSON boolean";
    }
    if (name.equals("String")) {
      return "a JSON string";
    }
    return "a value of another type";
  }
}
