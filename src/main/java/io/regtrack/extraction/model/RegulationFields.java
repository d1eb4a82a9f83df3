package io.regtrack.extraction.model;

import java.time.LocalDate;

/**
 * Fields of a regulation, as one mention states them or as an article's mentions together establish
 * them. Any field may be {@code null} when unknown.
 *
 * @param kind the kind, from the Vietnamese word (not from the symbol)
 * @param number the number as written, leading zeros kept ("01")
 * @param symbol canonical symbol ("58-QĐ/TW", "15/2020/NĐ-CP"), or {@code null}
 * @param symbolInferred whether {@code symbol} was built from kind + issuer rather than read
 * @param issuer canonical issuer name ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Hà Nam")
 * @param issuedOn issue date
 * @param title quoted title, or the "về …" subject as written
 * @param chapters number of chapters ("gồm 6 chương")
 * @param articles number of articles ("22 điều")
 * @param term the Party term stated with the issuer ("khóa XI")
 * @param issuerInferred whether the issuer, or the place in its name, was inferred rather than
 *     written with the document: from the symbol's suffix ("120-KH/HU" in a report on Đức Phổ →
 *     "Ban Thường vụ Huyện ủy Đức Phổ") or from the article's place ("Ban Thường vụ Tỉnh ủy" in a
 *     Bắc Giang report)
 * @param symbolAsWritten the symbol as written when the canonical {@code symbol} corrects it ("Kết
 *     luận số 12-CT/TW" → symbol "12-KL/TW", written "12-CT/TW"), else {@code null}
 */
public record RegulationFields(
    RegulationKind kind,
    String number,
    String symbol,
    boolean symbolInferred,
    String issuer,
    LocalDate issuedOn,
    String title,
    Integer chapters,
    Integer articles,
    String term,
    boolean issuerInferred,
    String symbolAsWritten) {

  /** Fields with a written (not inferred) issuer and the symbol as written. */
  public RegulationFields(
      RegulationKind kind,
      String number,
      String symbol,
      boolean symbolInferred,
      String issuer,
      LocalDate issuedOn,
      String title,
      Integer chapters,
      Integer articles,
      String term) {
    this(
        kind,
        number,
        symbol,
        symbolInferred,
        issuer,
        issuedOn,
        title,
        chapters,
        articles,
        term,
        false,
        null);
  }
}
