package io.regtrack.api.rest;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.StatedFields;
import java.time.LocalDate;

/**
 * What one citation itself stated; null where it stated nothing.
 *
 * @param kind the kind, from the word ("Quyết định số 58" states DECISION even when it denotes Quy
 *     định 58-QĐ/TW)
 * @param number the number
 * @param symbol the symbol as stated (never an inferred one)
 * @param issuer the issuer's canonical name
 * @param issuedOn the issue date
 * @param title the title
 * @param chapters number of chapters
 * @param articles number of articles
 * @param term the Party term
 */
public record StatedResponse(
    RegulationKind kind,
    String number,
    String symbol,
    String issuer,
    LocalDate issuedOn,
    String title,
    Integer chapters,
    Integer articles,
    String term) {

  static StatedResponse of(StatedFields s) {
    return new StatedResponse(
        s.kind(),
        s.number(),
        s.symbolInferred() ? null : s.symbol(),
        s.issuer(),
        s.issuedOn(),
        s.title(),
        s.chapters(),
        s.articles(),
        s.term());
  }
}
