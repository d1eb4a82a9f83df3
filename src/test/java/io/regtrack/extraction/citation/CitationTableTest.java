package io.regtrack.extraction.citation;

import static io.regtrack.extraction.model.CitationForm.FULL;
import static io.regtrack.extraction.model.CitationForm.SHORT;
import static io.regtrack.extraction.model.RegulationKind.CIRCULAR;
import static io.regtrack.extraction.model.RegulationKind.CONCLUSION;
import static io.regtrack.extraction.model.RegulationKind.DECISION;
import static io.regtrack.extraction.model.RegulationKind.DECREE;
import static io.regtrack.extraction.model.RegulationKind.DIRECTIVE;
import static io.regtrack.extraction.model.RegulationKind.GUIDANCE;
import static io.regtrack.extraction.model.RegulationKind.LAW;
import static io.regtrack.extraction.model.RegulationKind.NOTICE;
import static io.regtrack.extraction.model.RegulationKind.OFFICIAL_LETTER;
import static io.regtrack.extraction.model.RegulationKind.PLAN;
import static io.regtrack.extraction.model.RegulationKind.REGULATION;
import static io.regtrack.extraction.model.RegulationKind.RESOLUTION;
import static io.regtrack.extraction.model.RegulationKind.RULES;
import static io.regtrack.extraction.model.RelationType.AMENDS;
import static io.regtrack.extraction.model.RelationType.GUIDES;
import static io.regtrack.extraction.model.RelationType.ISSUED_WITH;
import static io.regtrack.extraction.model.RelationType.REPLACES;
import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.CitationForm;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.RegulationFields;
import io.regtrack.extraction.model.RegulationKind;
import io.regtrack.extraction.model.RelationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of the citation engine: invented Vietnamese snippets (none copied from the
 * seed articles) → the exact citations, each as a compact record of the mention's span text, form,
 * stated fields and the regulation it resolves to; and a second table of the relations the text
 * states. Negative rows (no citation, no relation) cover every "not a citation" case of issue #3.
 *
 * <p>Every citation's {@code text} is checked to be exactly {@code body.substring(start, end)}.
 */
class CitationTableTest {

  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  /** NO-BREAK SPACE (U+00A0), as news sites put it between words and around symbols. */
  private static final String NB = "\u00A0";

  // ---------------------------------------------------------------------------------------------
  // Compact expectations

  /**
   * One expected citation. {@code kind}, {@code number}, {@code symbol}, {@code issuer}, {@code
   * issuedOn}, {@code title}, {@code chapters}, {@code articles} and {@code term} are what the
   * mention itself states ({@link CitationMention#stated()}); {@code symbolInferred} is that of the
   * regulation the mention resolves to; {@code key} is that regulation's key.
   */
  record Cite(
      String text,
      CitationForm form,
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
      String key) {

    static Cite of(CitationMention m, ExtractedRegulation regulation) {
      RegulationFields s = m.stated();
      return new Cite(
          m.text(),
          m.form(),
          s.kind(),
          s.number(),
          s.symbol(),
          regulation != null && regulation.fields().symbolInferred(),
          s.issuer(),
          s.issuedOn(),
          s.title(),
          s.chapters(),
          s.articles(),
          s.term(),
          m.regulationKey());
    }

    Cite by(String issuer) {
      return new Cite(
          text,
          form,
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
          key);
    }

    Cite on(int year, int month, int day) {
      return new Cite(
          text,
          form,
          kind,
          number,
          symbol,
          symbolInferred,
          issuer,
          LocalDate.of(year, month, day),
          title,
          chapters,
          articles,
          term,
          key);
    }

    Cite titled(String title) {
      return new Cite(
          text,
          form,
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
          key);
    }

    Cite structure(int chapters, int articles) {
      return new Cite(
          text,
          form,
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
          key);
    }

    Cite term(String term) {
      return new Cite(
          text,
          form,
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
          key);
    }

    /** The regulation's symbol was inferred from kind + issuer. */
    Cite inferred() {
      return new Cite(
          text, form, kind, number, symbol, true, issuer, issuedOn, title, chapters, articles, term,
          key);
    }
  }

  /** A FULL citation: its key is its (canonical) symbol. */
  static Cite full(String text, RegulationKind kind, String number, String symbol) {
    return new Cite(
        text, FULL, kind, number, symbol, false, null, null, null, null, null, null, symbol);
  }

  /** A SHORT citation (no symbol written) resolving to {@code key}. */
  static Cite brief(String text, RegulationKind kind, String number, String key) {
    return new Cite(
        text, SHORT, kind, number, null, false, null, null, null, null, null, null, key);
  }

  /** A law named by its title after a numbered citation of it, resolving to {@code key}. */
  static Cite named(String text, RegulationKind kind, String number, String key) {
    return new Cite(
        text,
        CitationForm.NAMED,
        kind,
        number,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        key);
  }

  /** Expected merged fields of one regulation of the article (checked only where a row says). */
  record Reg(
      String key, RegulationKind kind, String symbol, boolean symbolInferred, String issuer) {
    static Reg of(ExtractedRegulation r) {
      RegulationFields f = r.fields();
      return new Reg(r.key(), f.kind(), f.symbol(), f.symbolInferred(), f.issuer());
    }
  }

  static Reg reg(String key, RegulationKind kind, String symbol, boolean inferred, String issuer) {
    return new Reg(key, kind, symbol, inferred, issuer);
  }

  /** One row of the citation table. */
  record Row(String name, String body, String province, List<Cite> cites, List<Reg> regs) {
    /** The article's province (to complete local issuers). */
    Row in(String province) {
      return new Row(name, body, province, cites, regs);
    }

