package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.regulation.FieldConflict;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationSummary;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A regulation as the REST API returns it (DESIGN.md §4).
 *
 * @param id regulation id
 * @param kind REGULATION, DIRECTIVE, …
 * @param kindLabel the Vietnamese word for the kind ("Quy định")
 * @param number the number, leading zeros kept ("01")
 * @param symbol canonical symbol ("58-QĐ/TW"), or null
 * @param symbolInferred true when the symbol was built from kind + issuer and never stated
 * @param issuer the issuing organization {id, name}, or null
 * @param issuerInferred true when the issuer was not written in full with the document: implied by
 *     the symbol's suffix ("…/HU") or completed with the article's place
 * @param issuedOn issue date (the value most citing documents state), or null
 * @param title title, or null
 * @param chapters number of chapters, or null
 * @param articles number of articles, or null
 * @param term the Party term ("khóa XI"), or null
 * @param relations relations stated by any document, one per (type, direction, regulation)
 * @param citationCount citations across all documents
 * @param documentCount documents citing it
 * @param meetingCount meetings that disseminated, reviewed or discussed it
 * @param conflicts fields on which citing documents disagree: every value with the documents
 *     stating it, and the value chosen
 */
@JsonPropertyOrder({"id", "nodeId"})
public record RegulationResponse(
    @Schema(description = "Regulation id") long id,
    @Schema(description = "REGULATION, DIRECTIVE, …") RegulationKind kind,
    @Schema(description = "The Vietnamese word for the kind (\"Quy định\")") String kindLabel,
    @Schema(description = "The number, leading zeros kept (\"01\")") String number,
    @Schema(description = "Canonical symbol (\"58-QĐ/TW\"), or null", nullable = true)
        String symbol,
    @Schema(description = "True when the symbol was built from kind + issuer and never stated")
        boolean symbolInferred,
    @Schema(description = "The issuing organization {id, name}, or null", nullable = true)
        IssuerResponse issuer,
    @Schema(
            description =
                "True when the issuer was not written in full with the document: implied by the symbol's suffix (\"…/HU\") or completed with the article's place")
        boolean issuerInferred,
    @Schema(
            description = "Issue date (the value most citing documents state), or null",
            nullable = true)
        LocalDate issuedOn,
    @Schema(description = "Title, or null", nullable = true) String title,
    @Schema(description = "Number of chapters, or null", nullable = true) Integer chapters,
    @Schema(description = "Number of articles, or null", nullable = true) Integer articles,
    @Schema(description = "The Party term (\"khóa XI\"), or null", nullable = true) String term,
    @Schema(description = "Relations stated by any document, one per (type, direction, regulation)")
        List<RelationResponse> relations,
    @Schema(description = "Citations across all documents") long citationCount,
    @Schema(description = "Documents citing it") long documentCount,
    @Schema(description = "Meetings that disseminated, reviewed or discussed it") long meetingCount,
    @Schema(
            description =
                "Fields on which citing documents disagree: every value with the documents stating it, and the value chosen")
        List<FieldConflict> conflicts) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Regulation, id);
  }

  static RegulationResponse of(RegulationDetail d) {
    if (d == null) {
      return null;
    }
    RegulationSummary r = d.regulation();
    return new RegulationResponse(
        r.id(),
        r.kind(),
        r.kind().label(),
        r.number(),
        r.symbol(),
        r.symbolInferred(),
        IssuerResponse.of(r.issuer()),
        r.issuerInferred(),
        r.issuedOn(),
        r.title(),
        r.chapters(),
        r.articles(),
        r.term(),
        d.relations().stream().map(RelationResponse::of).toList(),
        d.citationCount(),
        d.documentCount(),
        d.meetingCount(),
        d.conflicts());
  }
}
