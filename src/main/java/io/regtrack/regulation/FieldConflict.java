package io.regtrack.regulation;

import java.util.List;

/**
 * A field on which the documents citing a regulation disagree. The registry keeps the value most
 * documents state (ties: the one stated first) and records the others here; it never creates a
 * second regulation for a disagreement.
 *
 * @param field the field: {@code kind}, {@code number}, {@code symbol}, {@code issuer}, {@code
 *     issuedOn}, {@code title}, {@code chapters}, {@code articles} or {@code term}
 * @param values every value stated, most documents first
 * @param chosen the value kept
 */
public record FieldConflict(String field, List<Value> values, String chosen) {

  public FieldConflict {
    values = List.copyOf(values);
  }

  /**
   * One stated value.
   *
   * @param value the value as first stated (dates ISO-8601)
   * @param documents ids of the documents stating it, ascending
   */
  public record Value(String value, List<Long> documents) {
    public Value {
      documents = List.copyOf(documents);
    }
  }
}
