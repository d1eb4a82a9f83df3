package io.regtrack.api.rest;

import io.regtrack.document.DocumentView;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A document in a list: everything but the body. */
public record DocumentSummary(
    long id,
    String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    String contentHash) {

  static DocumentSummary of(DocumentView d) {
    return new DocumentSummary(
        d.id(),
        d.title(),
        d.source(),
        d.url(),
        d.author(),
        d.publishedAt(),
        d.publishedOn(),
        d.contentHash());
  }
}
