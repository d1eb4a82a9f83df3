package io.regtrack.api.rest;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationSummary;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regulation at the other end of a relation: its own fields, without relations and counts. */
public record RegulationRef(
    @Schema(description = "Regulation id") long id,
    @Schema(description = "The kind") RegulationKind kind,
    @Schema(description = "The Vietnamese word for the kind (\"Quy định\")") String kindLabel,
    @Schema(description = "The number, leading zeros kept (\"01\")") String number,
    @Schema(description = "Canonical symbol (\"58-QĐ/TW\"), or null", nullable = true)
        String symbol,
    @Schema(description = "True when the symbol was built from kind + issuer and never stated")
        boolean symbolInferred,
    @Schema(description = "The issuing organization, or null", nullable = true)
        IssuerResponse issuer,
    @Schema(description = "Issue date, or null", nullable = true) LocalDate issuedOn,
    @Schema(description = "Title, or null", nullable = true) String title) {

  static RegulationRef of(RegulationSummary r) {
    return new RegulationRef(
        r.id(),
        r.kind(),
        r.kind().label(),
        r.number(),
        r.symbol(),
        r.symbolInferred(),
        IssuerResponse.of(r.issuer()),
        r.issuedOn(),
        r.title());
  }
}
