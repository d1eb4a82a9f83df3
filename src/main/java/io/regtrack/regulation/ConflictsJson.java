package io.regtrack.regulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code regulation.conflicts} jsonb column: {@code [{"field", "values": [{"value",
 * "documents": [ids]}], "chosen"}]}. Uses Jackson's tree model only (no reflection, native-safe).
 */
final class ConflictsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConflictsJson() {}

  static JsonNode toTree(List<FieldConflict> conflicts) {
    ArrayNode array = MAPPER.createArrayNode();
    for (FieldConflict c : conflicts) {
      ObjectNode o = array.addObject();
      o.put("field", c.field());
      ArrayNode values = o.putArray("values");
      for (FieldConflict.Value v : c.values()) {
        ObjectNode value = values.addObject();
        value.put("value", v.value());
        ArrayNode docs = value.putArray("documents");
        v.documents().forEach(docs::add);
      }
      o.put("chosen", c.chosen());
    }
    return array;
  }

  static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return MAPPER.createArrayNode();
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("regulation.conflicts is not JSON", e);
    }
  }

  static List<FieldConflict> read(String json) {
    List<FieldConflict> conflicts = new ArrayList<>();
    for (JsonNode c : parse(json)) {
      List<FieldConflict.Value> values = new ArrayList<>();
      for (JsonNode v : c.path("values")) {
        List<Long> docs = new ArrayList<>();
        v.path("documents").forEach(d -> docs.add(d.asLong()));
        values.add(new FieldConflict.Value(v.path("value").asText(null), docs));
      }
      conflicts.add(
          new FieldConflict(c.path("field").asText(), values, c.path("chosen").asText(null)));
    }
    return conflicts;
  }

  static String write(JsonNode tree) {
    return tree.toString();
  }
}
