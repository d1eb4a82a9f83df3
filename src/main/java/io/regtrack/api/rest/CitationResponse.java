package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.ingest.FoundCitation;
import io.regtrack.regulation.CitationForm;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A citation (DESIGN.md §4): one mention of a regulation.
 *
 * @param id citation id; null for citations found by {@code POST /citations/extract} (not stored)
 * @param text the exact text of the span
 * @param start first UTF-16 offset (inclusive) into the document body, or into the submitted text
 * @param end last offset (exclusive)
 * @param form FULL (kind, number and symbol), SHORT ("Quy định 58") or NAMED
 * @param stated what the mention itself stated
 * @param regulation the regulation it resolves to; null when the registry does not know it
 */
@JsonPropertyOrder({"id", "nodeId"})
public record CitationResponse(
    @Schema(
            description =
                "Citation id; null for citations found by POST /citations/extract (not stored)",
            nullable = true)
        Long id,
    @Schema(description = "The exact text of the span") String text,
    @Schema(
            description =
                "First UTF-16 offset (inclusive) into the document body, or into the submitted text")
        int start,
    @Schema(description = "Last offset (exclusive)") int end,
    @Schema(description = "FULL (kind, number and symbol), SHORT (\"Quy định 58\") or NAMED")
        CitationForm form,
    @Schema(description = "What the mention itself stated") StatedResponse stated,
    @Schema(
            description = "The regulation it resolves to; null when the registry does not know it",
            nullable = true)
        RegulationResponse regulation) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(
      description =
          "Opaque global id, the same value as the GraphQL Node.id; null for citations found by"
              + " POST /citations/extract (not stored)",
      nullable = true)
  public String nodeId() {
    return id == null ? null : GlobalId.of(NodeType.Citation, id);
  }

  static CitationResponse of(CitationView c, Map<Long, RegulationDetail> regulations) {
    return new CitationResponse(
        c.id(),
        c.text(),
        c.start(),
        c.end(),
        c.form(),
        StatedResponse.of(c.stated()),
        RegulationResponse.of(regulations.get(c.regulationId())));
  }

  static CitationResponse of(FoundCitation c) {
    return new CitationResponse(
        null,
        c.text(),
        c.start(),
        c.end(),
        c.form(),
        StatedResponse.of(c.stated()),
        RegulationResponse.of(c.regulation()));
  }
}
