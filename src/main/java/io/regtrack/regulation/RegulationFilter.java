package io.regtrack.regulation;

/**
 * Filters of the regulation list; {@code null} means "any".
 *
 * @param kind the kind
 * @param issuerId the issuing organization's id
 * @param issuerName the issuing organization's name, matched ignoring case, diacritics and tone
 *     placement
 * @param year the issue year
 * @param q words that must all occur (as substrings, ignoring case and diacritics) in the kind
 *     label, number, symbol or title
 */
public record RegulationFilter(
    RegulationKind kind, Long issuerId, String issuerName, Integer year, String q) {
  public static final RegulationFilter ANY = new RegulationFilter(null, null, null, null, null);
}
