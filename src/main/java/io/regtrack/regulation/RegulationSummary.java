package io.regtrack.regulation;

import io.regtrack.organization.OrganizationView;
import java.time.LocalDate;

/**
 * A regulation's own fields, without relations and counts (the form nested in relations).
 *
 * @param id database id
 * @param kind the kind most citations state
 * @param number the number, leading zeros kept ("01"); {@code null} when unknown
 * @param symbol canonical symbol ("58-QĐ/TW"), or {@code null} when no citation gave or implied one
 * @param symbolInferred {@code true} when the symbol was built from kind + issuer and no citation
 *     ever stated it
 * @param issuer the issuing organization, or {@code null}
 * @param issuerInferred {@code true} when no citing document wrote the issuer in full: it was
 *     implied by the symbol's suffix ("…/HU") or completed with the article's place
 * @param issuedOn the issue date most citing documents state, or {@code null}
 * @param title the title most citing documents state, or {@code null}
 * @param chapters number of chapters, or {@code null}
 * @param articles number of articles, or {@code null}
 * @param term the Party term ("khóa XI"), or {@code null}
 */
public record RegulationSummary(
    long id,
    RegulationKind kind,
    String number,
    String symbol,
    boolean symbolInferred,
    OrganizationView issuer,
    boolean issuerInferred,
    LocalDate issuedOn,
    String title,
    Integer chapters,
    Integer articles,
    String term) {

  static RegulationSummary of(Regulation r, OrganizationView issuer) {
    return new RegulationSummary(
        r.id,
        r.kind,
        r.number,
        r.symbol,
        r.symbolInferred,
        issuer,
        r.issuerInferred,
        r.issuedOn,
        r.title,
        r.chapters,
        r.articles,
        r.term);
  }
}