    Row regs(Reg... regs) {
      return new Row(name, body, province, cites, List.of(regs));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(String name, String body, Cite... cites) {
    return new Row(name, body, null, List.of(cites), List.of());
  }

  /** A negative row: no citation at all. */
  static Row none(String name, String body) {
    return row("not a citation: " + name, body);
  }

  record Rel(RelationType type, String source, String target) {}

  static Rel rel(RelationType type, String source, String target) {
    return new Rel(type, source, target);
  }

  /** One row of the relation table: how many citations the body has, and its relations. */
  record RelRow(String name, String body, int citations, List<Rel> relations) {
    @Override
    public String toString() {
      return name;
    }
  }

  static RelRow relRow(String name, String body, int citations, Rel... relations) {
    return new RelRow(name, body, citations, List.of(relations));
  }

  // ---------------------------------------------------------------------------------------------
  // The citation table

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();

    // ---- each kind word
    rows.add(
        row(
            "kind Quy định, FULL form with date, issuer and quoted title",
            "Hội nghị quán triệt Quy định số 69-QĐ/TW, ngày 6-7-2022 của Bộ Chính trị “Về kỷ luật"
                + " tổ chức đảng, đảng viên vi phạm”.",
            full("Quy định số 69-QĐ/TW", REGULATION, "69", "69-QĐ/TW")
                .on(2022, 7, 6)
                .by("Bộ Chính trị")
                .titled("Về kỷ luật tổ chức đảng, đảng viên vi phạm")));
    rows.add(
        row(
            "kind Chỉ thị",
            "Đảng ủy tổng kết Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ"
                + " các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
            full("Chỉ thị số 35-CT/TW", DIRECTIVE, "35", "35-CT/TW")
                .on(2019, 5, 30)
                .by("Bộ Chính trị")
                .titled(
                    "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của"
                        + " Đảng")));
    rows.add(
        row(
            "an unquoted subject ends where the meeting's connection clause starts",
            "Hội nghị quán triệt Quy định số 131-QĐ/TW ngày 28/10/2023 của Bộ Chính trị về kiểm"
                + " soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám"
                + " sát, kết nối trực tuyến đến 12 điểm cầu cấp huyện.",
            full("Quy định số 131-QĐ/TW", REGULATION, "131", "131-QĐ/TW")
                .on(2023, 10, 28)
                .by("Bộ Chính trị")
                .titled(
                    "về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm"
                        + " tra, giám sát")));
    rows.add(
        row(
            "an unquoted subject ends where the attendance clause starts",
            "Tỉnh ủy tổ chức hội nghị triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính"
                + " trị về đại hội đảng bộ các cấp, với sự tham dự của hơn 300 đại biểu.",
            full("Chỉ thị số 35-CT/TW", DIRECTIVE, "35", "35-CT/TW")
                .on(2024, 6, 14)
                .by("Bộ Chính trị")
                .titled("về đại hội đảng bộ các cấp")));
    rows.add(
        row(
            "an unquoted subject ends where 'có sự tham dự' starts",
            "Huyện ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"
                + " về đẩy mạnh xây dựng, chỉnh đốn Đảng, có sự tham dự của các đồng chí trong Ban"
                + " Thường vụ.",
            full("Kết luận số 21-KL/TW", CONCLUSION, "21", "21-KL/TW")
                .on(2021, 10, 25)
                .by("Ban Chấp hành Trung ương")
                .titled("về đẩy mạnh xây dựng, chỉnh đốn Đảng")));
    rows.add(
        row(
            "kind Nghị quyết, issuer with Đảng and term",
            "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa"
                + " XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng.",
            full("Nghị quyết số 21-NQ/TW", RESOLUTION, "21", "21-NQ/TW")
                .on(2022, 6, 16)
                .by("Ban Chấp hành Trung ương")
                .term("khóa XIII")
                .titled("về tăng cường củng cố, xây dựng tổ chức cơ sở đảng")));
    rows.add(
        row(
            "kind Hướng dẫn",
            "Theo Hướng dẫn số 12-HD/BTCTW ngày 14/4/2023 của Ban Tổ chức Trung ương về một số vấn"
                + " đề cụ thể trong công tác đảng viên.",
            full("Hướng dẫn số 12-HD/BTCTW", GUIDANCE, "12", "12-HD/BTCTW")
                .on(2023, 4, 14)
                .by("Ban Tổ chức Trung ương")
                .titled("về một số vấn đề cụ thể trong công tác đảng viên")));
    rows.add(
        row(
            "kind Kết luận",
            "Sơ kết Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích"
                + " và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung.",
            full("Kết luận số 14-KL/TW", CONCLUSION, "14", "14-KL/TW")
                .on(2021, 9, 22)
                .by("Bộ Chính trị")
                .titled(
                    "về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích"
                        + " chung")));
    rows.add(
        row(
            "kind Quyết định, issuer Ban Bí thư Trung ương Đảng",
            "Căn cứ Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư Trung ương Đảng về việc"
                + " ban hành khung hướng dẫn các cấp ủy đảng.",
            full("Quyết định số 99-QĐ/TW", DECISION, "99", "99-QĐ/TW")
                .on(2017, 10, 3)
                .by("Ban Bí thư")
                .titled("về việc ban hành khung hướng dẫn các cấp ủy đảng")));
    rows.add(
        row(
            "kind Thông báo",
            "Triển khai Thông báo số 17-TB/TW ngày 10/3/2022 của Ban Bí thư về chủ trương tổ chức"
                + " đại hội.",
            full("Thông báo số 17-TB/TW", NOTICE, "17", "17-TB/TW")
                .on(2022, 3, 10)
                .by("Ban Bí thư")
                .titled("về chủ trương tổ chức đại hội")));
    rows.add(
        row(
            "kind Kế hoạch, symbol …-KH/HU, district issuer",
            "Huyện đã ban hành Kế hoạch số 215-KH/HU ngày 12/5/2023 của Ban Thường vụ Huyện ủy"
                + " Thạch Hà về tổ chức học tập chuyên đề năm 2023.",
            full("Kế hoạch số 215-KH/HU", PLAN, "215", "215-KH/HU")
                .on(2023, 5, 12)
                .by("Ban Thường vụ Huyện ủy Thạch Hà")
                .titled("về tổ chức học tập chuyên đề năm 2023")));
    rows.add(
        row(
                "kind Quy chế, symbol …-QC/TU, explicit province beats the article's",
                "Các cấp ủy thực hiện Quy chế số 08-QC/TU ngày 15/01/2021 của Tỉnh ủy Nghệ An về phối"
                    + " hợp công tác.",
                full("Quy chế số 08-QC/TU", RULES, "08", "08-QC/TU")
                    .on(2021, 1, 15)
                    .by("Tỉnh ủy Nghệ An")
                    .titled("về phối hợp công tác"))
            .in("Hà Tĩnh"));
    rows.add(
        row(
            "kind Nghị định, State symbol with year",
            "Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
            full("Nghị định số 30/2020/NĐ-CP", DECREE, "30", "30/2020/NĐ-CP")
                .on(2020, 3, 5)
                .by("Chính phủ")
                .titled("về công tác văn thư")));
    rows.add(
        row(
                "kind Thông tư, ministry implied by the symbol",
                "Áp dụng Thông tư số 01/2011/TT-BNV ngày 19/01/2011 về thể thức và kỹ thuật trình bày"
                    + " văn bản hành chính.",
                full("Thông tư số 01/2011/TT-BNV", CIRCULAR, "01", "01/2011/TT-BNV")
                    .on(2011, 1, 19)
                    .titled("về thể thức và kỹ thuật trình bày văn bản hành chính"))
            .regs(reg("01/2011/TT-BNV", CIRCULAR, "01/2011/TT-BNV", false, "Bộ Nội vụ")));
    rows.add(
        row(
                "kind Luật named before its number; Quốc hội implied by /QH15",
                "Tuyên truyền Luật Thanh tra số 11/2022/QH15 tới cán bộ.",
                full("Luật Thanh tra số 11/2022/QH15", LAW, "11", "11/2022/QH15")
                    .titled("Luật Thanh tra"))
            .regs(reg("11/2022/QH15", LAW, "11/2022/QH15", false, "Quốc hội")));
    rows.add(
        row(
            "kind Luật with số, symbol …/QH14",
            "Phổ biến Luật số 29/2018/QH14 ngày 15/11/2018 của Quốc hội.",
            full("Luật số 29/2018/QH14", LAW, "29", "29/2018/QH14")
                .on(2018, 11, 15)
                .by("Quốc hội")));
    rows.add(
        row(
                "kind Công văn, Party symbol …-CV/TU, the standing committee implied by /TU",
                "Văn phòng gửi Công văn số 245-CV/TU ngày 2/6/2023 đến các huyện.",
                full("Công văn số 245-CV/TU", OFFICIAL_LETTER, "245", "245-CV/TU").on(2023, 6, 2))
            .in("Nghệ An")
            .regs(
                reg(
                    "245-CV/TU",
                    OFFICIAL_LETTER,
                    "245-CV/TU",
                    false,
                    "Ban Thường vụ Tỉnh ủy Nghệ An")));
    rows.add(
        row(
            "kind Công văn, State symbol …/UBND-NC",
            "Sở đã nhận Công văn số 1520/UBND-NC ngày 20/4/2022 về việc rà soát hồ sơ.",
            full("Công văn số 1520/UBND-NC", OFFICIAL_LETTER, "1520", "1520/UBND-NC")
                .on(2022, 4, 20)
                .titled("về việc rà soát hồ sơ")));
    rows.add(
        row(
            "kind word in lower case with số is a citation",
            "Các chi bộ thực hiện quy định số 41-QĐ/TW của Bộ Chính trị.",
            full("quy định số 41-QĐ/TW", REGULATION, "41", "41-QĐ/TW").by("Bộ Chính trị")));
    rows.add(
        row(
            "kind word and issuer in capitals (a heading)",
            "QUY ĐỊNH SỐ 85-QĐ/TW CỦA BỘ CHÍNH TRỊ",
            full("QUY ĐỊNH SỐ 85-QĐ/TW", REGULATION, "85", "85-QĐ/TW").by("Bộ Chính trị")));
    rows.add(
        row(
            "FULL form without số",
            "Thực hiện Nghị quyết 35-NQ/TW và Kết luận 50-KL/TW.",
            full("Nghị quyết 35-NQ/TW", RESOLUTION, "35", "35-NQ/TW"),
            full("Kết luận 50-KL/TW", CONCLUSION, "50", "50-KL/TW")));

    // ---- Party and State symbols
    rows.add(
        row(
            "symbol …-CT/ĐUK with the Khối named inline",
            "Triển khai Chỉ thị số 03-CT/ĐUK của Đảng ủy Khối các cơ quan Trung ương về học tập lý"
                + " luận.",
            full("Chỉ thị số 03-CT/ĐUK", DIRECTIVE, "03", "03-CT/ĐUK")
                .by("Đảng ủy Khối các cơ quan Trung ương")
                .titled("về học tập lý luận")));
    rows.add(
        row(
                "symbol …-NQ/ĐU",
                "Thực hiện Nghị quyết số 286-NQ/ĐU ngày 10/01/2023 về phát triển kinh tế.",
                full("Nghị quyết số 286-NQ/ĐU", RESOLUTION, "286", "286-NQ/ĐU")
                    .on(2023, 1, 10)
                    .titled("về phát triển kinh tế"))
            .in("Bình Dương"));
    rows.add(
        row(
            "symbol …-QĐi/TW",
            "Hội nghị quán triệt Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương"
                + " về trách nhiệm nêu gương.",
            full("Quy định số 08-QĐi/TW", REGULATION, "08", "08-QĐi/TW")
                .on(2018, 10, 25)
                .by("Ban Chấp hành Trung ương")
                .titled("về trách nhiệm nêu gương")));
    rows.add(
        row(
            "symbol QĐI written in capitals is canonicalised to QĐi",
            "Thực hiện Quy định số 08-QĐI/TW của Ban Chấp hành Trung ương.",
            full("Quy định số 08-QĐI/TW", REGULATION, "08", "08-QĐi/TW")
                .by("Ban Chấp hành Trung ương")));
    rows.add(
        row(
                "State symbol …/QĐ-UBND; the province's people's committee implied",
                "Căn cứ Quyết định số 1847/QĐ-UBND ngày 4/6/2021 về thành lập tổ công tác.",
                full("Quyết định số 1847/QĐ-UBND", DECISION, "1847", "1847/QĐ-UBND")
                    .on(2021, 6, 4)
                    .titled("về thành lập tổ công tác"))
            .in("Quảng Ninh")
            .regs(
                reg(
                    "1847/QĐ-UBND",
                    DECISION,
                    "1847/QĐ-UBND",
                    false,
                    "Ủy ban nhân dân tỉnh Quảng Ninh")));
    rows.add(
        row(
            "State symbol with two issuer parts …/KH-BCA-A05, ministry issuer",
            "Triển khai Kế hoạch số 27/KH-BCA-A05 của Bộ Công an về bảo vệ an ninh.",
            full("Kế hoạch số 27/KH-BCA-A05", PLAN, "27", "27/KH-BCA-A05")
                .by("Bộ Công an")
                .titled("về bảo vệ an ninh")));
    rows.add(
        row(
            "State symbol …/KH-BCA-ANCTNB",
            "Kế hoạch số 13/KH-BCA-ANCTNB ngày 7/2/2023 được triển khai rộng rãi.",
            full("Kế hoạch số 13/KH-BCA-ANCTNB", PLAN, "13", "13/KH-BCA-ANCTNB").on(2023, 2, 7)));
    rows.add(
        row(
            "State symbol …/UBTVQH15",
            "Nghị quyết số 27/2022/UBTVQH15 của Ủy ban Thường vụ Quốc hội.",
            full("Nghị quyết số 27/2022/UBTVQH15", RESOLUTION, "27", "27/2022/UBTVQH15")
                .by("Ủy ban Thường vụ Quốc hội")));
    rows.add(
        row(
            "symbol …-QĐ/UBKTTW; old tone placement “Uỷ ban” in the issuer",
            "Triển khai Quy định số 13-QĐ/UBKTTW của Uỷ ban Kiểm tra Trung ương về thủ tục kiểm"
                + " tra.",
            full("Quy định số 13-QĐ/UBKTTW", REGULATION, "13", "13-QĐ/UBKTTW")
                .by("Ủy ban Kiểm tra Trung ương")
                .titled("về thủ tục kiểm tra")));
    rows.add(
        row(
            "symbol …-HD/BTGTW",
            "Triển khai Hướng dẫn số 125-HD/BTGTW của Ban Tuyên giáo Trung ương về tuyên truyền.",
            full("Hướng dẫn số 125-HD/BTGTW", GUIDANCE, "125", "125-HD/BTGTW")
                .by("Ban Tuyên giáo Trung ương")
                .titled("về tuyên truyền")));
    rows.add(
        row(
                "symbol …-HD/BTCTU of a provincial board",
                "Hướng dẫn số 03-HD/BTCTU của Ban Tổ chức Tỉnh ủy về công tác đảng viên.",
                full("Hướng dẫn số 03-HD/BTCTU", GUIDANCE, "03", "03-HD/BTCTU")
                    .by("Ban Tổ chức Tỉnh ủy Ninh Bình")
                    .titled("về công tác đảng viên"))
            .in("Ninh Bình"));
    rows.add(
        row(
                "symbol …-QĐ/UBKTTU of a provincial inspection committee",
                "Quy định số 09-QĐ/UBKTTU của Ủy ban Kiểm tra Tỉnh ủy về giám sát.",
                full("Quy định số 09-QĐ/UBKTTU", REGULATION, "09", "09-QĐ/UBKTTU")
                    .by("Ủy ban Kiểm tra Tỉnh ủy Nghệ An")
                    .titled("về giám sát"))
            .in("Nghệ An"));

    // ---- tolerance of how symbols are written
    rows.add(
        row(
                "no space between số and the number",
                "Ban Thường vụ ban hành Chỉ thị số07-CT/TU ngày 5/9/2021 của Ban Thường vụ Tỉnh ủy"
                    + " về tăng cường lãnh đạo công tác phòng cháy.",
                full("Chỉ thị số07-CT/TU", DIRECTIVE, "07", "07-CT/TU")
                    .on(2021, 9, 5)
                    .by("Ban Thường vụ Tỉnh ủy Thái Bình")
                    .titled("về tăng cường lãnh đạo công tác phòng cháy"))
            .in("Thái Bình"));
    rows.add(
        row(
            "TƯ for TW",
            "Thực hiện Quy định số 105-QĐ/TƯ về phân cấp quản lý cán bộ.",
            full("Quy định số 105-QĐ/TƯ", REGULATION, "105", "105-QĐ/TW")
                .titled("về phân cấp quản lý cán bộ")));
    rows.add(
        row(
            "T.Ư for TW",
            "Thực hiện Nghị quyết số 18-NQ/T.Ư của Ban Chấp hành Trung ương.",
            full("Nghị quyết số 18-NQ/T.Ư", RESOLUTION, "18", "18-NQ/TW")
                .by("Ban Chấp hành Trung ương")));
    rows.add(
        row(
            "spaces around - and /",
            "Theo Kết luận số 50 - KL / TW của Bộ Chính trị.",
            full("Kết luận số 50 - KL / TW", CONCLUSION, "50", "50-KL/TW").by("Bộ Chính trị")));
    rows.add(
        row(
            "en dash in a Party symbol",
            "Theo Chỉ thị số 23–CT/TW của Ban Bí thư.",
            full("Chỉ thị số 23–CT/TW", DIRECTIVE, "23", "23-CT/TW").by("Ban Bí thư")));
    rows.add(
        row(
            "spaces around / and - in a State symbol",
            "Căn cứ Nghị định số 59 / 2023 / NĐ - CP của Chính phủ.",
            full("Nghị định số 59 / 2023 / NĐ - CP", DECREE, "59", "59/2023/NĐ-CP")
                .by("Chính phủ")));
    rows.add(
        row(
            "en dash in a State symbol",
            "Căn cứ Nghị định số 34/2019/NĐ–CP của Chính phủ.",
            full("Nghị định số 34/2019/NĐ–CP", DECREE, "34", "34/2019/NĐ-CP").by("Chính phủ")));
    rows.add(
        row(
            "NO-BREAK SPACE between the words of a citation and its issuer",
            "Quán triệt Quy định" + NB + "số" + NB + "114-QĐ/TW của" + NB + "Bộ Chính trị.",
            full("Quy định" + NB + "số" + NB + "114-QĐ/TW", REGULATION, "114", "114-QĐ/TW")
                .by("Bộ Chính trị")));
    rows.add(
        row(
            "NO-BREAK SPACE around the date",
            "Quán triệt Chỉ thị số 20-CT/TW,"
                + NB
                + "ngày"
                + NB
                + "18/9/2023 của"
                + NB
                + "Bộ Chính trị.",
            full("Chỉ thị số 20-CT/TW", DIRECTIVE, "20", "20-CT/TW")
                .on(2023, 9, 18)
                .by("Bộ Chính trị")));
    rows.add(
        row(
                "NO-BREAK SPACE inside a local issuer",
                "Quán triệt Chỉ thị số 04-CT/TU của Ban Thường vụ" + NB + "Tỉnh ủy.",
                full("Chỉ thị số 04-CT/TU", DIRECTIVE, "04", "04-CT/TU")
                    .by("Ban Thường vụ Tỉnh ủy Lạng Sơn"))
            .in("Lạng Sơn"));
    rows.add(
        row(
            "NO-BREAK SPACE around - and / of a symbol",
            "Quy định số"
                + NB
                + "61-QĐ/TW và Chỉ thị số 16"
                + NB
                + "-"
                + NB
                + "CT"
                + NB
                + "/"
                + NB
                + "TU.",
            full("Quy định số" + NB + "61-QĐ/TW", REGULATION, "61", "61-QĐ/TW"),
            full(
                "Chỉ thị số 16" + NB + "-" + NB + "CT" + NB + "/" + NB + "TU",
                DIRECTIVE,
                "16",
                "16-CT/TU")));
    rows.add(
        row(
            "NO-BREAK SPACE throughout an issuer, term and subject of a short form",
            "Thực hiện Kết luận số"
                + NB
                + "21 của"
                + NB
                + "Ban"
                + NB
                + "Chấp"
                + NB
                + "hành"
                + NB
                + "Trung"
                + NB
                + "ương"
                + NB
                + "Đảng"
                + NB
                + "khóa"
                + NB
                + "XII về"
                + NB
                + "xây"
                + NB
                + "dựng"
                + NB
                + "Đảng.",
            brief("Kết luận số" + NB + "21", CONCLUSION, "21", "21-KL/TW")
                .by("Ban Chấp hành Trung ương")
                .term("khóa XII")
                .titled("về" + NB + "xây" + NB + "dựng" + NB + "Đảng")
                .inferred()));
    rows.add(
        row(
            "NO-BREAK SPACE around the date, issuer and quoted title",
            "Quán triệt Quy định số 37-QĐ/TW,"
                + NB
                + "ngày"
                + NB
                + "25-10-2021"
                + NB
                + "của Bộ Chính trị"
                + NB
                + "“Về những điều đảng viên không được làm”.",
            full("Quy định số 37-QĐ/TW", REGULATION, "37", "37-QĐ/TW")
                .on(2021, 10, 25)
                .by("Bộ Chính trị")
                .titled("Về những điều đảng viên không được làm")));
    rows.add(
        row(
            "NO-BREAK SPACE in the structure",
            "Quy định số 57-QĐ/TW"
                + NB
                + "gồm"
                + NB
                + "3"
                + NB
                + "chương,"
                + NB
                + "12"
                + NB
                + "điều.",
            full("Quy định số 57-QĐ/TW", REGULATION, "57", "57-QĐ/TW").structure(3, 12)));
    rows.add(
        row(
            "double spaces",
            "Quy định  số  89-QĐ/TW  của  Bộ Chính trị.",
            full("Quy định  số  89-QĐ/TW", REGULATION, "89", "89-QĐ/TW").by("Bộ Chính trị")));

    // ---- FULL, SHORT and misnamed forms
    // issue 14: the kind word wins over a contradicting code in the symbol
    rows.add(
        row(
                "word wins over symbol: 'Kết luận số 34-CT/TU' is the Kết luận 34-KL/TU",
                "Triển khai Kết luận số 34-CT/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy.",
                full("Kết luận số 34-CT/TU", CONCLUSION, "34", "34-KL/TU")
                    .on(2025, 12, 15)
                    .by("Ban Thường vụ Tỉnh ủy Gia Lai"))
            .in("Gia Lai"));
    rows.add(
        row(
            "word wins over symbol: a second mention with the wrong code is the same Kết luận",
            "Quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương. Các chi bộ gắn với thực"
                + " hiện Kết luận số 21-CT/TW.",
            full("Kết luận số 21-KL/TW", CONCLUSION, "21", "21-KL/TW")
                .by("Ban Chấp hành Trung ương"),
            full("Kết luận số 21-CT/TW", CONCLUSION, "21", "21-KL/TW")));
    rows.add(
        row(
            "a Thông báo kết luận is a notice and keeps its TB code",
            "Thực hiện Thông báo kết luận số 123-TB/TW của Bộ Chính trị.",
            full("Thông báo kết luận số 123-TB/TW", NOTICE, "123", "123-TB/TW")
                .by("Bộ Chính trị")));
    rows.add(
        row(
                "misnamed: Quyết định số N resolves to the article's Quy định N-QĐ/TW",
                "Hội nghị quán triệt Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị. Các cấp ủy"
                    + " cần nghiên cứu kỹ Quyết định số 69 để thực hiện.",
                full("Quy định số 69-QĐ/TW", REGULATION, "69", "69-QĐ/TW")
                    .on(2022, 7, 6)
                    .by("Bộ Chính trị"),
                brief("Quyết định số 69", DECISION, "69", "69-QĐ/TW"))
            .regs(reg("69-QĐ/TW", REGULATION, "69-QĐ/TW", false, "Bộ Chính trị")));
    rows.add(
        row(
                "misnamed: Quy định N của Ban Bí thư resolves to Quyết định N-QĐ/TW",
                "Quán triệt Quyết định số 144-QĐ/TW ngày 10/5/2024 của Ban Bí thư về quy chế làm"
                    + " việc. Đồng chí yêu cầu thực hiện nghiêm Quy định 144 của Ban Bí thư.",
                full("Quyết định số 144-QĐ/TW", DECISION, "144", "144-QĐ/TW")
                    .on(2024, 5, 10)
                    .by("Ban Bí thư")
                    .titled("về quy chế làm việc"),
                brief("Quy định 144", REGULATION, "144", "144-QĐ/TW").by("Ban Bí thư"))
            .regs(reg("144-QĐ/TW", DECISION, "144-QĐ/TW", false, "Ban Bí thư")));
    rows.add(
        row(
            "abbreviated kind: QĐ N resolves to the full citation",
            "Quán triệt Quy định số 137-QĐ/TW ngày 1/12/2023 của Bộ Chính trị. Thực hiện QĐ 137,"
                + " các chi bộ rà soát.",
            full("Quy định số 137-QĐ/TW", REGULATION, "137", "137-QĐ/TW")
                .on(2023, 12, 1)
                .by("Bộ Chính trị"),
            brief("QĐ 137", REGULATION, "137", "137-QĐ/TW")));
    rows.add(
        row(
                "abbreviated kind alone: QĐ N of Bộ Chính trị gets an inferred symbol",
                "Sau hội nghị, các cấp ủy thực hiện QĐ 37 của Bộ Chính trị.",
                brief("QĐ 37", REGULATION, "37", "37-QĐ/TW").by("Bộ Chính trị").inferred())
            .regs(reg("37-QĐ/TW", REGULATION, "37-QĐ/TW", true, "Bộ Chính trị")));
    rows.add(
        row(
            "a SHORT form before its FULL citation resolves to it",
            "Các chi bộ quán triệt Chỉ thị 35 và thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
            brief("Chỉ thị 35", DIRECTIVE, "35", "35-CT/TW"),
            full("Chỉ thị số 35-CT/TW", DIRECTIVE, "35", "35-CT/TW").by("Bộ Chính trị")));
    rows.add(
        row(
            "a FULL form without số, a structure on it, then a SHORT form: one regulation",
            "Quy định số 131-QĐ/TW của Bộ Chính trị được quán triệt. Quy định 131-QĐ/TW gồm 4"
                + " chương, 19 điều. Các chi bộ thực hiện Quy định 131.",
            full("Quy định số 131-QĐ/TW", REGULATION, "131", "131-QĐ/TW").by("Bộ Chính trị"),
            full("Quy định 131-QĐ/TW", REGULATION, "131", "131-QĐ/TW").structure(4, 19),
            brief("Quy định 131", REGULATION, "131", "131-QĐ/TW")));
    rows.add(
        row(
                "a SHORT form with another issuer is another regulation",
                "Quán triệt Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương. Thực hiện Quy định số"
                    + " 22 của Tỉnh ủy.",
                full("Quy định số 22-QĐ/TW", REGULATION, "22", "22-QĐ/TW")
                    .by("Ban Chấp hành Trung ương"),
                brief("Quy định số 22", REGULATION, "22", "22-QĐ/TU")
                    .by("Tỉnh ủy Nam Định")
                    .inferred())
            .in("Nam Định")
            .regs(reg("22-QĐ/TU", REGULATION, "22-QĐ/TU", true, "Tỉnh ủy Nam Định")));
    rows.add(
        row(
            "a SHORT form of a kind without the code of the full citation stays apart",
            "Quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị. Các chi bộ chưa thực hiện Chỉ thị"
                + " số 58.",
            full("Quy định số 58-QĐ/TW", REGULATION, "58", "58-QĐ/TW").by("Bộ Chính trị"),
            brief("Chỉ thị số 58", DIRECTIVE, "58", "DIRECTIVE:58")));
    rows.add(
        row(
                "a SHORT form picks the full citation of its own kind",
                "Quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị và Chỉ thị số 58-CT/TU của Tỉnh"
                    + " ủy. Quy định 58 được phổ biến.",
                full("Quy định số 58-QĐ/TW", REGULATION, "58", "58-QĐ/TW").by("Bộ Chính trị"),
                full("Chỉ thị số 58-CT/TU", DIRECTIVE, "58", "58-CT/TU").by("Tỉnh ủy Hà Nam"),
                brief("Quy định 58", REGULATION, "58", "58-QĐ/TW"))
            .in("Hà Nam"));

    // ---- inferred symbols
    rows.add(
        row(
                "inferred: Kết luận số N của Bộ Chính trị → N-KL/TW",
                "Gắn với thực hiện Kết luận số 12 của Bộ Chính trị về công tác bảo vệ chính trị nội"
                    + " bộ.",
                brief("Kết luận số 12", CONCLUSION, "12", "12-KL/TW")
                    .by("Bộ Chính trị")
                    .titled("về công tác bảo vệ chính trị nội bộ")
                    .inferred())
            .regs(reg("12-KL/TW", CONCLUSION, "12-KL/TW", true, "Bộ Chính trị")));
    rows.add(
        row(
            "inferred: Chỉ thị N của Ban Bí thư → N-CT/TW",
            "Thực hiện Chỉ thị 08 của Ban Bí thư về tăng cường công tác dân vận.",
            brief("Chỉ thị 08", DIRECTIVE, "08", "08-CT/TW")
                .by("Ban Bí thư")
                .titled("về tăng cường công tác dân vận")
                .inferred()));
    rows.add(
        row(
            "inferred: Hướng dẫn số N của Ban Tổ chức Trung ương → N-HD/BTCTW",
            "Theo Hướng dẫn số 05 của Ban Tổ chức Trung ương.",
            brief("Hướng dẫn số 05", GUIDANCE, "05", "05-HD/BTCTW")
                .by("Ban Tổ chức Trung ương")
                .inferred()));
    rows.add(
        row(
                "inferred: Nghị quyết số N của Tỉnh ủy → N-NQ/TU",
                "Thực hiện Nghị quyết số 09 của Tỉnh ủy về phát triển du lịch.",
                brief("Nghị quyết số 09", RESOLUTION, "09", "09-NQ/TU")
                    .by("Tỉnh ủy Nam Định")
                    .titled("về phát triển du lịch")
                    .inferred())
            .in("Nam Định"));
    rows.add(
        row(
            "inferred: Kế hoạch số N của Huyện ủy … → N-KH/HU",
            "Thực hiện Kế hoạch số 40 của Huyện ủy Yên Thành về chuyển đổi số.",
            brief("Kế hoạch số 40", PLAN, "40", "40-KH/HU")
                .by("Huyện ủy Yên Thành")
                .titled("về chuyển đổi số")
                .inferred()));
    rows.add(
        row(
                "not inferred without an issuer: key KIND:number",
                "Cán bộ quán triệt Chỉ thị số 45 trong năm nay.",
                brief("Chỉ thị số 45", DIRECTIVE, "45", "DIRECTIVE:45"))
            .regs(reg("DIRECTIVE:45", DIRECTIVE, null, false, null)));
    rows.add(
        row(
                "not inferred for a State kind: key KIND:number",
                "Thực hiện Nghị định số 15 của Chính phủ về xử phạt.",
                brief("Nghị định số 15", DECREE, "15", "DECREE:15")
                    .by("Chính phủ")
                    .titled("về xử phạt"))
            .regs(reg("DECREE:15", DECREE, null, false, "Chính phủ")));
    rows.add(
        row(
            "inferred with date and term: Quyết định số N … của Bộ Chính trị khóa XI",
            "Theo Quyết định số 217 ngày 12/12/2013 của Bộ Chính trị khóa XI về quy chế giám sát.",
            brief("Quyết định số 217", DECISION, "217", "217-QĐ/TW")
                .on(2013, 12, 12)
                .by("Bộ Chính trị")
                .term("khóa XI")
                .titled("về quy chế giám sát")
                .inferred()));
    rows.add(
        row(
            "inferred with a parenthesised term",
            "Thực hiện Nghị quyết số 29 của Ban Chấp hành Trung ương Đảng (khóa XI) về đổi mới căn"
                + " bản, toàn diện giáo dục.",
            brief("Nghị quyết số 29", RESOLUTION, "29", "29-NQ/TW")
                .by("Ban Chấp hành Trung ương")
                .term("khóa XI")
                .titled("về đổi mới căn bản, toàn diện giáo dục")
                .inferred()));
    rows.add(
        row(
            "two inferred short forms in one sentence",
            "Thực hiện Kết luận số 37 của Ban Chấp hành Trung ương khóa XIII và Chỉ thị 16 của Bộ"
                + " Chính trị.",
            brief("Kết luận số 37", CONCLUSION, "37", "37-KL/TW")
                .by("Ban Chấp hành Trung ương")
                .term("khóa XIII")
                .inferred(),
            brief("Chỉ thị 16", DIRECTIVE, "16", "16-CT/TW").by("Bộ Chính trị").inferred()));
    rows.add(
        row(
            "two short forms, one with an issuer, one without",
            "Thực hiện Quy định 24 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Quy định"
                + " 22 về công tác kiểm tra.",
            brief("Quy định 24", REGULATION, "24", "24-QĐ/TW")
                .by("Ban Chấp hành Trung ương")
                .titled("về thi hành Điều lệ Đảng")
                .inferred(),
            brief("Quy định 22", REGULATION, "22", "REGULATION:22")
                .titled("về công tác kiểm tra")));

    // ---- dates
    rows.add(
        row(
            "date d-m-yyyy",
            "Chỉ thị số 28-CT/TW ngày 18-9-2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "date dd/mm/yyyy",
            "Chỉ thị số 28-CT/TW ngày 18/09/2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "date in words: ngày d tháng m năm yyyy",
            "Chỉ thị số 28-CT/TW ngày 18 tháng 9 năm 2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "date d.m.yyyy",
            "Chỉ thị số 28-CT/TW ngày 18.9.2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "invalid date 31/02 → null, the issuer is still read",
            "Chỉ thị số 28-CT/TW ngày 31/02/2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW").by("Ban Bí thư")));
    rows.add(
        row(
            "29 February: valid in a leap year, null otherwise",
            "Chỉ thị số 25-CT/TW ngày 29/02/2024 của Ban Bí thư và Chỉ thị số 26-CT/TW ngày"
                + " 29/02/2023 của Ban Bí thư.",
            full("Chỉ thị số 25-CT/TW", DIRECTIVE, "25", "25-CT/TW")
                .on(2024, 2, 29)
                .by("Ban Bí thư"),
            full("Chỉ thị số 26-CT/TW", DIRECTIVE, "26", "26-CT/TW").by("Ban Bí thư")));
    rows.add(
        row(
            "date after ban hành",
            "Chỉ thị số 28-CT/TW ban hành ngày 18/9/2023 của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "date with spaces around the dashes, commas around it",
            "Chỉ thị số 28-CT/TW, ngày 18 - 9 - 2023, của Ban Bí thư.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .on(2023, 9, 18)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "date after the issuer",
            "Chỉ thị số 28-CT/TW của Ban Bí thư ngày 18/9/2023.",
            full("Chỉ thị số 28-CT/TW", DIRECTIVE, "28", "28-CT/TW")
                .by("Ban Bí thư")
                .on(2023, 9, 18)));
    rows.add(
        row(
            "date after a comma without a space",
            "Bộ Chính trị ban hành Quy định số 85-QĐ/TW,ngày 12/4/2023.",
            full("Quy định số 85-QĐ/TW", REGULATION, "85", "85-QĐ/TW")
                .by("Bộ Chính trị")
                .on(2023, 4, 12)));

