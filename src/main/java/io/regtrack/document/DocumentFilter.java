package io.regtrack.document;

import java.time.LocalDate;

/**
 * Filters of the document list; {@code null} means "any".
 *
 * @param from earliest publish date (inclusive)
 * @param to latest publish date (inclusive)
 */
public record DocumentFilter(LocalDate from, LocalDate to) {
  public static final DocumentFilter ANY = new DocumentFilter(null, null);
}
