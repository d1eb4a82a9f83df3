package io.regtrack.api.rest;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationSummary;
import java.time.LocalDate;

/** A regulation at the other end of a relation: its own fields, without relations and counts. */
public record RegulationRef(
    long id,
    RegulationKind kind,
    String kindLabel,
    String number,
    String symbol,
    boolean symbolInferred,
    IssuerResponse issuer,
    LocalDate issuedOn,
    String title) {

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