    // ---- issuers
    // issue 14: the subject of "ban hành" before a mention is its issuer, a date opening that
    // clause its date
    rows.add(
        row(
                "issuer before the mention: 'ngày 10-8-2023, Ban Thường vụ Thành ủy đã ban hành'",
                "Ngày 10-8-2023, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 245-KH/TU về triển"
                    + " khai thực hiện Quy định số 114-QĐ/TW.",
                full("Kế hoạch số 245-KH/TU", PLAN, "245", "245-KH/TU")
                    .by("Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh")
                    .on(2023, 8, 10)
                    .titled("về triển khai thực hiện Quy định số 114-QĐ/TW"),
                full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW"))
            .in("Thành phố Hồ Chí Minh"));
    rows.add(
        row(
                "issuer before the mention: a provincial police party committee",
                "Đảng ủy Công an tỉnh đã ban hành Kế hoạch số 38-KH/ĐU ngày 2/9/2025 về việc tự"
                    + " kiểm tra công tác bảo vệ chính trị nội bộ năm 2025.",
                full("Kế hoạch số 38-KH/ĐU", PLAN, "38", "38-KH/ĐU")
                    .by("Đảng ủy Công an tỉnh Lâm Đồng")
                    .on(2025, 9, 2)
                    .titled("về việc tự kiểm tra công tác bảo vệ chính trị nội bộ năm 2025"))
            .in("Lâm Đồng"));
    rows.add(
        row(
                "issuer after 'của': Đảng ủy Quân sự tỉnh completed with the article's province",
                "Triển khai Kế hoạch số 112-KH/ĐU ngày 1/3/2022 của Đảng ủy Quân sự tỉnh về thực"
                    + " hiện công tác giáo dục chính trị.",
                full("Kế hoạch số 112-KH/ĐU", PLAN, "112", "112-KH/ĐU")
                    .by("Đảng ủy Quân sự tỉnh Quảng Bình")
                    .on(2022, 3, 1)
                    .titled("về thực hiện công tác giáo dục chính trị"))
            .in("Quảng Bình"));
    rows.add(
        row(
                "a provincial Khối carries its province and its own name",
                "Quán triệt Kế hoạch số 45-KH/ĐUK ngày 28/10/2019 của Ban Thường vụ Đảng ủy Khối"
                    + " doanh nghiệp tỉnh về công tác cán bộ.",
                full("Kế hoạch số 45-KH/ĐUK", PLAN, "45", "45-KH/ĐUK")
                    .by("Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương")
                    .on(2019, 10, 28)
                    .titled("về công tác cán bộ"))
            .in("Bình Dương"));
    rows.add(
        row(
                "Ban Chấp hành Đảng bộ Khối: the Khối's name and province as written",
                "Nghị quyết số 05-NQ/ĐUK ngày 10/3/2022 của Ban Chấp hành Đảng bộ Khối các cơ quan"
                    + " tỉnh Lào Cai về công tác dân vận.",
                full("Nghị quyết số 05-NQ/ĐUK", RESOLUTION, "05", "05-NQ/ĐUK")
                    .by("Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Lào Cai")
                    .on(2022, 3, 10)
                    .titled("về công tác dân vận"))
            .in("Lào Cai"));
    rows.add(
        row(
            "Quân ủy Trung ương is a central issuer",
            "Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương về phát huy phẩm"
                + " chất “Bộ đội Cụ Hồ” trong tình hình mới.",
            full("Nghị quyết số 847-NQ/QUTW", RESOLUTION, "847", "847-NQ/QUTW")
                .by("Quân ủy Trung ương")
                .on(2021, 12, 28)
                .titled("về phát huy phẩm chất “Bộ đội Cụ Hồ” trong tình hình mới")));
    rows.add(
        row(
                "Ban Thường vụ Huyện ủy with no district after it: the district the text names",
                "Hội nghị quán triệt tại huyện Đồng Văn. Kế hoạch số 120-KH/HU ngày 5/7/2019 của Ban"
                    + " Thường vụ Huyện ủy triển khai thực hiện Chỉ thị số 35-CT/TW.",
                full("Kế hoạch số 120-KH/HU", PLAN, "120", "120-KH/HU")
                    .by("Ban Thường vụ Huyện ủy Đồng Văn")
                    .on(2019, 7, 5)
                    .titled("triển khai thực hiện Chỉ thị số 35-CT/TW"),
                full("Chỉ thị số 35-CT/TW", DIRECTIVE, "35", "35-CT/TW"))
            .in("Hà Giang"));
    rows.add(
        row(
                "no issuer stated: a '…-KH/HU' plan is the standing committee's of the district the"
                    + " text names",
                "Các chi bộ ở huyện Mèo Vạc thực hiện Kế hoạch số 98-KH/HU.",
                full("Kế hoạch số 98-KH/HU", PLAN, "98", "98-KH/HU"))
            .in("Hà Giang")
            .regs(reg("98-KH/HU", PLAN, "98-KH/HU", false, "Ban Thường vụ Huyện ủy Mèo Vạc")));
    rows.add(
        row(
                "no issuer stated: '…-KH/TU' in a centrally-run city: its Thành ủy's standing committee",
                "Các đảng bộ trực thuộc thực hiện Kế hoạch số 12-KH/TU.",
                full("Kế hoạch số 12-KH/TU", PLAN, "12", "12-KH/TU"))
            .in("Hà Nội")
            .regs(reg("12-KH/TU", PLAN, "12-KH/TU", false, "Ban Thường vụ Thành ủy Hà Nội")));
    rows.add(
        row(
                "issue 14: '…-KH/ĐUK' is the standing committee of the Khối the text names",
                "Đảng ủy Khối các cơ quan Thành phố Hà Nội triển khai Kế hoạch số 112-KH/ĐUK.",
                full("Kế hoạch số 112-KH/ĐUK", PLAN, "112", "112-KH/ĐUK"))
            .in("Hà Nội")
            .regs(
                reg(
                    "112-KH/ĐUK",
                    PLAN,
                    "112-KH/ĐUK",
                    false,
                    "Ban Thường vụ Đảng ủy Khối các cơ quan Thành phố Hà Nội")));
    rows.add(
        row(
                "issue 14: a resolution '…-NQ/TU' is the full committee's, not the standing one's",
                "Các chi bộ học tập Nghị quyết số 09-NQ/TU ngày 5/8/2021.",
                full("Nghị quyết số 09-NQ/TU", RESOLUTION, "09", "09-NQ/TU").on(2021, 8, 5))
            .in("Hà Nội")
            .regs(reg("09-NQ/TU", RESOLUTION, "09-NQ/TU", false, "Thành ủy Hà Nội")));
    rows.add(
        row(
                "issue 14: 'cùng ngày của X': the date of the citation before, X the issuer",
                "Quán triệt Quy chế số 07-QC/TU ngày 25/10/2024 về công tác nhân sự, ban hành kèm theo"
                    + " Quyết định số 1836-QĐ/TU cùng ngày của Ban Thường vụ Tỉnh ủy.",
                full("Quy chế số 07-QC/TU", RULES, "07", "07-QC/TU")
                    .on(2024, 10, 25)
                    .titled("về công tác nhân sự"),
                full("Quyết định số 1836-QĐ/TU", DECISION, "1836", "1836-QĐ/TU")
                    .on(2024, 10, 25)
                    .by("Ban Thường vụ Tỉnh ủy Quảng Trị"))
            .in("Quảng Trị")
            .regs(
                reg("07-QC/TU", RULES, "07-QC/TU", false, "Ban Thường vụ Tỉnh ủy Quảng Trị"),
                reg(
                    "1836-QĐ/TU",
                    DECISION,
                    "1836-QĐ/TU",
                    false,
                    "Ban Thường vụ Tỉnh ủy Quảng Trị")));
    rows.add(
        row(
            "issuer Ban Bí thư Trung ương Đảng → Ban Bí thư",
            "Quy định số 48-QĐ/TW ngày 21/3/2022 của Ban Bí thư Trung ương Đảng.",
            full("Quy định số 48-QĐ/TW", REGULATION, "48", "48-QĐ/TW")
                .on(2022, 3, 21)
                .by("Ban Bí thư")));
    rows.add(
        row(
            "issuer Ban Chấp hành Trung ương Đảng khoá XI (old tone) → term khóa XI",
            "Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XI về đổi mới giáo dục.",
            full("Nghị quyết số 29-NQ/TW", RESOLUTION, "29", "29-NQ/TW")
                .by("Ban Chấp hành Trung ương")
                .term("khóa XI")
                .titled("về đổi mới giáo dục")));
    rows.add(
        row(
            "issuer Bộ Chính trị khóa XII",
            "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị khóa XII về định hướng xây dựng"
                + " chính sách phát triển công nghiệp quốc gia.",
            full("Nghị quyết số 23-NQ/TW", RESOLUTION, "23", "23-NQ/TW")
                .on(2018, 3, 22)
                .by("Bộ Chính trị")
                .term("khóa XII")
                .titled("về định hướng xây dựng chính sách phát triển công nghiệp quốc gia")));
    rows.add(
        row(
            "issuer Bộ Chính trị (khóa XI)",
            "Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị (khóa XI) về tăng cường công tác"
                + " bảo vệ chính trị nội bộ.",
            full("Chỉ thị số 39-CT/TW", DIRECTIVE, "39", "39-CT/TW")
                .on(2014, 8, 18)
                .by("Bộ Chính trị")
                .term("khóa XI")
                .titled("về tăng cường công tác bảo vệ chính trị nội bộ")));
    rows.add(
        row(
            "issuer Ban Bí thư Trung ương Đảng khóa XIII",
            "Thực hiện Chỉ thị số 30-CT/TW của Ban Bí thư Trung ương Đảng khóa XIII về tổ chức đại"
                + " hội.",
            full("Chỉ thị số 30-CT/TW", DIRECTIVE, "30", "30-CT/TW")
                .by("Ban Bí thư")
                .term("khóa XIII")
                .titled("về tổ chức đại hội")));
    rows.add(
        row(
                "local issuer Ban Thường vụ Tỉnh ủy completed with the article's province",
                "Thực hiện Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch.",
                full("Nghị quyết số 05-NQ/TU", RESOLUTION, "05", "05-NQ/TU")
                    .by("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế")
                    .titled("về phát triển du lịch"))
            .in("Thừa Thiên Huế"));
    rows.add(
        row(
                "local issuer Ban Thường vụ Thành ủy of a city",
                "Thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Thành ủy về đô thị văn minh.",
                full("Chỉ thị số 12-CT/TU", DIRECTIVE, "12", "12-CT/TU")
                    .by("Ban Thường vụ Thành ủy Hải Phòng")
                    .titled("về đô thị văn minh"))
            .in("Hải Phòng"));
    rows.add(
        row(
                "local issuer naming another province than the article's",
                "Thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy Ninh Bình về đô thị văn"
                    + " minh.",
                full("Chỉ thị số 12-CT/TU", DIRECTIVE, "12", "12-CT/TU")
                    .by("Ban Thường vụ Tỉnh ủy Ninh Bình")
                    .titled("về đô thị văn minh"))
            .in("Hải Phòng"));
    rows.add(
        row(
            "local issuer without any province stays as written",
            "Quy chế số 31-QC/TU ngày 4/4/2022 của Ban Thường vụ Tỉnh ủy về làm việc.",
            full("Quy chế số 31-QC/TU", RULES, "31", "31-QC/TU")
                .on(2022, 4, 4)
                .by("Ban Thường vụ Tỉnh ủy")
                .titled("về làm việc")));
    rows.add(
        row(
            "Ban Thường vụ Đảng ủy Khối completed from the Khối named elsewhere",
            "Đảng ủy Khối Doanh nghiệp Trung ương tổ chức hội nghị. Tổng kết Nghị quyết số"
                + " 10-NQ/ĐUK ngày 4/4/2020 của Ban Thường vụ Đảng ủy Khối về nâng cao năng lực lãnh"
                + " đạo.",
            full("Nghị quyết số 10-NQ/ĐUK", RESOLUTION, "10", "10-NQ/ĐUK")
                .on(2020, 4, 4)
                .by("Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương")
                .titled("về nâng cao năng lực lãnh đạo")));
    rows.add(
        row(
            "Ban Thường vụ Đảng ủy Khối with no Khối named anywhere stays as written",
            "Triển khai Chỉ thị số 03-CT/ĐUK của Ban Thường vụ Đảng ủy Khối về học tập lý luận.",
            full("Chỉ thị số 03-CT/ĐUK", DIRECTIVE, "03", "03-CT/ĐUK")
                .by("Ban Thường vụ Đảng ủy Khối")
                .titled("về học tập lý luận")));
    rows.add(
        row(
                "issuer implied by /BTCTW when no của",
                "Quán triệt Hướng dẫn số 02-HD/BTCTW ngày 9/12/2022.",
                full("Hướng dẫn số 02-HD/BTCTW", GUIDANCE, "02", "02-HD/BTCTW").on(2022, 12, 9))
            .regs(reg("02-HD/BTCTW", GUIDANCE, "02-HD/BTCTW", false, "Ban Tổ chức Trung ương")));
    rows.add(
        row(
                "issuer implied by /NĐ-CP when no của",
                "Quán triệt Nghị định số 20/2024/NĐ-CP ngày 23/02/2024.",
                full("Nghị định số 20/2024/NĐ-CP", DECREE, "20", "20/2024/NĐ-CP").on(2024, 2, 23))
            .regs(reg("20/2024/NĐ-CP", DECREE, "20/2024/NĐ-CP", false, "Chính phủ")));
    rows.add(
        row(
                "issuer implied by /QH15 when no của",
                "Quán triệt Luật số 11/2022/QH15 tới đảng viên.",
                full("Luật số 11/2022/QH15", LAW, "11", "11/2022/QH15"))
            .regs(reg("11/2022/QH15", LAW, "11/2022/QH15", false, "Quốc hội")));
    rows.add(
        row(
                "issuer implied by …-KH/TU: the province's standing committee",
                "Quán triệt Kế hoạch số 215-KH/TU ngày 1/3/2023 tới đảng viên.",
                full("Kế hoạch số 215-KH/TU", PLAN, "215", "215-KH/TU").on(2023, 3, 1))
            .in("Nghệ An")
            .regs(reg("215-KH/TU", PLAN, "215-KH/TU", false, "Ban Thường vụ Tỉnh ủy Nghệ An")));
    rows.add(
        row(
                "no issuer implied by /TW alone",
                "Quán triệt Quy định số 96-QĐ/TW tới đảng viên.",
                full("Quy định số 96-QĐ/TW", REGULATION, "96", "96-QĐ/TW"))
            .regs(reg("96-QĐ/TW", REGULATION, "96-QĐ/TW", false, null)));

    rows.add(
        row(
                "issuer “UBND tỉnh” → Ủy ban nhân dân tỉnh + the article's province",
                "Ban hành Công văn số 1520/UBND-NC ngày 20/4/2022 của UBND tỉnh về việc rà soát.",
                full("Công văn số 1520/UBND-NC", OFFICIAL_LETTER, "1520", "1520/UBND-NC")
                    .on(2022, 4, 20)
                    .by("Ủy ban nhân dân tỉnh Quảng Ninh")
                    .titled("về việc rà soát"))
            .in("Quảng Ninh"));
    rows.add(
        row(
                "issuer Ban Chấp hành Đảng bộ tỉnh + the article's province",
                "Thực hiện Nghị quyết số 07-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh về"
                    + " phát triển nông nghiệp.",
                full("Nghị quyết số 07-NQ/TU", RESOLUTION, "07", "07-NQ/TU")
                    .on(2021, 8, 12)
                    .by("Ban Chấp hành Đảng bộ tỉnh Ninh Bình")
                    .titled("về phát triển nông nghiệp"))
            .in("Ninh Bình"));
    rows.add(
        row(
            "passive: “được <issuer> ban hành ngày …”",
            "Quy định số 35-QĐ/TW được Bộ Chính trị ban hành ngày 5/6/2021.",
            full("Quy định số 35-QĐ/TW", REGULATION, "35", "35-QĐ/TW")
                .by("Bộ Chính trị")
                .on(2021, 6, 5)));

    // ---- titles
    rows.add(
        row(
            "“về …” subject ends at ;",
            "Quán triệt Chỉ thị số 12-CT/TW của Bộ Chính trị về công tác dân số; Kết luận số"
                + " 40-KL/TW của Ban Bí thư về công tác phụ nữ.",
            full("Chỉ thị số 12-CT/TW", DIRECTIVE, "12", "12-CT/TW")
                .by("Bộ Chính trị")
                .titled("về công tác dân số"),
            full("Kết luận số 40-KL/TW", CONCLUSION, "40", "40-KL/TW")
                .by("Ban Bí thư")
                .titled("về công tác phụ nữ")));
    rows.add(
        row(
            "“về …” subject ends at “, <next citation>”",
            "Quán triệt Nghị quyết số 09-NQ/TU của Tỉnh ủy Bắc Ninh về phát triển công nghiệp, Kế"
                + " hoạch số 40-KH/TU của Tỉnh ủy Bắc Ninh về chuyển đổi số.",
            full("Nghị quyết số 09-NQ/TU", RESOLUTION, "09", "09-NQ/TU")
                .by("Tỉnh ủy Bắc Ninh")
                .titled("về phát triển công nghiệp"),
            full("Kế hoạch số 40-KH/TU", PLAN, "40", "40-KH/TU")
                .by("Tỉnh ủy Bắc Ninh")
                .titled("về chuyển đổi số")));
    rows.add(
        row(
            "“về …” subject ends before “ và tổng kết …”",
            "Hội nghị quán triệt Chỉ thị số 19-CT/TW của Ban Bí thư về công tác thanh niên và tổng"
                + " kết công tác năm 2023.",
            full("Chỉ thị số 19-CT/TW", DIRECTIVE, "19", "19-CT/TW")
                .by("Ban Bí thư")
                .titled("về công tác thanh niên")));
    rows.add(
        row(
            "“về …” subject ends before “ gồm N chương”, which is read as structure",
            "Quy định số 131-QĐ/TW ngày 28/10/2023 của Bộ Chính trị về kiểm soát quyền lực trong"
                + " công tác kiểm tra gồm 4 chương, 19 điều.",
            full("Quy định số 131-QĐ/TW", REGULATION, "131", "131-QĐ/TW")
                .on(2023, 10, 28)
                .by("Bộ Chính trị")
                .titled("về kiểm soát quyền lực trong công tác kiểm tra")
                .structure(4, 19)));
    rows.add(
        row(
            "“về …” subject ends before “, được …”",
            "Quán triệt Quy định số 65-QĐ/TW của Bộ Chính trị về luân chuyển cán bộ, được ban hành"
                + " nhằm đổi mới công tác cán bộ.",
            full("Quy định số 65-QĐ/TW", REGULATION, "65", "65-QĐ/TW")
                .by("Bộ Chính trị")
                .titled("về luân chuyển cán bộ")));
    rows.add(
        row(
            "“về …” subject ends at (",
            "Quán triệt Quy định số 65-QĐ/TW của Bộ Chính trị về luân chuyển cán bộ (thay thế quy"
                + " định cũ).",
            full("Quy định số 65-QĐ/TW", REGULATION, "65", "65-QĐ/TW")
                .by("Bộ Chính trị")
                .titled("về luân chuyển cán bộ")));
    rows.add(
        row(
            "“về …” subject with inner quotes and a NO-BREAK SPACE, ending at ;",
            "Kết luận số 19-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng, ngăn chặn sự suy thoái về"
                + " tư tưởng,"
                + NB
                + "chính trị, những biểu hiện “tự diễn biến”, “tự chuyển hóa”"
                + " trong nội bộ; và các nghị quyết khác.",
            full("Kết luận số 19-KL/TW", CONCLUSION, "19", "19-KL/TW")
                .titled(
                    "về đẩy mạnh xây dựng, chỉnh đốn Đảng, ngăn chặn sự suy thoái về tư tưởng,"
                        + NB
                        + "chính trị, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội"
                        + " bộ")));
    rows.add(
        row(
            "quoted title after về: the quotes' content",
            "Quán triệt Quy định số 114-QĐ/TW về “kiểm soát quyền lực và phòng, chống tham nhũng"
                + " trong công tác cán bộ”.",
            full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW")
                .titled("kiểm soát quyền lực và phòng, chống tham nhũng trong công tác cán bộ")));
    rows.add(
        row(
            "title in ASCII double quotes",
            "Quán triệt Quy định số 114-QĐ/TW \"Về kiểm soát quyền lực trong công tác cán bộ\".",
            full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW")
                .titled("Về kiểm soát quyền lực trong công tác cán bộ")));
    rows.add(
        row(
            "bare subject right after the issuer",
            "Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị phân cấp quản lý cán bộ và bổ"
                + " nhiệm, giới thiệu cán bộ ứng cử.",
            full("Quy định số 105-QĐ/TW", REGULATION, "105", "105-QĐ/TW")
                .on(2017, 12, 19)
                .by("Bộ Chính trị")
                .titled("phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử")));
    rows.add(
        row(
            "bare subject “thi hành …” after the issuer",
            "Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành"
                + " Điều lệ Đảng.",
            full("Quy định số 24-QĐ/TW", REGULATION, "24", "24-QĐ/TW")
                .on(2021, 7, 30)
                .by("Ban Chấp hành Trung ương")
                .titled("thi hành Điều lệ Đảng")));
    rows.add(
        row(
            "no bare subject when a predicate follows the issuer (hướng dẫn …)",
            "Quy định số 07-QĐ/TW của Ban Bí thư hướng dẫn một số nội dung cụ thể.",
            full("Quy định số 07-QĐ/TW", REGULATION, "07", "07-QĐ/TW").by("Ban Bí thư")));
    rows.add(
        row(
            "issue 14: a Hướng dẫn's verb phrase after its issuer is its title",
            "Hướng dẫn số 07-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn một số nội dung cụ thể.",
            full("Hướng dẫn số 07-HD/BTCTW", GUIDANCE, "07", "07-HD/BTCTW")
                .by("Ban Tổ chức Trung ương")
                .titled("hướng dẫn một số nội dung cụ thể")));
    rows.add(
        row(
            "no bare subject when a predicate follows the issuer (thực hiện …)",
            "Quy định số 114-QĐ/TW của Bộ Chính trị thực hiện trong toàn Đảng.",
            full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW").by("Bộ Chính trị")));

    rows.add(
        row(
            "a Nghị định's bare subject may start with “quy định”",
            "Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương cơ sở.",
            full("Nghị định số 73/2024/NĐ-CP", DECREE, "73", "73/2024/NĐ-CP")
                .on(2024, 6, 30)
                .by("Chính phủ")
                .titled("quy định mức lương cơ sở")));
    rows.add(
        row(
            "a law named by its title after its numbered citation: NAMED form; the decree's"
                + " verb-phrase title runs over the law it details (issue 14)",
            "Quốc hội thông qua Luật Thanh tra số 11/2022/QH15. Nghị định số 43/2023/NĐ-CP quy"
                + " định chi tiết một số điều của Luật Thanh tra.",
            full("Luật Thanh tra số 11/2022/QH15", LAW, "11", "11/2022/QH15")
                .titled("Luật Thanh tra"),
            full("Nghị định số 43/2023/NĐ-CP", DECREE, "43", "43/2023/NĐ-CP")
                .titled("quy định chi tiết một số điều của Luật Thanh tra"),
            named("Luật Thanh tra", LAW, "11", "11/2022/QH15").titled("Luật Thanh tra")));
    rows.add(
        row(
            "“Chỉ thị này” going on about the cited Chỉ thị is not another citation",
            "Ban Bí thư ban hành Chỉ thị số 21-CT/TW. Theo đó, Chỉ thị này được ban hành nhằm tăng"
                + " cường lãnh đạo.",
            full("Chỉ thị số 21-CT/TW", DIRECTIVE, "21", "21-CT/TW").by("Ban Bí thư")));

    // issue 14: where an unquoted title ends, and verb-phrase titles of state documents
    rows.add(
        row(
            "a title ends before ', từ nội dung đến cách làm'",
            "Quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng,"
                + " từ nội dung đến cách làm trong từng chi bộ.",
            full("Quy định số 144-QĐ/TW", REGULATION, "144", "144-QĐ/TW")
                .by("Bộ Chính trị")
                .titled("về chuẩn mực đạo đức cách mạng")));
    rows.add(
        row(
            "a title ends before ', trong thời gian từ … đến …'",
            "Kế hoạch số 38-KH/ĐU về việc tự kiểm tra công tác bảo vệ chính trị nội bộ, trong thời"
                + " gian từ tháng 9 đến tháng 11/2025.",
            full("Kế hoạch số 38-KH/ĐU", PLAN, "38", "38-KH/ĐU")
                .titled("về việc tự kiểm tra công tác bảo vệ chính trị nội bộ")));
    rows.add(
        row(
            "a title keeps ', từ chức' (no 'đến' follows)",
            "Quy định số 41-QĐ/TW của Bộ Chính trị về việc miễn nhiệm, từ chức đối với cán bộ.",
            full("Quy định số 41-QĐ/TW", REGULATION, "41", "41-QĐ/TW")
                .by("Bộ Chính trị")
                .titled("về việc miễn nhiệm, từ chức đối với cán bộ")));
    rows.add(
        row(
            "a title ends before 'và các văn bản hướng dẫn'",
            "Triển khai Nghị định số 98/2023/NĐ-CP về thi đua, khen thưởng và các văn bản hướng"
                + " dẫn thi hành.",
            full("Nghị định số 98/2023/NĐ-CP", DECREE, "98", "98/2023/NĐ-CP")
                .titled("về thi đua, khen thưởng")));
    rows.add(
        row(
            "a title ends before a new predicate ', xây dựng kế hoạch …'",
            "Các cấp ủy quán triệt Kế hoạch số 65-KH/TU về học tập các quy định của Trung ương,"
                + " xây dựng kế hoạch cụ thể của cấp mình.",
            full("Kế hoạch số 65-KH/TU", PLAN, "65", "65-KH/TU")
                .titled("về học tập các quy định của Trung ương")));
    rows.add(
        row(
                "a Quyết định's verb-phrase title runs over the decree it implements",
                "UBND tỉnh ban hành Quyết định số 145/QĐ-UBND ban hành Kế hoạch triển khai thi hành"
                    + " Nghị định số 98/2023/NĐ-CP, giao Sở Nội vụ chủ trì.",
                full("Quyết định số 145/QĐ-UBND", DECISION, "145", "145/QĐ-UBND")
                    .by("Ủy ban nhân dân tỉnh Kiên Giang")
                    .titled("ban hành Kế hoạch triển khai thi hành Nghị định số 98/2023/NĐ-CP"),
                full("Nghị định số 98/2023/NĐ-CP", DECREE, "98", "98/2023/NĐ-CP"))
            .in("Kiên Giang"));
    rows.add(
        row(
            "issue 14: a Hướng dẫn's 'thực hiện Quy định …' is its title and what it guides",
            "Hướng dẫn số 25-HD/BTCTW thực hiện Quy định số 96-QĐ/TW.",
            full("Hướng dẫn số 25-HD/BTCTW", GUIDANCE, "25", "25-HD/BTCTW")
                .titled("thực hiện Quy định số 96-QĐ/TW"),
            full("Quy định số 96-QĐ/TW", REGULATION, "96", "96-QĐ/TW")));

    rows.add(
        row(
                "no issuer stated: '…/ĐU' is the party committee the article names",
                "Hội nghị do Đảng ủy Quân sự tỉnh tổ chức. Các chi bộ quán triệt Nghị quyết số"
                    + " 05-NQ/ĐU ngày 28/8/2023 về lãnh đạo thực hiện Quy định số 114-QĐ/TW.",
                full("Nghị quyết số 05-NQ/ĐU", RESOLUTION, "05", "05-NQ/ĐU")
                    .on(2023, 8, 28)
                    .titled("về lãnh đạo thực hiện Quy định số 114-QĐ/TW"),
                full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW"))
            .in("Thanh Hóa")
            .regs(
                reg("05-NQ/ĐU", RESOLUTION, "05-NQ/ĐU", false, "Đảng ủy Quân sự tỉnh Thanh Hóa"),
                reg("114-QĐ/TW", REGULATION, "114-QĐ/TW", false, null)));
    rows.add(
        row(
                "a commune's standing committee takes the commune the text names",
                "Đồng chí Bí thư Đảng ủy xã Mèo Vạc chủ trì. Kế hoạch số 15-KH/ĐU ngày 29/9/2025 của"
                    + " Ban Thường vụ Đảng ủy xã về học tập các văn bản của Trung ương.",
                full("Kế hoạch số 15-KH/ĐU", PLAN, "15", "15-KH/ĐU")
                    .on(2025, 9, 29)
                    .by("Ban Thường vụ Đảng ủy xã Mèo Vạc")
                    .titled("về học tập các văn bản của Trung ương"))
            .in("Tuyên Quang"));

    rows.add(
        row(
            "two joined documents of one kind share the date and issuer written once",
            "Quán triệt Nghị quyết số 42-NQ/TW và Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban"
                + " Chấp hành Trung ương.",
            full("Nghị quyết số 42-NQ/TW", RESOLUTION, "42", "42-NQ/TW")
                .on(2023, 11, 24)
                .by("Ban Chấp hành Trung ương"),
            full("Nghị quyết số 43-NQ/TW", RESOLUTION, "43", "43-NQ/TW")
                .on(2023, 11, 24)
                .by("Ban Chấp hành Trung ương")));
    rows.add(
        row(
            "the second of a joined pair of one series takes the issuer of the first",
            "Nghị quyết số 27-NQ/TW ngày 9/11/2022 của Ban Chấp hành Trung ương về xây dựng Nhà"
                + " nước pháp quyền và Nghị quyết số 28-NQ/TW ngày 17/11/2022 về đổi mới phương"
                + " thức lãnh đạo.",
            full("Nghị quyết số 27-NQ/TW", RESOLUTION, "27", "27-NQ/TW")
                .on(2022, 11, 9)
                .by("Ban Chấp hành Trung ương")
                .titled("về xây dựng Nhà nước pháp quyền"),
            full("Nghị quyết số 28-NQ/TW", RESOLUTION, "28", "28-NQ/TW")
                .on(2022, 11, 17)
                .by("Ban Chấp hành Trung ương")
                .titled("về đổi mới phương thức lãnh đạo")));
    rows.add(
        row(
            "a title ends before 'do X tổ chức' (the meeting's organizer)",
            "Hội nghị triển khai Nghị định số 178/2024/NĐ-CP về chính sách đối với cán bộ do Bộ Nội"
                + " vụ tổ chức đã được kết nối trực tuyến.",
            full("Nghị định số 178/2024/NĐ-CP", DECREE, "178", "178/2024/NĐ-CP")
                .titled("về chính sách đối với cán bộ")));
    rows.add(
        row(
            "a title ends before ', X đã ban hành …'",
            "Thực hiện Nghị định số 73/2023/NĐ-CP quy định về khuyến khích cán bộ năng động, UBND"
                + " Thành phố đã ban hành kế hoạch.",
            full("Nghị định số 73/2023/NĐ-CP", DECREE, "73", "73/2023/NĐ-CP")
                .titled("quy định về khuyến khích cán bộ năng động")));

    // ---- structure
    rows.add(
        row(
            "structure gồm N chương, M điều",
            "Quy định số 80-QĐ/TW của Bộ Chính trị gồm 5 chương, 21 điều.",
            full("Quy định số 80-QĐ/TW", REGULATION, "80", "80-QĐ/TW")
                .by("Bộ Chính trị")
                .structure(5, 21)));
    rows.add(
        row(
            "structure có N chương và M điều",
            "Quy định số 80-QĐ/TW của Bộ Chính trị có 4 chương và 17 điều.",
            full("Quy định số 80-QĐ/TW", REGULATION, "80", "80-QĐ/TW")
                .by("Bộ Chính trị")
                .structure(4, 17)));
    rows.add(
        row(
            "structure bao gồm …, then a “về …” subject",
            "Quy định số 80-QĐ/TW của Bộ Chính trị bao gồm 3 chương, 12 điều về phân cấp quản lý.",
            full("Quy định số 80-QĐ/TW", REGULATION, "80", "80-QĐ/TW")
                .by("Bộ Chính trị")
                .structure(3, 12)
                .titled("về phân cấp quản lý")));

    // ---- a subject shared by two documents of one kind
    rows.add(
        row(
            "“về …” after the second of two Chỉ thị joined by “gắn với tổng kết” belongs to both",
            "Tổng kết Chỉ thị số 18-CT/TW ngày 10/9/2017 của Bộ Chính trị gắn với tổng kết Chỉ thị"
                + " số 07-CT/TU ngày 3/3/2016 của Ban Thường vụ Tỉnh ủy Phú Thọ về tăng cường công"
                + " tác dân vận.",
            full("Chỉ thị số 18-CT/TW", DIRECTIVE, "18", "18-CT/TW")
                .on(2017, 9, 10)
                .by("Bộ Chính trị")
                .titled("về tăng cường công tác dân vận"),
            full("Chỉ thị số 07-CT/TU", DIRECTIVE, "07", "07-CT/TU")
                .on(2016, 3, 3)
                .by("Ban Thường vụ Tỉnh ủy Phú Thọ")
                .titled("về tăng cường công tác dân vận")));
    rows.add(
        row(
            "shared subject across NO-BREAK SPACEs in “gắn với tổng kết”",
            "Chỉ thị số 18-CT/TW của Bộ Chính trị"
                + NB
                + "gắn"
                + NB
                + "với"
                + NB
                + "tổng"
                + NB
                + "kết"
                + NB
                + "Chỉ thị số 07-CT/TU của Tỉnh ủy Phú Thọ về tăng cường công tác dân"
                + " vận.",
            full("Chỉ thị số 18-CT/TW", DIRECTIVE, "18", "18-CT/TW")
                .by("Bộ Chính trị")
                .titled("về tăng cường công tác dân vận"),
            full("Chỉ thị số 07-CT/TU", DIRECTIVE, "07", "07-CT/TU")
                .by("Tỉnh ủy Phú Thọ")
                .titled("về tăng cường công tác dân vận")));
    rows.add(
        row(
            "no shared subject between documents of different kinds",
            "Tổng kết Nghị quyết số 18-NQ/TW của Bộ Chính trị gắn với tổng kết Chỉ thị số 07-CT/TU"
                + " của Ban Thường vụ Tỉnh ủy Phú Thọ về tăng cường công tác dân vận.",
            full("Nghị quyết số 18-NQ/TW", RESOLUTION, "18", "18-NQ/TW").by("Bộ Chính trị"),
            full("Chỉ thị số 07-CT/TU", DIRECTIVE, "07", "07-CT/TU")
                .by("Ban Thường vụ Tỉnh ủy Phú Thọ")
                .titled("về tăng cường công tác dân vận")));
    rows.add(
        row(
            "two documents listed with “và”: issuers kept apart, no title",
            "Quy định số 114-QĐ/TW của Bộ Chính trị và Hướng dẫn số 03-HD/BTCTW của Ban Tổ chức"
                + " Trung ương.",
            full("Quy định số 114-QĐ/TW", REGULATION, "114", "114-QĐ/TW").by("Bộ Chính trị"),
            full("Hướng dẫn số 03-HD/BTCTW", GUIDANCE, "03", "03-HD/BTCTW")
                .by("Ban Tổ chức Trung ương")));

    // ---- not citations
    rows.add(
        none(
            "unnumbered Nghị quyết Trung ương 4 (khóa XI, XII)",
            "Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng, chỉnh đốn Đảng."));
    rows.add(
        none(
            "unnumbered Nghị quyết Trung ương 8 khóa XIII",
            "Nghị quyết Trung ương 8 khóa XIII được triển khai sâu rộng."));
    rows.add(
        none(
            "unnumbered Quy chế bầu cử trong Đảng",
            "Tổng kết thực hiện Quy chế bầu cử trong Đảng."));
    rows.add(
        none(
            "unnumbered Nghị quyết Đại hội",
            "Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh"
                + " lần thứ XX."));
    rows.add(none("unnumbered Quyết định", "Công bố Quyết định thành lập Đoàn kiểm tra."));
    rows.add(
        none(
            "unnumbered Chỉ thị of a named issuer",
            "Tổng kết 10 năm thực hiện Chỉ thị của Bộ Chính trị."));
    rows.add(none("committee Ban Chỉ đạo 35", "Đồng chí Trưởng Ban Chỉ đạo 35 tỉnh phát biểu."));
    rows.add(none("committee Ban Chỉ đạo 138", "Ban Chỉ đạo 138 của tỉnh họp phiên thường kỳ."));
    rows.add(none("Đoàn Kiểm tra số 7", "Trưởng Đoàn Kiểm tra số 7 chủ trì hội nghị."));
    rows.add(none("Điều 1", "Theo Điều 1 của quy chế, đảng viên phải gương mẫu."));
    rows.add(none("Khoản 2 Điều 5", "Tại Khoản 2 Điều 5 của Luật này."));
    rows.add(
        none(
            "verb: Nghị định quy định 3 trường hợp",
            "Nghị định quy định 3 trường hợp được miễn trách nhiệm."));
    rows.add(none("verb: Luật quy định 5 hành vi", "Luật quy định 5 hành vi bị nghiêm cấm."));
    rows.add(none("verb: Hướng dẫn quy định 4 bước", "Hướng dẫn quy định 4 bước thực hiện."));
    rows.add(
        none(
            "licence Giấy phép xuất bản số …/GP-BTTTT",
            "Giấy phép xuất bản số 45/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 3/5/2018."));
    rows.add(
        none("licence Giấy phép số …/GP-BTTTT", "Giấy phép số 120/GP-BTTTT cấp ngày 12/4/2021."));
    rows.add(
        none(
            "lowercase abbreviations nq, ct in running text",
            "Các chi bộ bàn về nq 5 và ct 12 trong buổi sinh hoạt."));
    rows.add(
        none(
            "lowercase abbreviations qđ, kl, hd in running text",
            "Các ý kiến về qđ 69 và kl 12, hd 3 đã được tiếp thu."));
    rows.add(
        none(
            "term of office nhiệm kỳ 2020 - 2025",
            "Đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 đã thành công."));
    rows.add(
        none(
            "term of office with an en dash", "Nhiệm kỳ 2025–2030, tỉnh phấn đấu tăng trưởng 8%."));
    rows.add(none("a date alone", "Ngày 12/3/2024, Tỉnh ủy tổ chức hội nghị."));
    rows.add(none("a year and a count", "Năm 2023, 1.250 đảng viên được kết nạp."));
    rows.add(none("Kế hoạch số hóa", "Thực hiện Kế hoạch số hóa hồ sơ đảng viên."));
    rows.add(none("Chương trình số", "Chương trình số 12 của đài truyền hình."));
    rows.add(none("Thông tư này", "Thông tư này có hiệu lực."));
    rows.add(none("luật số in lower case", "luật số 5 của tỉnh."));
    return rows.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rows")
  void citations(Row row) {
    Province province =
        row.province() == null ? null : Gazetteer.get().byName(row.province()).orElseThrow();
    CitationExtractor.Result result = EXTRACTOR.extract(row.body(), province);

    for (CitationMention c : result.citations()) {
      assertThat(c.span().end()).isLessThanOrEqualTo(row.body().length());
      assertThat(c.text())
          .as("text of span %s", c.span())
          .isEqualTo(row.body().substring(c.span().start(), c.span().end()));
    }
    Map<String, ExtractedRegulation> regulations = new LinkedHashMap<>();
    result.regulations().forEach(r -> regulations.put(r.key(), r));
    List<Cite> actual =
        result.citations().stream()
            .map(c -> Cite.of(c, regulations.get(c.regulationKey())))
            .toList();
    assertThat(actual).containsExactlyElementsOf(row.cites());
    assertThat(regulations.keySet())
        .containsExactlyInAnyOrderElementsOf(
            row.cites().stream().map(Cite::key).distinct().toList());
    for (Reg expected : row.regs()) {
      assertThat(regulations).containsKey(expected.key());
      assertThat(Reg.of(regulations.get(expected.key()))).isEqualTo(expected);
    }
  }

  @Test
  void tablesAreLargeEnough() {
    List<Row> all = rows().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(90);
    assertThat(all.stream().filter(r -> r.cites().isEmpty()).count()).isGreaterThanOrEqualTo(20);
    Set<String> names = new HashSet<>();
    all.forEach(r -> assertThat(names.add(r.name())).as("duplicate row %s", r.name()).isTrue());
    Set<RegulationKind> kinds =
        all.stream().flatMap(r -> r.cites().stream()).map(Cite::kind).collect(toSet());
    assertThat(kinds)
        .containsAll(
            Arrays.stream(RegulationKind.values()).filter(k -> k != RegulationKind.OTHER).toList());
    assertThat(relationRows().count()).isGreaterThanOrEqualTo(20);
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return java.util.stream.Collectors.toCollection(HashSet::new);
  }

  // ---------------------------------------------------------------------------------------------
  // The relation table

  static Stream<RelRow> relationRows() {
    List<RelRow> rows = new ArrayList<>();

    // ---- REPLACES
    rows.add(
        relRow(
            "REPLACES: “…, thay thế cho …” after the structure",
            "Quy định số 114-QĐ/TW gồm 4 chương, 15 điều, thay thế cho Quy định số 205-QĐ/TW ngày"
                + " 23/9/2019 của Bộ Chính trị.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES: “thay thế”",
            "Quy định số 114-QĐ/TW thay thế Quy định số 205-QĐ/TW.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES: “, thay thế” after the date",
            "Bộ Chính trị ban hành Quy định số 69-QĐ/TW ngày 6/7/2022, thay thế Quy định số"
                + " 102-QĐ/TW ngày 15/11/2017.",
            2,
            rel(REPLACES, "69-QĐ/TW", "102-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES: “được ban hành thay thế”",
            "Quy định số 114-QĐ/TW được ban hành thay thế Quy định số 205-QĐ/TW.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES after a quoted title; an unresolved short target keeps KIND:number",
            "Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị “Một số vấn đề về bảo vệ chính trị"
                + " nội bộ Đảng” thay thế Quy định số 126.",
            2,
            rel(REPLACES, "58-QĐ/TW", "REGULATION:126")));
    rows.add(
        relRow(
            "REPLACES passive: “đã được thay thế bởi” (the second replaces the first)",
            "Quy định số 205-QĐ/TW đã được thay thế bởi Quy định số 114-QĐ/TW.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES passive: “được thay thế bằng”",
            "Quy định số 205-QĐ/TW được thay thế bằng Quy định số 114-QĐ/TW của Bộ Chính trị.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES passive: “bị thay thế bởi”",
            "Quy định số 205-QĐ/TW bị thay thế bởi Quy định số 114-QĐ/TW.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES with NO-BREAK SPACEs in the verb phrase",
            "Quy định số 114-QĐ/TW"
                + NB
                + "thay"
                + NB
                + "thế"
                + NB
                + "cho"
                + NB
                + "Quy định số 205-QĐ/TW.",
            2,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW")));

    // ---- GUIDES
    rows.add(
        relRow(
            "GUIDES: Hướng dẫn … của Ban Tổ chức Trung ương thực hiện Quy định số N",
            "Quy định số 96-QĐ/TW ngày 2/2/2023 của Bộ Chính trị, Hướng dẫn số 25-HD/BTCTW ngày"
                + " 19/4/2023 của Ban Tổ chức Trung ương thực hiện Quy định số 96.",
            3,
            rel(GUIDES, "25-HD/BTCTW", "96-QĐ/TW")));
    rows.add(
        relRow(
            "GUIDES: Hướng dẫn … thực hiện Quy định …",
            "Hướng dẫn số 25-HD/BTCTW thực hiện Quy định số 96-QĐ/TW.",
            2,
            rel(GUIDES, "25-HD/BTCTW", "96-QĐ/TW")));
    rows.add(
        relRow(
            "GUIDES: Hướng dẫn … hướng dẫn thực hiện …",
            "Hướng dẫn số 25-HD/BTCTW hướng dẫn thực hiện Quy định số 96-QĐ/TW.",
            2,
            rel(GUIDES, "25-HD/BTCTW", "96-QĐ/TW")));
    rows.add(
        relRow(
            "GUIDES: Kế hoạch số … triển khai thực hiện Chỉ thị số …",
            "Tỉnh ủy ban hành Kế hoạch số 31-KH/TU triển khai thực hiện Chỉ thị số 30-CT/TW của Ban"
                + " Bí thư.",
            2,
            rel(GUIDES, "31-KH/TU", "30-CT/TW")));
    rows.add(
        relRow(
            "GUIDES: Quyết định … thực hiện Quy định …",
            "Tỉnh ủy triển khai Quyết định số 290-QĐ/TU thực hiện Quy định số 69-QĐ/TW.",
            2,
            rel(GUIDES, "290-QĐ/TU", "69-QĐ/TW")));
    rows.add(
        relRow(
            "GUIDES: Nghị định … quy định chi tiết một số điều của Luật <name> số …",
            "Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thanh tra số"
                + " 11/2022/QH15.",
            2,
            rel(GUIDES, "59/2023/NĐ-CP", "11/2022/QH15")));
    rows.add(
        relRow(
            "GUIDES: Nghị định … quy định chi tiết một số điều của Luật số …",
            "Nghị định số 33/2024/NĐ-CP quy định chi tiết một số điều của Luật số 24/2018/QH14.",
            2,
            rel(GUIDES, "33/2024/NĐ-CP", "24/2018/QH14")));
    rows.add(
        relRow(
            "GUIDES: Thông tư … hướng dẫn Nghị định …",
            "Thông tư số 04/2024/TT-BNV hướng dẫn Nghị định số 33/2024/NĐ-CP.",
            2,
            rel(GUIDES, "04/2024/TT-BNV", "33/2024/NĐ-CP")));

    // issue 14: GUIDES stated inside the title of the first document
    rows.add(
        relRow(
            "GUIDES: Nghị quyết … về lãnh đạo thực hiện Kết luận số …",
            "Nghị quyết số 05-NQ/ĐUK ngày 10/3/2022 của Ban Chấp hành Đảng bộ Khối về lãnh đạo"
                + " thực hiện Kết luận số 21-KL/TW trong Đảng bộ Khối.",
            2,
            rel(GUIDES, "05-NQ/ĐUK", "21-KL/TW")));
    rows.add(
        relRow(
            "GUIDES: Quyết định … ban hành Kế hoạch triển khai thực hiện Nghị định số …",
            "Quyết định số 1234/QĐ-UBND ban hành Kế hoạch triển khai thực hiện Nghị định số"
                + " 98/2023/NĐ-CP trên địa bàn tỉnh.",
            2,
            rel(GUIDES, "1234/QĐ-UBND", "98/2023/NĐ-CP")));
    rows.add(
        relRow(
            "GUIDES: Kế hoạch … của Đảng ủy Công an tỉnh về thực hiện Kết luận số …",
            "Đảng ủy Công an tỉnh ban hành Kế hoạch số 25-KH/ĐU ngày 15/12/2021 của Đảng ủy Công an"
                + " tỉnh về thực hiện Kết luận số 21-KL/TW, tổ chức quán triệt đến đảng viên.",
            2,
            rel(GUIDES, "25-KH/ĐU", "21-KL/TW")));
    rows.add(
        relRow(
            "no relation: a resolution's title about the topic of another document",
            "Nghị quyết số 12-NQ/TU về công tác cán bộ và Quy định số 114-QĐ/TW của Bộ Chính trị.",
            2));

    rows.add(
        relRow(
            "GUIDES: Hướng dẫn … thực hiện một số nội dung của Quy định …",
            "Hướng dẫn số 25-HD/BTCTW ngày 24/11/2023 của Ban Tổ chức Trung ương thực hiện một số"
                + " nội dung của Quy định số 124-QĐ/TW.",
            2,
            rel(GUIDES, "25-HD/BTCTW", "124-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES: '… có hiệu lực từ ngày ký và thay thế …'",
            "Quy định số 124-QĐ/TW có hiệu lực từ ngày ký và thay thế Quy định số 132-QĐ/TW của Bộ"
                + " Chính trị.",
            2,
            rel(REPLACES, "124-QĐ/TW", "132-QĐ/TW")));

    // ---- AMENDS, ISSUED_WITH
    rows.add(
        relRow(
            "AMENDS passive: “được sửa đổi, bổ sung bởi” (the amender is the source)",
            "Nghị định số 30/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 15/2024/NĐ-CP.",
            2,
            rel(AMENDS, "15/2024/NĐ-CP", "30/2020/NĐ-CP")));
    rows.add(
        relRow(
            "AMENDS active: “sửa đổi, bổ sung một số điều của”",
            "Nghị định số 15/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số"
                + " 30/2020/NĐ-CP.",
            2,
            rel(AMENDS, "15/2024/NĐ-CP", "30/2020/NĐ-CP")));
    rows.add(
        relRow(
            "ISSUED_WITH: Quy chế số … ban hành kèm theo Quyết định số …",
            "Quy chế số 12-QC/TU ban hành kèm theo Quyết định số 340-QĐ/TU của Ban Thường vụ Tỉnh"
                + " ủy.",
            2,
            rel(ISSUED_WITH, "12-QC/TU", "340-QĐ/TU")));
    rows.add(
        relRow(
            "ISSUED_WITH: “được ban hành kèm theo”",
            "Quy chế số 05-QC/HU được ban hành kèm theo Quyết định số 88-QĐ/HU.",
            2,
            rel(ISSUED_WITH, "05-QC/HU", "88-QĐ/HU")));
    rows.add(
        relRow(
            "two relations in one sentence",
            "Quy định số 114-QĐ/TW thay thế cho Quy định số 205-QĐ/TW và Hướng dẫn số 03-HD/BTCTW"
                + " thực hiện Quy định số 114.",
            4,
            rel(REPLACES, "114-QĐ/TW", "205-QĐ/TW"),
            rel(GUIDES, "03-HD/BTCTW", "114-QĐ/TW")));

    rows.add(
        relRow(
            "REPLACES stated by a sentence-initial “Quy định gồm …, thay thế …”",
            "Bộ Chính trị ban hành Quy định số 80-QĐ/TW ngày 18/8/2022. Quy định gồm 5 chương, 18"
                + " điều, thay thế Quy định số 105-QĐ/TW.",
            2,
            rel(REPLACES, "80-QĐ/TW", "105-QĐ/TW")));
    rows.add(
        relRow(
            "REPLACES inside parentheses",
            "Kế hoạch số 12-KH/TU (thay thế Kế hoạch số 5-KH/TU).",
            2,
            rel(REPLACES, "12-KH/TU", "5-KH/TU")));
    rows.add(
        relRow(
            "GUIDES a law named by its title",
            "Quốc hội thông qua Luật Thanh tra số 11/2022/QH15. Nghị định số 43/2023/NĐ-CP quy"
                + " định chi tiết một số điều của Luật Thanh tra.",
            3,
            rel(GUIDES, "43/2023/NĐ-CP", "11/2022/QH15")));

    // ---- no relation stated
    rows.add(
        relRow(
            "no relation: two documents listed together",
            "Quy định số 58-QĐ/TW và Hướng dẫn số 01-HD/BTCTW.",
            2));
    rows.add(
        relRow(
            "no relation: two documents listed with issuers",
            "Quán triệt Quy định số 114-QĐ/TW của Bộ Chính trị và Hướng dẫn số 03-HD/BTCTW của"
                + " Ban Tổ chức Trung ương.",
            2));
    rows.add(
        relRow(
            "no relation: Hội nghị … Chỉ thị … và hướng dẫn thực hiện Quy định (the meeting"
                + " guides, not the Chỉ thị)",
            "Hội nghị đánh giá 5 năm thực hiện Chỉ thị số 02-CT/ĐUK, ngày 10/3/2019 của Ban Thường"
                + " vụ Đảng ủy Khối và hướng dẫn thực hiện Quy định số 126-QĐ/TW của Bộ Chính trị.",
            2));
    rows.add(
        relRow(
            "no relation: Chỉ thị … và hướng dẫn thực hiện Quy định số N (short)",
            "Hội nghị đánh giá 5 năm thực hiện Chỉ thị số 02-CT/ĐUK và hướng dẫn thực hiện Quy định"
                + " số 126.",
            2));
    rows.add(
        relRow(
            "no relation: an unnumbered Kế hoạch triển khai thực hiện Quy định số N",
            "Các đơn vị xây dựng Kế hoạch triển khai thực hiện Quy định số 142 của Bộ Chính trị.",
            1));
    rows.add(
        relRow(
            "no relation: an unnumbered Kế hoạch quán triệt, triển khai thực hiện …",
            "Các đơn vị xây dựng Kế hoạch quán triệt, triển khai thực hiện Quy định số 131 của Bộ"
                + " Chính trị.",
            1));
    rows.add(
        relRow(
            "no relation: documents separated by ;",
            "Quy định số 114-QĐ/TW; Quy định số 205-QĐ/TW.",
            2));
    rows.add(
        relRow(
            "no relation: the verb is in the next sentence",
            "Hướng dẫn số 25-HD/BTCTW. Các đơn vị tổ chức thực hiện Quy định số 96-QĐ/TW.",
            2));
    rows.add(
        relRow(
            "no relation of a regulation to itself",
            "Nghị quyết số 21-NQ/TW thay thế cho Nghị quyết số 21-NQ/TW.",
            2));
    return rows.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("relationRows")
  void relations(RelRow row) {
    CitationExtractor.Result result = EXTRACTOR.extract(row.body(), null);
    assertThat(result.citations()).hasSize(row.citations());
    for (CitationMention c : result.citations()) {
      assertThat(c.text()).isEqualTo(row.body().substring(c.span().start(), c.span().end()));
    }
    Set<String> keys = new HashSet<>();
    result.regulations().forEach(r -> keys.add(r.key()));
    for (ExtractedRelation r : result.relations()) {
      assertThat(keys).contains(r.sourceKey(), r.targetKey());
      assertThat(r.span().end()).isLessThanOrEqualTo(row.body().length());
    }
    List<Rel> actual =
        result.relations().stream()
            .map(r -> new Rel(r.type(), r.sourceKey(), r.targetKey()))
            .toList();
    assertThat(actual).containsExactlyElementsOf(row.relations());
  }
}
