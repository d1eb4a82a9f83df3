package io.regtrack.document;

import io.regtrack.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters of the document list; {@code null} means "any".
 *
 * @param from earliest publish date (inclusive)
 * @param to latest publish date (inclusive)
 * @param regulationIds documents citing one of these regulations; {@code null} for any, empty for
 *     none (a symbol no regulation has)
 */
public record DocumentFilter(LocalDate from, LocalDate to, List<Long> regulationIds) {
  public static final DocumentFilter ANY = new DocumentFilter(null, null, null);

  /**
   * @throws InvalidInputException naming {@code to} when it is before {@code from}
   */
  public DocumentFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException(
          "to", "to (" + to + ") is before from (" + from + "): no date lies between them");
    }
    regulationIds = regulationIds == null ? null : List.copyOf(regulationIds);
  }
}
