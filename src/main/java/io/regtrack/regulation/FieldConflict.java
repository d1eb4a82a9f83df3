package io.regtrack.regulation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "A field on which the documents citing a regulation disagree")
public record FieldConflict(
    @Schema(
            description =
                "The field: kind, number, symbol, issuer, issuedOn, title, chapters, articles or"
                    + " term",
            example = "issuedOn")
        String field,
    @Schema(description = "Every value stated, most documents first") List<Value> values,
    @Schema(description = "The value kept", example = "2022-02-08") String chosen) {

  public FieldConflict {
    values = List.copyOf(values);
  }

  /**
   * One stated value.
   *
   * @param value the value as first stated (dates ISO-8601)
   * @param documents ids of the documents stating it, ascending
   */
  @Schema(name = "FieldConflictValue", description = "One stated value")
  public record Value(
      @Schema(description = "The value as first stated (dates ISO-8601)", example = "2022-02-08")
          String value,
      @Schema(description = "Ids of the documents stating it, ascending") List<Long> documents) {
    public Value {
      documents = List.copyOf(documents);
    }
  }
}
