package io.regtrack.api.rest;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.StatedFields;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
 * @param symbolAsWritten the symbol as written when the canonical symbol corrects it, else null
 * @param issuerInferred true when the issuer holds a place the text gave elsewhere
 */
public record StatedResponse(
    @Schema(
            description =
                "The kind, from the word (\"Quyết định số 58\" states DECISION even when it denotes Quy định 58-QĐ/TW), or null",
            nullable = true)
        RegulationKind kind,
    @Schema(description = "The number, or null", nullable = true) String number,
    @Schema(description = "The symbol as stated (never an inferred one), or null", nullable = true)
        String symbol,
    @Schema(description = "The issuer's canonical name, or null", nullable = true) String issuer,
    @Schema(description = "The issue date, or null", nullable = true) LocalDate issuedOn,
    @Schema(description = "The title, or null", nullable = true) String title,
    @Schema(description = "Number of chapters, or null", nullable = true) Integer chapters,
    @Schema(description = "Number of articles, or null", nullable = true) Integer articles,
    @Schema(description = "The Party term, or null", nullable = true) String term,
    @Schema(
            description =
                "The symbol as written when the canonical symbol corrects it (\"Kết luận số 12-CT/TW\": 12-KL/TW, written 12-CT/TW), else null",
            nullable = true)
        String symbolAsWritten,
    @Schema(
            description =
                "True when the stated issuer holds a place the text gave elsewhere (\"Ban Thường vụ Tỉnh ủy\" in a Bắc Giang report)")
        boolean issuerInferred) {

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
        s.term(),
        s.symbolAsWritten(),
        s.issuer() != null && s.issuerInferred());
  }
}
