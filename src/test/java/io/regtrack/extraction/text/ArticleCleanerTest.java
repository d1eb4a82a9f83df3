package io.regtrack.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCleanerTest {

  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  // Invented article material (not taken from any real article).
  private static final String TITLE =
      "Yên Lạc: Quán triệt các văn bản mới của Trung ương về công tác xây dựng Đảng";

  private static final String LEAD =
      "Sáng 14/3, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị quán triệt, triển khai các văn"
          + " bản mới của Trung ương về công tác xây dựng Đảng cho hơn 300 cán bộ chủ chốt của"
          + " huyện, gồm lãnh đạo các ban xây dựng Đảng, bí thư chi bộ và trưởng các phòng, ban"
          + " chuyên môn.";

  private static final String MIDDLE =
      "Tại hội nghị, các đại biểu được nghe giới thiệu những điểm mới của các văn bản, trong đó"
          + " nhấn mạnh yêu cầu nâng cao vai trò, trách nhiệm của người đứng đầu cấp ủy trong việc"
          + " lãnh đạo, chỉ đạo và kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị tại cơ"
          + " quan, đơn vị.";

  private static final String CLOSING =
      "Kết thúc hội nghị, lãnh đạo huyện đề nghị các chi bộ, đảng bộ cơ sở khẩn trương xây dựng"
          + " kế hoạch cụ thể, tổ chức quán triệt sâu rộng đến từng đảng viên, đồng thời định kỳ"
          + " báo cáo kết quả thực hiện về Ban Thường vụ Huyện ủy trước ngày 30 hằng tháng./.";

  /** Title, blank line, the given lines, then the three body paragraphs. */
  private static String article(String... head) {
    StringBuilder sb = new StringBuilder(TITLE).append("\n\n");
    for (String line : head) {
      sb.append(line).append("\n\n");
    }
    return sb.append(LEAD).append("\n\n").append(MIDDLE).append("\n\n").append(CLOSING).toString();
  }

  /** Lines joined by blank lines. */
  private static String lines(String... lines) {
    return String.join("\n\n", lines);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();

    // ---- title
    cases.add(
        Case.of("plain title and body, no publish line", article())
            .title(TITLE)
            .publishedOn(null)
            .publishedAt(null)
            .author(null)
            .source(null)
            .bodyHas(LEAD, MIDDLE, CLOSING));
    cases.add(
        Case.of("title after logo line", lines("Logo báo điện tử Tỉnh ủy Vĩnh Phúc", article()))
            .title(TITLE)
            .bodyLacks("Logo"));
    cases.add(
        Case.of(
                "title after section labels",
                lines("Trang chủ", "Tin tức - Sự kiện", "Xây dựng Đảng", article()))
            .title(TITLE)
            .bodyLacks("Tin tức - Sự kiện", "Trang chủ"));
    cases.add(
        Case.of(
                "title after a multi-segment section label",
                lines("Chính trị - Xây dựng Đảng", "Thời sự | Trong nước", article()))
            .title(TITLE)
            .bodyLacks("Chính trị - Xây dựng Đảng", "Thời sự"));
    cases.add(
        Case.of("title after breadcrumb", lines("Chính trị > Xây dựng Đảng", article()))
            .title(TITLE)
            .bodyLacks("Chính trị >"));
    cases.add(
        Case.of(
                "title after icon tokens",
                "facebook-icon\nzalo-icon\n" + lines("Chia sẻ", article("viber-icon")))
            .title(TITLE)
            .bodyLacks("icon", "Chia sẻ"));
    cases.add(
        Case.of(
                "short headline followed directly by the lead paragraph",
                lines("Tin tức", "Quán triệt Quy định mới", LEAD + " " + MIDDLE, CLOSING))
            .title("Quán triệt Quy định mới")
            .bodyHas(LEAD, CLOSING));

    cases.add(
        Case.of(
                "short headline, publish line, then a one-sentence sapo",
                lines(
                    "Thời sự - Chính trị",
                    "Quán triệt Quy định mới",
                    "Ngày đăng: 04/06/2024",
                    "Huyện ủy Yên Lạc vừa tổ chức hội nghị quán triệt các văn bản mới của Trung"
                        + " ương cho cán bộ chủ chốt.",
                    MIDDLE,
                    CLOSING))
            .title("Quán triệt Quy định mới")
            .publishedOn(LocalDate.of(2024, 6, 4))
            .bodyHas("Huyện ủy Yên Lạc vừa tổ chức", MIDDLE));

    // ---- publish lines
    cases.add(
        Case.of("weekday, date, time, GMT+0", article("Thứ Hai, 11/03/2024 08:15 (GMT+0)"))
            .title(TITLE)
            .publishedOn(LocalDate.of(2024, 3, 11))
            .publishedAt(LocalDateTime.of(2024, 3, 11, 8, 15))
            .bodyLacks("GMT"));
    cases.add(
        Case.of(
                "weekday GMT+7 line above the headline",
                lines("Thứ Năm, 16/11/2023 21:40 (GMT+7)", article()))
            .title(TITLE)
            .publishedOn(LocalDate.of(2023, 11, 16))
            .publishedAt(LocalDateTime.of(2023, 11, 16, 21, 40)));
    cases.add(
        Case.of("date with view counter", article("17/10/2023 | 1.205"))
            .publishedOn(LocalDate.of(2023, 10, 17))
            .publishedAt(null)
            .bodyLacks("1.205"));
    cases.add(
        Case.of("time before date", article("06:40 21/11/2023"))
            .publishedOn(LocalDate.of(2023, 11, 21))
            .publishedAt(LocalDateTime.of(2023, 11, 21, 6, 40)));
    cases.add(
        Case.of("dashed date, pipe, time", article("03-01-2024 | 14:05"))
            .publishedOn(LocalDate.of(2024, 1, 3))
            .publishedAt(LocalDateTime.of(2024, 1, 3, 14, 5)));
    cases.add(
        Case.of("Cập nhật date, time with seconds", article("Cập nhật 27/06/2022, 09:03:45"))
            .publishedOn(LocalDate.of(2022, 6, 27))
            .publishedAt(LocalDateTime.of(2022, 6, 27, 9, 3, 45)));
    cases.add(
        Case.of("Cập nhật lúc time, date", article("Cập nhật lúc 17:25, 08/08/2023"))
            .publishedOn(LocalDate.of(2023, 8, 8))
            .publishedAt(LocalDateTime.of(2023, 8, 8, 17, 25)));
    cases.add(
        Case.of("Ngày đăng label", article("Ngày đăng: 29/02/2024"))
            .publishedOn(LocalDate.of(2024, 2, 29))
            .publishedAt(null));
    cases.add(
        Case.of("date - time", article("28/02/2024 - 07:30"))
            .publishedOn(LocalDate.of(2024, 2, 28))
            .publishedAt(LocalDateTime.of(2024, 2, 28, 7, 30)));
    cases.add(
        Case.of("impossible date is not a publish date", article("Thứ Sáu, 31/02/2023 10:00"))
            .publishedOn(null)
            .publishedAt(null));
    cases.add(
        Case.of(
                "date inside the body is not a publish date",
                lines(
                    TITLE,
                    "Ngày 12/5/2024, Huyện ủy Yên Lạc tổ chức hội nghị sơ kết công tác kiểm tra"
                        + " giám sát sáu tháng đầu năm.",
                    MIDDLE,
                    CLOSING))
            .publishedOn(null)
            .bodyHas("Ngày 12/5/2024"));
    cases.add(
        Case.of(
                "date-only line deep in the body is not a publish date",
                lines(
                    TITLE,
                    LEAD,
                    MIDDLE,
                    LEAD + " (1)",
                    MIDDLE + " (2)",
                    LEAD + " (3)",
                    MIDDLE + " (4)",
                    LEAD + " (5)",
                    MIDDLE + " (6)",
                    "05/06/2024",
                    CLOSING))
            .publishedOn(null));
    cases.add(
        Case.of(
                "footer licence date is not a publish date",
                article()
                    + "\n\nBÁO YÊN BÌNH ĐIỆN TỬ\n\nGiấy phép xuất bản số 12/GP-BTTTT do Bộ Thông"
                    + " tin và Truyền thông cấp ngày 3/4/2019\n\nTổng Biên tập: Trần Văn Khải")
            .publishedOn(null)
            .publishedAt(null)
            .source("Báo Yên Bình điện tử")
            .bodyLacks("Giấy phép", "Tổng Biên tập", "BÁO YÊN BÌNH")
            .bodyHas(CLOSING));

    // ---- bylines
    cases.add(
        Case.of("name byline before comment box", article() + "\n\nHoài Nam\n\nBình luận bài viết")
            .author("Hoài Nam")
            .bodyLacks("Hoài Nam", "Bình luận")
            .bodyHas(CLOSING));
    cases.add(
        Case.of(
                "PV byline before 'có thể bạn quan tâm'",
                article() + "\n\nPV\n\ncó thể bạn quan tâm")
            .author("PV")
            .bodyLacks("quan tâm"));
    cases.add(Case.of("PV/VOV byline at the very end", article() + "\n\nPV/VOV").author("PV/VOV"));
    cases.add(
        Case.of("Nhóm PV byline", article() + "\n\nNhóm PV\n\nPhản hồi")
            .author("Nhóm PV")
            .bodyLacks("Nhóm PV", "Phản hồi"));
    cases.add(
        Case.of(
                "office byline before related list",
                article()
                    + "\n\nBan Tuyên giáo - Dân vận, Văn phòng Huyện ủy Yên Lạc\n\nTin liên quan")
            .author("Ban Tuyên giáo - Dân vận, Văn phòng Huyện ủy Yên Lạc")
            .bodyLacks("Ban Tuyên giáo - Dân vận"));
    cases.add(
        Case.of("explicit 'Bài và ảnh' byline", article() + "\n\nBài và ảnh: Minh Hằng")
            .author("Minh Hằng")
            .bodyLacks("Minh Hằng"));
    cases.add(
        Case.of(
                "short closing sentence is not a byline",
                article() + "\n\nHội nghị kết thúc trong không khí phấn khởi.")
            .author(null)
            .bodyHas("Hội nghị kết thúc trong không khí phấn khởi."));

    // ---- captions
    cases.add(
        Case.of(
                "'Ảnh:' caption",
                lines(
                    TITLE,
                    LEAD,
                    "Ảnh: Đồng chí Lê Văn Hòa, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị",
                    MIDDLE,
                    CLOSING))
            .captions("Ảnh: Đồng chí Lê Văn Hòa, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị")
            .bodyLacks("Ảnh:")
            .bodyHas(LEAD, MIDDLE));
    cases.add(
        Case.of("'(Ảnh: …)' credit line", lines(TITLE, LEAD, "(Ảnh: Hoàng Long)", MIDDLE, CLOSING))
            .captions("(Ảnh: Hoàng Long)")
            .bodyLacks("Hoàng Long"));
    cases.add(
        Case.of(
                "caption ending with a photo credit",
                lines(
                    TITLE,
                    LEAD,
                    "Lãnh đạo huyện trao giấy khen cho các chi bộ tiêu biểu (Ảnh: Thanh Tâm)",
                    MIDDLE,
                    CLOSING))
            .captions("Lãnh đạo huyện trao giấy khen cho các chi bộ tiêu biểu (Ảnh: Thanh Tâm)")
            .bodyLacks("giấy khen"));
    cases.add(
        Case.of(
                "repeated title (alt text) and the caption after it",
                lines(
                    TITLE,
                    LEAD,
                    TITLE
                        + "\nPhó Bí thư Thường trực Huyện ủy Nguyễn Thị Mai trình bày dự thảo"
                        + " nghị quyết.",
                    MIDDLE,
                    CLOSING))
            .title(TITLE)
            .captions(
                "Phó Bí thư Thường trực Huyện ủy Nguyễn Thị Mai trình bày dự thảo nghị quyết.")
            .bodyLacks("Yên Lạc: Quán triệt", "Nguyễn Thị Mai")
            .bodyHas(LEAD, MIDDLE, CLOSING));
    cases.add(
        Case.of(
                "alt text followed by an unpatterned caption",
                lines(TITLE, LEAD, TITLE + "\nMột tiết mục văn nghệ chào mừng", MIDDLE, CLOSING))
            .captions("Một tiết mục văn nghệ chào mừng")
            .bodyLacks("văn nghệ"));
    cases.add(
        Case.of(
                "scene captions",
                lines(
                    TITLE,
                    "Quang cảnh lễ khai mạc lớp bồi dưỡng",
                    LEAD,
                    "Toàn cảnh buổi làm việc.",
                    MIDDLE,
                    CLOSING))
            .captions("Quang cảnh lễ khai mạc lớp bồi dưỡng", "Toàn cảnh buổi làm việc.")
            .bodyLacks("Quang cảnh", "Toàn cảnh"));
    cases.add(
        Case.of(
                "'Đồng chí X, position, phát biểu tại hội nghị' caption",
                lines(
                    TITLE,
                    LEAD,
                    "Đồng chí Nguyễn Văn Bình, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện"
                        + " ủy phát biểu tại Hội nghị",
                    MIDDLE,
                    CLOSING))
            .captions(
                "Đồng chí Nguyễn Văn Bình, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy"
                    + " phát biểu tại Hội nghị")
            .bodyLacks("Nguyễn Văn Bình"));
    cases.add(
        Case.of(
                "short 'Đồng chí X quán triệt …' caption",
                lines(
                    TITLE,
                    LEAD,
                    "Đồng chí Trần Quốc Việt quán triệt nội dung Chỉ thị số 12.",
                    MIDDLE,
                    CLOSING))
            .captions("Đồng chí Trần Quốc Việt quán triệt nội dung Chỉ thị số 12.")
            .bodyLacks("Trần Quốc Việt"));
    cases.add(
        Case.of(
                "delegates caption right under the headline, repeated later",
                TITLE
                    + "\nCác đại biểu tham dự hội nghị.\n\n"
                    + lines(LEAD, "Các đại biểu tham dự hội nghị.", MIDDLE, CLOSING))
            .captions("Các đại biểu tham dự hội nghị.")
            .bodyLacks("Các đại biểu tham dự hội nghị")
            .bodyHas(LEAD));
    cases.add(
        Case.of(
                "short body sentences, colon line and list items stay in the body",
                lines(
                    TITLE,
                    LEAD,
                    "Các đại biểu đã thống nhất thông qua nghị quyết của hội nghị.",
                    "Cũng tại đây, các đại biểu trao đổi ý kiến về những khó khăn trong thực hiện.",
                    "Đồng chí Bí thư Huyện ủy đề nghị:",
                    "- Tăng cường kiểm tra, giám sát.",
                    "- Đồng chí trưởng các ban phát biểu tại hội nghị sơ kết.",
                    CLOSING))
            .captions()
            .bodyHas(
                "Các đại biểu đã thống nhất thông qua nghị quyết của hội nghị.",
                "Cũng tại đây, các đại biểu trao đổi ý kiến",
                "Đồng chí Bí thư Huyện ủy đề nghị:",
                "- Tăng cường kiểm tra, giám sát.",
                "- Đồng chí trưởng các ban phát biểu tại hội nghị sơ kết.",
                CLOSING));
    cases.add(
        Case.of(
                "long paragraph starting with 'Đồng chí' is body",
                lines(
                    TITLE,
                    "Đồng chí Lê Văn Hòa, Bí thư Huyện ủy chủ trì hội nghị. " + MIDDLE,
                    CLOSING))
            .captions()
            .bodyHas("Đồng chí Lê Văn Hòa, Bí thư Huyện ủy chủ trì hội nghị."));

    // ---- boilerplate and footers
    cases.add(
        Case.of(
                "comment box and 'Các tin khác' headline list",
                article()
                    + "\n\nPhản hồi\n\nCác tin khác\n\nHội nghị sơ kết công tác dân vận quý I"
                    + "\n25 ngày trước\n\n• Huyện ủy Tam Dương tổng kết năm 2023 (1 tháng trước)")
            .bodyLacks(
                "Phản hồi",
                "Các tin khác",
                "sơ kết công tác dân vận",
                "Tam Dương",
                "ngày trước",
                "tháng trước")
            .bodyHas(CLOSING));
    cases.add(
        Case.of(
                "'Các bài viết khác' with meeting headlines",
                article()
                    + "\n\nCác bài viết khác\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15"
                    + "\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15\n1 tháng trước")
            .bodyLacks("Các bài viết khác", "lần thứ 15"));
    cases.add(
        Case.of(
                "'Bài liên quan' and 'Đọc nhiều' blocks",
                article()
                    + "\n\nBài liên quan\n\nTriển khai Nghị quyết về phát triển đảng viên mới"
                    + "\n\nĐọc nhiều\n\nKhai mạc lớp bồi dưỡng lý luận chính trị")
            .bodyLacks("Bài liên quan", "phát triển đảng viên mới", "Đọc nhiều", "lớp bồi dưỡng"));
    cases.add(
        Case.of(
                "share bar in the middle is dropped, body continues",
                lines(TITLE, LEAD, "Chia sẻ", "In bài", MIDDLE, CLOSING))
            .bodyHas(LEAD, MIDDLE, CLOSING)
            .bodyLacks("Chia sẻ", "In bài"));
    cases.add(
        Case.of(
                "'Mới nhất' / 'Xem nhiều nhất' / 'Bình luận' headings",
                article() + "\n\nBình luận\n\nMới nhất\n\nXem nhiều nhất\n\nTin tức mới")
            .bodyLacks("Bình luận", "Mới nhất", "Xem nhiều nhất", "Tin tức mới"));
    cases.add(
        Case.of(
                "site footer block",
                article()
                    + "\n\nĐịa chỉ: Số 5, đường Nguyễn Trãi, thị trấn Yên Lạc\n\nĐiện thoại: (0211)"
                    + " 3861.123 | Fax: (0211) 3861.124\n\nEmail: toasoan@example.vn"
                    + "\n\nCấm sao chép dưới mọi hình thức. Quảng cáo: Nội thất Hưng Thịnh")
            .bodyLacks("Địa chỉ", "Điện thoại", "Email", "Cấm sao chép", "Nội thất")
            .bodyHas(CLOSING));
    cases.add(
        Case.of(
                "outlet tag in the lead gives the source",
                lines(TITLE, "(HNP) - " + LEAD, MIDDLE, CLOSING))
            .source("HNP")
            .bodyHas("(HNP) - Sáng 14/3"));
    cases.add(
        Case.of("closing '/.' stays in the body", lines(TITLE, LEAD, MIDDLE + "/."))
            .bodyHas(MIDDLE + "/."));

    // ---- input hygiene
    cases.add(
        Case.of(
                "CRLF, BOM, tabs and trailing spaces",
                "\uFEFF\tLogo Cổng thông tin  \r\n\r\n\t"
                    + TITLE
                    + "   \r\nThứ Bảy, 02/03/2024 10:10 (GMT+7)\r\n\r\n"
                    + LEAD
                    + " \t\r\n\r\n"
                    + CLOSING
                    + "\r\n")
            .title(TITLE)
            .publishedAt(LocalDateTime.of(2024, 3, 2, 10, 10))
            .bodyHas(LEAD + "\n\n" + CLOSING)
            .bodyLacks("\r", "\t", "\uFEFF"));
    cases.add(
        Case.of(
                "NBSP-only line dropped, NBSP inside a paragraph kept",
                lines(TITLE, "\u00A0", "Sáng 14/3,\u00A0Huyện ủy Yên Lạc " + MIDDLE, CLOSING))
            .bodyHas("Sáng 14/3,\u00A0Huyện ủy")
            .bodyLacks("\n\n\u00A0"));
    cases.add(Case.of("empty input", "").title("").publishedOn(null).author(null).source(null));

    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleansArticle(Case c) {
    CleanArticle article = CLEANER.clean(c.raw);
    if (c.checkTitle) {
      assertThat(article.title()).as("title").isEqualTo(c.title);
    }
    if (c.checkPublishedOn) {
      assertThat(article.publishedOn()).as("publishedOn").isEqualTo(c.publishedOn);
    }
    if (c.checkPublishedAt) {
      assertThat(article.publishedAt()).as("publishedAt").isEqualTo(c.publishedAt);
    }
    if (c.checkAuthor) {
      assertThat(article.author()).as("author").isEqualTo(c.author);
    }
    if (c.checkSource) {
      assertThat(article.source()).as("source").isEqualTo(c.source);
    }
    for (String s : c.bodyHas) {
      assertThat(article.body()).as("body").contains(s);
    }
    for (String s : c.bodyLacks) {
      assertThat(article.body()).as("body").doesNotContain(s);
    }
    if (c.captions != null) {
      assertThat(article.captions()).as("captions").containsExactlyElementsOf(c.captions);
    }
  }

  @Test
  void hasAtLeastThirtyCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void nullAndBlankInputGiveEmptyArticle() {
    for (String raw : new String[] {null, "", "\n\r\n \u00A0\t", "\uFEFF"}) {
      CleanArticle article = CLEANER.clean(raw);
      assertThat(article.title()).isEmpty();
      assertThat(article.body()).isEmpty();
      assertThat(article.publishedOn()).isNull();
      assertThat(article.publishedAt()).isNull();
      assertThat(article.author()).isNull();
      assertThat(article.source()).isNull();
      assertThat(article.captions()).isEmpty();
    }
  }

  @Test
  void bodyIsNfcAndParagraphsAreSeparatedByBlankLines() {
    String decomposed = java.text.Normalizer.normalize(article(), java.text.Normalizer.Form.NFD);
    CleanArticle article = CLEANER.clean(decomposed);
    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.body()).isEqualTo(LEAD + "\n\n" + MIDDLE + "\n\n" + CLOSING);
  }

  @Test
  void captionsAreImmutable() {
    CleanArticle article =
        CLEANER.clean(lines(TITLE, LEAD, "Ảnh: Toàn cảnh hội nghị", MIDDLE, CLOSING));
    assertThat(article.captions()).containsExactly("Ảnh: Toàn cảnh hội nghị");
    assertThatCode(() -> article.captions().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void classifiesEveryLine() {
    String raw =
        lines(
            "Logo báo điện tử Huyện ủy",
            "Xây dựng Đảng",
            TITLE,
            "Thứ Hai, 11/03/2024 08:15 (GMT+7)",
            "zalo-icon",
            LEAD,
            "Quang cảnh hội nghị sơ kết",
            CLOSING,
            "Hoài Nam",
            "Các tin khác",
            "Một bài khác",
            "Tổng Biên tập: Lê Hữu Phước");
    assertThat(ArticleCleaner.explain(raw))
        .extracting(e -> e.getKey())
        .containsExactly(
            ArticleCleaner.LineKind.LOGO,
            ArticleCleaner.LineKind.SITE_HEADER,
            ArticleCleaner.LineKind.TITLE,
            ArticleCleaner.LineKind.PUBLISH_LINE,
            ArticleCleaner.LineKind.BOILERPLATE,
            ArticleCleaner.LineKind.BODY,
            ArticleCleaner.LineKind.CAPTION,
            ArticleCleaner.LineKind.BODY,
            ArticleCleaner.LineKind.BYLINE,
            ArticleCleaner.LineKind.BOILERPLATE,
            ArticleCleaner.LineKind.BOILERPLATE,
            ArticleCleaner.LineKind.FOOTER);
  }

  @Test
  void neverThrowsOnArbitraryInput() {
    Random random = new Random(42);
    String alphabet =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạòóỏõọùúủũụỳýỷỹỵ0123456789"
            + " \u00A0\t\r\n/-:|.,;()•>#@\uFEFF\u0301\u0300\uD83D\uDE00Đ";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = sb.toString();
      assertThatCode(() -> CLEANER.clean(raw)).doesNotThrowAnyException();
    }
  }

  @Test
  void longAdversarialLinesAreLinear() {
    String spaces = " ".repeat(100_000) + "x";
    String digits = "1/".repeat(50_000);
    String words = "Đồng chí ".repeat(25_000) + "phát biểu tại hội nghị";
    long start = System.nanoTime();
    for (String raw : new String[] {spaces, digits, words, "(".repeat(50_000)}) {
      CLEANER.clean(raw);
      CLEANER.clean(TITLE + "\n" + raw + "\n" + CLOSING);
    }
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  /** One table row: input and the expectations that are checked (unset ones are not). */
  static final class Case {
    final String name;
    final String raw;
    String title;
    LocalDate publishedOn;
    LocalDateTime publishedAt;
    String author;
    String source;
    boolean checkTitle;
    boolean checkPublishedOn;
    boolean checkPublishedAt;
    boolean checkAuthor;
    boolean checkSource;
    List<String> bodyHas = List.of();
    List<String> bodyLacks = List.of();
    List<String> captions;

    private Case(String name, String raw) {
      this.name = name;
      this.raw = raw;
    }

    static Case of(String name, String raw) {
      return new Case(name, raw);
    }

    Case title(String value) {
      title = value;
      checkTitle = true;
      return this;
    }

    Case publishedOn(LocalDate value) {
      publishedOn = value;
      checkPublishedOn = true;
      return this;
    }

    Case publishedAt(LocalDateTime value) {
      publishedAt = value;
      checkPublishedAt = true;
      return this;
    }

    Case author(String value) {
      author = value;
      checkAuthor = true;
      return this;
    }

    Case source(String value) {
      source = value;
      checkSource = true;
      return this;
    }

    Case bodyHas(String... values) {
      bodyHas = List.of(values);
      return this;
    }

    Case bodyLacks(String... values) {
      bodyLacks = List.of(values);
      return this;
    }

    Case captions(String... values) {
      captions = List.of(values);
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
