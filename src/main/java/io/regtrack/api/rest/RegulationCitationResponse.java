package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.CitingDocument;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@JsonPropertyOrder({"id", "nodeId"})
public record RegulationCitationResponse(
    @Schema(description = "Citation id") long id,
    @Schema(description = "The citing document {id, title, publishedOn}") DocumentRef document,
    @Schema(description = "The exact text of the span") String text,
    @Schema(description = "First UTF-16 offset into the document body (inclusive)") int start,
    @Schema(description = "Last offset (exclusive)") int end,
    @Schema(description = "FULL, SHORT or NAMED") CitationForm form,
    @Schema(description = "What the mention itself stated") StatedResponse stated) {

  /**
   * A citing document.
   *
   * @param id document id
   * @param title headline
   * @param publishedOn publish date, or null
   */
  @Schema(name = "CitingDocument")
  public record DocumentRef(
      @Schema(description = "Document id") long id,
      @Schema(description = "Headline") String title,
      @Schema(description = "Publish date, or null", nullable = true) LocalDate publishedOn) {
    static DocumentRef of(CitingDocument d) {
      return d == null ? null : new DocumentRef(d.id(), d.title(), d.publishedOn());
    }
  }

  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Citation, id);
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
