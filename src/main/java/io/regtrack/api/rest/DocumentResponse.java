package io.regtrack.api.rest;

import io.regtrack.document.DocumentView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A document as {@code GET /api/v1/documents/{id}} returns it (DESIGN.md §4).
 *
 * @param citations the regulation citations found in the body, in text order, each with its
 *     resolved regulation
 * @param meetings the meetings the article reports (merged with other documents' reports of the
 *     same meeting), in the article's order
 * @param persons the persons it names, in the article's order, with the positions stated there
 */
public record DocumentResponse(
    long id,
    String title,
    String source,
    String url,
    String author,
    LocalDateTime publishedAt,
    LocalDate publishedOn,
    String body,
    List<String> captions,
    String contentHash,
    int extractorVersion,
    List<CitationResponse> citations,
    List<MeetingResponse> meetings,
    List<DocumentPersonResponse> persons) {

  static DocumentResponse of(
      DocumentView d,
      List<CitationResponse> citations,
      List<MeetingResponse> meetings,
      List<DocumentPersonResponse> persons) {
    return new DocumentResponse(
        d.id(),
        d.title(),
        d.source(),
        d.url(),
        d.author(),
        d.publishedAt(),
        d.publishedOn(),
        d.body(),
        d.captions(),
        d.contentHash(),
        d.extractorVersion(),
        citations,
        meetings,
        persons);
  }
}
