package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.document.DocumentView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.time.VietnamTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document as {@code GET /api/v1/documents/{id}} returns it (DESIGN.md §4).
 *
 * @param citations the regulation citations found in the body, in text order, each with its
 *     resolved regulation
 * @param meetings the meetings the article reports (merged with other documents' reports of the
 *     same meeting), in the article's order
 * @param persons the persons it names, in the article's order, with the positions stated there
 */
@JsonPropertyOrder({"id", "nodeId"})
public record DocumentResponse(
    @Schema(description = "Document id") long id,
    @Schema(description = "The headline") String title,
    @Schema(description = "The outlet (\"Báo Sóc Trăng\"), or null", nullable = true) String source,
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
    @Schema(
            description =
                "The article text: paragraphs separated by a blank line, without headline, publish line, captions and byline; citation offsets point into it")
        String body,
    @Schema(description = "Photo captions") List<String> captions,
    @Schema(
            description =
                "SHA-256 of the normalized body (hex): the same article ingested again has the same hash")
        String contentHash,
    @Schema(
            description =
                "Version of the extractor that produced the citations, meetings and persons")
        int extractorVersion,
    @Schema(
            description =
                "The regulation citations found in the body, in text order, each with its resolved regulation")
        List<CitationResponse> citations,
    @Schema(
            description =
                "The meetings the article reports (merged with other documents' reports of the same meeting), in the article's order")
        List<MeetingResponse> meetings,
    @Schema(
            description =
                "The persons it names, in the article's order, with the positions stated there")
        List<DocumentPersonResponse> persons) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Document, id);
  }

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
        VietnamTime.withOffset(d.publishedAt()),
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
