package io.regtrack.api.graphql;

import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.StatedFields;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** The fields one citation stated, before resolution against the corpus. */
@Name("CitationStated")
@Description("What one mention stated about the regulation (null: not stated there)")
public record Stated(
    @Description(
            "The kind, from the word (\"Quyết định số 58\" states DECISION even when it denotes Quy định 58-QĐ/TW)")
        RegulationKind kind,
    @Description("The number (\"58\")") String number,
    @Description("The symbol as stated (never an inferred one)") String symbol,
    @Description("The issuer as written, completed with the province or Khối") String issuer,
    @Description("The issue date") LocalDate issuedOn,
    @Description("The title (\"về một số vấn đề bảo vệ chính trị nội bộ Đảng\")") String title,
    @Description("Number of chapters (chương)") Integer chapters,
    @Description("Number of articles (điều)") Integer articles,
    @Description("Party term (\"khóa XI\")") String term,
    @Description(
            "The symbol as written when the canonical symbol corrects it (\"Kết luận số 12-CT/TW\": 12-KL/TW, written 12-CT/TW), else null")
        String symbolAsWritten,
    @org.eclipse.microprofile.graphql.NonNull
        @Description(
            "True when the stated issuer holds a place the text gave elsewhere (\"Ban Thường vụ Tỉnh ủy\" in a Bắc Giang report)")
        boolean issuerInferred) {

  static Stated of(StatedFields s) {
    return new Stated(
        s.kind(),
        s.number(),
        s.symbol(),
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
