package io.regtrack.document;

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

  public DocumentFilter {
    regulationIds = regulationIds == null ? null : List.copyOf(regulationIds);
  }
}
