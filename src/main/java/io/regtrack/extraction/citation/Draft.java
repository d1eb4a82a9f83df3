package io.regtrack.extraction.citation;

import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.RegulationKind;
import java.time.LocalDate;

/**
 * A parsed mention before resolution. Mutable only while {@link MentionParser} builds it.
 *
 * <p>{@code start}/{@code end} delimit the core mention ("Quy định số 58-QĐ/TW"); {@code fieldsEnd}
 * is where the fields that follow it (date, issuer, term, title, structure) end.
 */
final class Draft {
  int start;
  int end;
  int fieldsEnd;
  RegulationKind kind;
  boolean abbreviatedKind;
  String number;
  String symbol;
  String issuer;

  /** Whether {@link #issuer} holds a place the text gave elsewhere, not with the name. */
  boolean issuerCompleted;

  /** The symbol as written when the canonical {@link #symbol} corrects it, else null. */
  String symbolAsWritten;

  Province issuerProvince;
  LocalDate issuedOn;
  String title;
  boolean titleIsSubject;

  /** Where an unquoted title (subject or verb phrase) starts in the body, or -1. */
  int titleStart = -1;

  /** "cùng ngày": issued on the date of the citation before it. */
  boolean sameDay;

  Integer chapters;
  Integer articles;
  String term;

  /** A bare kind word going on about the last cited document of that kind (not a citation). */
  boolean anaphor;

  /** A law named by its title ("Luật Bảo vệ bí mật nhà nước") after a numbered citation of it. */
  boolean namedReference;

  /** The symbol of the law a {@link #namedReference} names. */
  String namedSymbol;

  boolean isFull() {
    return symbol != null;
  }
}
