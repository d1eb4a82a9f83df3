package io.regtrack.regulation;

import java.time.LocalDate;

/**
 * Fields of a regulation as one citation states them, or as one article establishes them. Any field
 * may be {@code null} when unknown.
 *
 * @param kind the kind, from the Vietnamese word (not from the symbol)
 * @param number the number as written, leading zeros kept ("01")
 * @param symbol canonical symbol ("58-QĐ/TW", "15/2020/NĐ-CP")
 * @param symbolInferred whether {@code symbol} was built from kind + issuer rather than read
 * @param issuer canonical issuer name ("Bộ Chính trị")
 * @param issuedOn issue date
 * @param title quoted title, or the "về …" subject
 * @param chapters number of chapters ("gồm 6 chương")
 * @param articles number of articles ("22 điều")
 * @param term the Party term stated with the issuer ("khóa XI")
 * @param issuerInferred whether the issuer, or the place in its name, was inferred (from the
 *     symbol's suffix or the article's place) rather than written with the document
 * @param symbolAsWritten the symbol as written when {@code symbol} corrects it ("12-CT/TW" of a Kết
 *     luận), else {@code null}
 */
public record StatedFields(
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

  /** Fields with a written issuer and the symbol as written. */
  public StatedFields(
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

  /** No field known. */
  public static final StatedFields NONE =
      new StatedFields(null, null, null, false, null, null, null, null, null, null);
}
