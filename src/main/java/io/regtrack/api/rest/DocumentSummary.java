package io.regtrack.api.rest;

import io.regtrack.document.DocumentHeader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document in a list: everything but the body. */
public record DocumentSummary(
    @Schema(description = "Document id") long id,
    @Schema(description = "The headline") String title,
    @Schema(description = "The outlet, or null") String source,
    @Schema(description = "Where the article was published, or null") String url,
    @Schema(description = "The byline, or null") String author,
    @Schema(
            implementation = String.class,
            description =
                "Publish time, or null: an ISO-8601 local date-time without offset, the wall time"
                    + " the article or the request states (an offset given on ingest is dropped)."
                    + " Not an RFC 3339 date-time: parse it as a local date-time",
            example = "2022-03-15T10:20:00")
        LocalDateTime publishedAt,
    @Schema(description = "Publish date, or null") LocalDate publishedOn,
    @Schema(description = "SHA-256 of the normalized body (hex)") String contentHash) {

  static DocumentSummary of(DocumentHeader d) {
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
