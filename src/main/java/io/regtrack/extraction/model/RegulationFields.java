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
    String term) {}
