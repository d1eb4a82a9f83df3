package io.regtrack.api.graphql;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;

/** Reading id arguments: global ids, and database ids for clients coming from REST. */
final class Ids {
  private Ids() {}

  /**
   * The database id an {@code ID} argument names: a global id of {@code type}, or a positive
   * database id ("12").
   *
   * @throws InvalidInputException naming {@code argument} otherwise
   */
  static long key(String argument, String value, NodeType type) {
    if (value != null
        && !value.isEmpty()
        && value.length() <= 18
        && value.chars().allMatch(Character::isDigit)) {
      long key = Long.parseLong(value);
      if (key > 0) {
        return key;
      }
    }
    return GlobalId.decode(argument, value, type);
  }

  /** The database id when {@code value} is a global id of {@code type}, else {@code null}. */
  static Long keyIfId(String value, NodeType type) {
    return GlobalId.parse(value).filter(id -> id.type() == type).map(GlobalId::id).orElse(null);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
