package io.regtrack.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.regtrack.extraction.ArticleExtractor;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.ExtractionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML stage: the saved pages under {@code src/test/resources/html/} (invented articles in the
 * markup of common Vietnamese news CMSs) and small pages for single rules.
 */
class HtmlArticleTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();

    // ---- saved pages
    cases.add(
        Case.of("article with entry-content (WordPress-like)", page("binh-dinh-quy-dinh-114.html"))
            .title(
                "Bình Định: Quán triệt Quy định số 114-QĐ/TW về kiểm soát quyền lực trong công tác"
                    + " cán bộ")
            .publishedAt(LocalDateTime.of(2023, 9, 14, 15, 20))
            .source("Báo Bình Định điện tử")
            .url(
                "https://baobinhdinh.example.vn/chinh-tri/quan-triet-quy-dinh-114-qd-tw-a12345.html")
            .author(null)
            .firstParagraph("(BĐ) - Chiều 14/9, Ban Thường vụ Tỉnh ủy Bình Định")
            .paragraphs(6)
            .captions(
                "Đồng chí Lê Văn Thành, Phó Bí thư Thường trực Tỉnh ủy phát biểu tại hội nghị.",
                "Quang cảnh hội nghị.")
            .textHas("hơn 450 đại biểu", "Ngọc Hân", "Hội nghị cũng thông tin kết quả kiểm tra")
            .textLacks(
                "Trang chủ",
                "Xây dựng Đảng\n",
                "Facebook",
                "Sao chép",
                "In bài",
                "Tin liên quan",
                "205-QĐ/TW",
                "99-QĐ/TW",
                "36-CT/TW",
                "37-QĐ/TW",
                "35-CT/TW",
                "Bình luận",
                "Từ khóa",
                "Giấy phép",
                "Tìm kiếm",
                "15/09/2023",
                "window.",
                "{")
            .symbols("114-QĐ/TW"));
    cases.add(
        Case.of(
                "table portal without article markup (density fallback)",
                page("cao-loc-quy-dinh-144.html"))
            .title(
                "Cao Lộc quán triệt Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên")
            .publishedAt(LocalDateTime.of(2024, 6, 20, 16, 45))
            .source(null)
            .url(null)
            .author("Hồng Nhung (Ban Tuyên giáo Huyện ủy)")
            .firstParagraph("Sáng 20/6, Ban Thường vụ Huyện ủy Cao Lộc")
            .paragraphs(5)
            .captions("Đồng chí Hoàng Văn Tiến, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị")
            .textHas(
                "gần 200 cán bộ, đảng viên.",
                "\n\nĐồng chí nhấn mạnh, mỗi cán bộ",
                "Tác giả: Hồng Nhung (Ban Tuyên giáo Huyện ủy)")
            .textLacks(
                "Giới thiệu",
                "Văn bản chỉ đạo",
                "Liên kết",
                "Tin tức - Sự kiện",
                "21/06/2024",
                "In trang",
                "Lên đầu trang",
                "Các tin khác",
                "29-CT/TU",
                "43-NQ/TW",
                "Bản quyền",
                "VIEWSTATE",
                "toggleMenu")
            .symbols("144-QĐ/TW", "05-CT/TW"));
    cases.add(
        Case.of("articleBody with sapo outside it (itemprop)", page("hoa-binh-quy-dinh-41.html"))
            .title(
                "Đảng bộ Khối Doanh nghiệp quán triệt Quy định về miễn nhiệm, từ chức đối với cán bộ")
            .publishedAt(LocalDateTime.of(2022, 3, 15, 10, 5))
            .source("Báo Hòa Bình điện tử")
            .url(
                "https://baohoabinh.example.vn/202203/dang-bo-khoi-doanh-nghiep-quan-triet-quy-dinh-41-qd-tw-160001.htm")
            .author("Thanh Hà")
            .firstParagraph("(HBĐT) - Sáng 15/3, Đảng ủy Khối Doanh nghiệp tỉnh Hòa Bình")
            .paragraphs(5)
            .captions(
                "Hội trường chính của hội nghị tại trụ sở Đảng ủy Khối",
                "Các đại biểu tham dự hội nghị. (Ảnh: Thanh Hà)")
            .textHas(
                "Quy định số 41-QĐ/TW.\u00A0Quy định gồm 4 chương",
                "\n\nĐiểm mới của Quy định",
                "\n\nẢnh: Hội trường chính của hội nghị",
                "\n\nTác giả: Thanh Hà\n")
            .textLacks(
                "Quảng cáo",
                "Thích",
                "Chia sẻ",
                "Zalo",
                "Bài viết khác",
                "sơ kết công tác xây dựng Đảng quý I",
                "80-QĐ/TW",
                "Xem thêm",
                "Toàn văn",
                "Từ khóa",
                "Ý kiến bạn đọc",
                "rất thiết thực",
                "Tin cùng chuyên mục",
                "21-CT/TW",
                "Giấy phép",
                "Cập nhật",
                "Chính trị\n")
            .symbols("41-QĐ/TW", "260-QĐ/TW"));

    // ---- single rules
    cases.add(
        Case.of(
                "title from <title> without the site suffix; date-only <time>",
                html(
                    "<title>Hội nghị quán triệt Chỉ thị số 12 - Báo Điện Biên Phủ</title>",
                    "<time datetime=\"2024-04-02\">02/04/2024</time>" + paragraphs(2)))
            .title("Hội nghị quán triệt Chỉ thị số 12")
            .publishedOn(LocalDate.of(2024, 4, 2))
            .publishedAt(null)
            .paragraphs(2)
            .textHas("02/04/2024\n\n"));
    cases.add(
        Case.of(
                "og:title preferred to <title>; a logo <h1> is not the headline",
                html(
                    "<title>Trang chủ | Tin tức</title><meta property=\"og:title\" content=\"Tỉnh"
                        + " ủy quán triệt Kết luận số 21 - Báo Mẫu\">",
                    "<h1 class=\"site-logo\">Báo Mẫu</h1><div>" + paragraphs(2) + "</div>"))
            .title("Tỉnh ủy quán triệt Kết luận số 21"));
    cases.add(
        Case.of(
                "<br> ends a paragraph; list items are paragraphs",
                html(
                    "",
                    "<article><p>"
                        + sentence(1)
                        + "<br>"
                        + sentence(2)
                        + "</p><ul><li>"
                        + sentence(3)
                        + "</li><li>"
                        + sentence(4)
                        + "</li></ul></article>"))
            .paragraphs(4));
    cases.add(
        Case.of(
                "comment, script, style, hidden and aria-hidden text are never read",
                html(
                    "",
                    "<article>"
                        + paragraphs(2)
                        + "<!-- Quy định số 11-QĐ/TW --><script>var a = 'Quy định số 12-QĐ/TW';"
                        + "</script><style>p:before{content:'Quy định số 13-QĐ/TW'}</style>"
                        + "<p hidden>Quy định số 14-QĐ/TW</p><span aria-hidden=\"true\">Quy định"
                        + " số 15-QĐ/TW</span><p style=\"display: none\">Quy định số"
                        + " 16-QĐ/TW</p></article>"))
            .paragraphs(2)
            .textLacks("11-QĐ", "12-QĐ", "13-QĐ", "14-QĐ", "15-QĐ", "16-QĐ"));
    cases.add(
        Case.of(
                "a related block without class is cut at its heading, prose after it kept",
                html(
                    "",
                    "<article>"
                        + paragraphs(1)
                        + "<div><b>Các tin khác</b></div><p><a href=\"/x\">Hội nghị quán triệt"
                        + " Quy định số 17-QĐ/TW</a></p><p><a href=\"/y\">Sơ kết Chỉ thị"
                        + " 18-CT/TU</a></p><p>"
                        + sentence(2)
                        + "</p></article>"))
            .paragraphs(2)
            .textLacks("Các tin khác", "17-QĐ", "18-CT"));
    cases.add(
        Case.of(
                "a link list inside the article is dropped",
                html(
                    "",
                    "<article>"
                        + paragraphs(2)
                        + "<ul><li><a href=\"/1\">Tin một về Nghị quyết 19</a></li><li><a"
                        + " href=\"/2\">Tin hai về Nghị quyết 20</a></li></ul></article>"))
            .paragraphs(2)
            .textLacks("Nghị quyết 19", "Nghị quyết 20"));
    cases.add(
        Case.of(
                "a visible publish line is read and not repeated as a paragraph",
                html(
                    "",
                    "<article><h1>Hội nghị quán triệt Quy định về công tác kiểm tra</h1><div"
                        + " class=\"post-date\">Cập nhật lúc 08g30, Thứ Hai 10/10/2022</div>"
                        + paragraphs(2)
                        + "</article>"))
            .title("Hội nghị quán triệt Quy định về công tác kiểm tra")
            .publishedAt(LocalDateTime.of(2022, 10, 10, 8, 30))
            .paragraphs(2)
            .textLacks("Cập nhật"));
    cases.add(Case.of("empty page", "").noArticle());
    cases.add(
        Case.of("script-only page", "<html><body><script>var q = 1;</script></body></html>")
            .noArticle());
    cases.add(
        Case.of(
                "navigation only",
                html(
                    "<title>Báo Mẫu</title>",
                    "<nav><a href=\"/\">Trang chủ</a> <a href=\"/a\">Chính trị</a></nav><div"
                        + " class=\"menu\"><a href=\"/b\">Kinh tế</a> <a href=\"/c\">Xã hội</a>"
                        + "</div><footer>Giấy phép số 1/GP-BTTTT</footer>"))
            .noArticle());
    cases.add(
        Case.of(
                "a link farm is not an article",
                html(
                    "",
                    "<div>"
                        + "<a href=\"/1\">Hội nghị quán triệt Quy định số 58 tại tỉnh Hà Nam năm"
                        + " 2022</a> ".repeat(12)
                        + "</div>"))
            .noArticle());
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsTheArticle(Case c) {
    HtmlArticle article = HtmlArticle.parse(c.html);
    String text = article.text();
    if (c.noArticle) {
      assertThat(article.hasArticle()).as("hasArticle").isFalse();
      return;
    }
    assertThat(article.hasArticle()).as("hasArticle").isTrue();
    if (c.title != null) {
      assertThat(article.title()).isEqualTo(c.title);
    }
    if (c.checkPublished) {
      assertThat(article.publishedOn()).as("publishedOn").isEqualTo(c.publishedOn);
      assertThat(article.publishedAt()).as("publishedAt").isEqualTo(c.publishedAt);
    }
    if (c.checkMeta) {
      assertThat(article.source()).as("source").isEqualTo(c.source);
      assertThat(article.url()).as("url").isEqualTo(c.url);
      assertThat(article.author()).as("author").isEqualTo(c.author);
    }
    if (c.firstParagraph != null) {
      assertThat(article.paragraphs().getFirst()).startsWith(c.firstParagraph);
    }
    if (c.paragraphs >= 0) {
      assertThat(article.paragraphs()).as(text).hasSize(c.paragraphs);
    }
    if (c.captions != null) {
      assertThat(article.captions()).containsExactly(c.captions);
    }
    for (String s : c.textHas) {
      assertThat(text).contains(s);
    }
    for (String s : c.textLacks) {
      assertThat(text).doesNotContain(s);
    }
    if (c.symbols != null) {
      ExtractionResult result = EXTRACTOR.extract(text);
      CleanArticle clean = result.article();
      // The text pipeline reads what the HTML stage found.
      assertThat(clean.title()).isEqualTo(article.title());
      assertThat(clean.publishedAt()).isEqualTo(article.publishedAt());
      assertThat(clean.captions()).hasSameSizeAs(article.captions());
      if (article.author() != null) {
        assertThat(clean.author()).isEqualTo(article.author());
      }
      assertThat(clean.body()).doesNotContain(article.captions().toArray(String[]::new));
      assertThat(
              result.citations().stream()
                  .map(CitationMention::stated)
                  .map(s -> s.symbol())
                  .filter(Objects::nonNull)
                  .distinct())
          .containsExactlyInAnyOrder(c.symbols);
      assertThat(result.meetings()).isNotEmpty();
    }
  }

  /** The saved page and its hand-written plain-text scrape clean to the same article. */
  @Test
  void theHtmlPageAndItsPlainTextCleanToTheSameArticle() {
    CleanArticle fromHtml =
        EXTRACTOR.extract(HtmlArticle.parse(page("binh-dinh-quy-dinh-114.html")).text()).article();
    CleanArticle fromText = EXTRACTOR.extract(page("binh-dinh-quy-dinh-114.txt")).article();
    assertThat(fromHtml.body()).isEqualTo(fromText.body());
    assertThat(fromHtml.title()).isEqualTo(fromText.title());
    assertThat(fromHtml.publishedAt()).isEqualTo(fromText.publishedAt());
    assertThat(fromHtml.captions()).isEqualTo(fromText.captions());
    assertThat(fromHtml.author()).isEqualTo(fromText.author()).isEqualTo("Ngọc Hân");
  }

  @Test
  void siteSuffixes() {
    assertThat(HtmlArticleParser.stripSiteSuffix("Hội nghị quán triệt - Báo Nghệ An", null))
        .isEqualTo("Hội nghị quán triệt");
    assertThat(HtmlArticleParser.stripSiteSuffix("Hội nghị quán triệt | Nhân Dân", "Nhân Dân"))
        .isEqualTo("Hội nghị quán triệt");
    assertThat(HtmlArticleParser.stripSiteSuffix("Hội nghị - Quán triệt | baomau.vn", null))
        .isEqualTo("Hội nghị - Quán triệt");
    assertThat(HtmlArticleParser.stripSiteSuffix("Hà Nam - Quán triệt Quy định 58", null))
        .isEqualTo("Hà Nam - Quán triệt Quy định 58");
  }

  @Test
  void neverThrowsOnOddInput() {
    for (String odd :
        List.of(
            "<",
            "<<<>>>",
            "<html><body><p>",
            "<table><tr><td><table><tr><td>x".repeat(200),
            "<div>".repeat(5000) + "Hội nghị" + "</div>".repeat(10),
            "\u0000\uFFFF<p>\uD800</p>")) {
      assertThatCode(() -> HtmlArticle.parse(odd).text()).doesNotThrowAnyException();
    }
    assertThat(HtmlArticle.parse(null).hasArticle()).isFalse();
  }

  // ---------------------------------------------------------------- fixtures

  static String page(String name) {
    try (InputStream in = HtmlArticleTest.class.getResourceAsStream("/html/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String html(String head, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static final String[] SENTENCES = {
    "Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt các văn bản mới của Trung ương về công tác"
        + " xây dựng Đảng cho cán bộ chủ chốt của huyện.",
    "Các đại biểu được nghe giới thiệu những điểm mới của các văn bản, trong đó nhấn mạnh vai trò"
        + " của người đứng đầu cấp ủy.",
    "Lãnh đạo huyện đề nghị các chi bộ khẩn trương xây dựng kế hoạch cụ thể để tổ chức thực hiện"
        + " nghiêm túc, hiệu quả.",
    "Định kỳ hằng quý, các cấp ủy báo cáo kết quả thực hiện về Ban Thường vụ Huyện ủy để theo dõi,"
        + " đôn đốc."
  };

  private static String sentence(int n) {
    return SENTENCES[(n - 1) % SENTENCES.length];
  }

  private static String paragraphs(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("<p>").append(sentence(i)).append("</p>");
    }
    return sb.toString();
  }

  /** One row of the table. */
  static final class Case {
    final String name;
    final String html;
    String title;
    boolean checkPublished;
    LocalDate publishedOn;
    LocalDateTime publishedAt;
    boolean checkMeta;
    String source;
    String url;
    String author;
    String firstParagraph;
    int paragraphs = -1;
    String[] captions;
    String[] textHas = {};
    String[] textLacks = {};
    String[] symbols;
    boolean noArticle;

    private Case(String name, String html) {
      this.name = name;
      this.html = html;
    }

    static Case of(String name, String html) {
      return new Case(name, html);
    }

    Case title(String t) {
      title = t;
      return this;
    }

    Case publishedOn(LocalDate d) {
      checkPublished = true;
      publishedOn = d;
      return this;
    }

    Case publishedAt(LocalDateTime t) {
      checkPublished = true;
      publishedAt = t;
      if (t != null) {
        publishedOn = t.toLocalDate();
      }
      return this;
    }

    Case source(String s) {
      checkMeta = true;
      source = s;
      return this;
    }

    Case url(String u) {
      checkMeta = true;
      url = u;
      return this;
    }

    Case author(String a) {
      checkMeta = true;
      author = a;
      return this;
    }

    Case firstParagraph(String p) {
      firstParagraph = p;
      return this;
    }

    Case paragraphs(int n) {
      paragraphs = n;
      return this;
    }

    Case captions(String... c) {
      captions = c;
      return this;
    }

    Case textHas(String... s) {
      textHas = s;
      return this;
    }

    Case textLacks(String... s) {
      textLacks = s;
      return this;
    }

    Case symbols(String... s) {
      symbols = s;
      return this;
    }

    Case noArticle() {
      noArticle = true;
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
