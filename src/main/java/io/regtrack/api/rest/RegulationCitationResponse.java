package io.regtrack.api.rest;

import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.CitingDocument;
import java.time.LocalDate;

/**
 * A citation of a regulation, with the document it is in ({@code GET /regulations/{id}/citations}).
 *
 * @param id citation id
 * @param document the citing document {id, title, publishedOn}
 * @param text the exact text of the span
 * @param start first UTF-16 offset into the document body (inclusive)
 * @param end last offset (exclusive)
 * @param form FULL, SHORT or NAMED
 * @param stated what the mention itself stated
 */
public record RegulationCitationResponse(
    long id,
    DocumentRef document,
    String text,
    int start,
    int end,
    CitationForm form,
    StatedResponse stated) {

  /**
   * A citing document.
   *
   * @param id document id
   * @param title headline
   * @param publishedOn publish date, or null
   */
  public record DocumentRef(long id, String title, LocalDate publishedOn) {
    static DocumentRef of(CitingDocument d) {
      return d == null ? null : new DocumentRef(d.id(), d.title(), d.publishedOn());
    }
  }

  static RegulationCitationResponse of(CitationView c) {
    return new RegulationCitationResponse(
        c.id(),
        DocumentRef.of(c.document()),
        c.text(),
        c.start(),
        c.end(),
        c.form(),
        StatedResponse.of(c.stated()));
  }
}
