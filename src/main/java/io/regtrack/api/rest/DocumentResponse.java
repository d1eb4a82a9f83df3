package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.document.DocumentView;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
