package io.regtrack.api.rest;

import io.regtrack.document.DocumentHeader;
import io.regtrack.shared.time.VietnamTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document in a list: everything but the body. */
public record DocumentSummary(
    @Schema(description = "Document id") long id,
    @Schema(description = "The headline") String title,
    @Schema(description = "The outlet, or null", nullable = true) String source,
    @Schema(description = "Where the article was published, or null", nullable = true) String url,
    @Schema(description = "The byline, or null", nullable = true) String author,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            description = OpenApiTexts.PUBLISHED_AT,
            example = "2022-03-15T10:20:00+07:00",
            nullable = true)
        OffsetDateTime publishedAt,
    @Schema(description = "Publish date, or null", nullable = true) LocalDate publishedOn,
    @Schema(description = "SHA-256 of the normalized body (hex)") String contentHash) {

  static DocumentSummary of(DocumentHeader d) {
    return new DocumentSummary(
        d.id(),
        d.title(),
        d.source(),
        d.url(),
        d.author(),
        VietnamTime.withOffset(d.publishedAt()),
        d.publishedOn(),
        d.contentHash());
  }
}
