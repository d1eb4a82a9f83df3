package io.regtrack.extraction.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a scraped Vietnamese news page into a {@link CleanArticle}: headline,
 * publish date, byline, outlet, content paragraphs and photo captions, with the site chrome (logo
 * and section labels, share icons, comment boxes, related-article lists, footers) removed.
 *
 * <p>The work is done in small stages:
 *
 * <ol>
 *   <li><em>split</em>: BOM and line endings normalized, NFC, one entry per non-blank line (each
 *       line of scraped text is one paragraph);
 *   <li><em>classify</em>: a single forward pass gives every line a {@link LineKind}. Before the
 *       headline, lines are logo, section label, publish line or icon; the headline is the first
 *       substantial line. After it, the first related-articles, comment, tag, or footer line that
 *       follows some body text opens the closing block: nothing after it is body. A last pass turns
 *       the final body line into the byline when it looks like one;
 *   <li><em>assemble</em>: body paragraphs joined by {@code "\n\n"}, captions de-duplicated, outlet
 *       taken from the lead's tag or the footer.
 * </ol>
 *
 * <p><b>Caption heuristic.</b> A photo caption is one short sentence placed between paragraphs. A
 * line is a caption when it
 *
 * <ul>
 *   <li>starts with "Ảnh:", "(Ảnh: …)", "Ảnh minh họa" or ends with a "(Ảnh: …)" credit; or
 *   <li>repeats the headline (image alt text) – and then the line right after it is the caption
 *       when it is one sentence of at most 40 words; or
 *   <li>repeats a line already seen; or
 *   <li>is a scene description ("Quang cảnh …", "Toàn cảnh …", "Một góc …") of one sentence and at
 *       most 20 words; or
 *   <li>has a person or delegates as subject ("Đồng chí …", "Các đại biểu …", "Bí thư …"), is one
 *       sentence of at most 40 words without ":" or ";", carries no tense/aspect marker (đã, đang,
 *       sẽ, cũng, đều, vừa, từng – narrative sentences have them, captions do not), and either ends
 *       with the event ("… phát biểu tại Hội nghị", "… dự hội nghị", "… chủ trì buổi làm việc") or
 *       is at most 20 words with a presenting verb ("… quán triệt nội dung Chỉ thị số 12.").
 * </ul>
 *
 * <p>Everything else stays body: long or multi-sentence lines, lines ending with ":", list items,
 * and short narrative sentences ("Các đại biểu đã thống nhất thông qua nghị quyết.", "Cũng tại đây,
 * các đại biểu trao đổi …").
 *
 * <p><b>Byline.</b> The last body line becomes the byline when at least one body line precedes it
 * and it is a name-like line of at most 5 capitalised words ("Hoài Nam", "PV", "Nhóm PV",
 * "PV/VOV"), or an office of at most 14 words ("Phòng Tổng hợp, Văn phòng Huyện ủy"), without final
 * punctuation. Explicit forms ("Bài và ảnh: Hoài Nam") are recognised anywhere after the lead.
 *
 * <p><b>Publish line.</b> Only a line consisting of date/time material (weekday, "Cập nhật", "Ngày
 * đăng", GMT offset, view counter) before the headline or within the first 8 lines after it counts;
 * dates in the body or footer ("Giấy phép … cấp ngày …") are never taken. The stated clock time is
 * kept as written; a GMT offset is ignored.
 *
 * <p>Instances are immutable and thread-safe. {@link #clean(String)} never throws: {@code null} or
 * empty input gives an empty title and body. Every pattern is applied to one line (most only to
 * lines of bounded length) and none has ambiguous nested repetition, so the cost is linear in the
 * input.
 */
public final class ArticleCleaner {

  /** What a line of scraped text is. */
  enum LineKind {
    LOGO,
    SITE_HEADER,
    TITLE,
    PUBLISH_LINE,
    CAPTION,
    BYLINE,
    BOILERPLATE,
    FOOTER,
    BODY
  }

  /** Lines after the headline in which a publish line may still appear. */
  private static final int PUBLISH_WINDOW = 8;

  /** Lines up to this many words before the headline are section labels, not the headline. */
  private static final int MAX_LABEL_WORDS = 5;

  /** A line longer than this is a paragraph, never a headline. */
  private static final int MAX_TITLE_WORDS = 50;

  /** Upper bound for a one-sentence photo caption. */
  private static final int MAX_CAPTION_WORDS = 40;

  /** Upper bound for captions recognised by subject and verb alone, and for scene captions. */
  private static final int MAX_SHORT_CAPTION_WORDS = 20;

  /** Upper bound for a line ending with a "(Ảnh: …)" credit. */
  private static final int MAX_CREDITED_CAPTION_WORDS = 60;

  /** Chrome headings ("Các tin khác", "Bình luận bài viết") are short. */
  private static final int MAX_HEADING_WORDS = 8;

  /** Upper bound for a footer line ("Giấy phép …", "Địa chỉ: …"). */
  private static final int MAX_FOOTER_WORDS = 40;

  /** Upper bound for a name byline ("Hoài Nam", "Nhóm PV"). */
  private static final int MAX_NAME_BYLINE_WORDS = 5;

  /** Upper bound for an office byline and for "Bài và ảnh: …" lines. */
  private static final int MAX_BYLINE_WORDS = 14;

  /** Publish lines are short; longer lines are not tried against the date pattern. */
  private static final int MAX_PUBLISH_LINE_CHARS = 120;

  // "Logo báo điện tử …": the site logo's alt text, never the headline.
  private static final Pattern LOGO = Pattern.compile("^logo(?![\\p{L}\\p{N}])");

  // "zalo-icon", "viber-icon", "facebook-icon": alt text of share buttons.
  private static final Pattern ICON_TOKEN =
      Pattern.compile("^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]icon$");

  // "Chia sẻ", "In bài", "Facebook", "Lên đầu trang": share and print bar labels, anywhere.
  private static final Pattern SHARE_LABEL =
      Pattern.compile(
          "^(?:chia sẻ(?: bài viết)?|in bài(?: viết)?|bản in|gửi bài(?: viết)?|gửi email"
              + "|lưu bài(?: viết)?|lưu|copy link|sao chép liên kết|facebook|zalo|twitter"
              + "|messenger|tweet|thích|nghe bài viết|nghe đọc bài|cỡ chữ(?: a[+-]?)*|a[+-]|quay lại|trở về"
              + "|về trang chủ|lên đầu trang|đầu trang|in trang|in|email|print)$");

  // "facebook zalo", "Chia sẻ | In bài": a share bar written on one line, token after token.
  private static final Pattern SHARE_TOKEN_SEPARATOR = Pattern.compile("\\s*[|•·,]\\s*|\\s+");

  // "Nghe đọc bài | Chia sẻ": the parts of a share bar, each a label of one or more words.
  private static final Pattern SHARE_PART_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*");

  // "Chính trị > Xây dựng Đảng", "Trang chủ » Tin tức": a breadcrumb above the headline.
  private static final Pattern BREADCRUMB = Pattern.compile("[>»›]");

  // "Trang chủ", "Xây dựng Đảng", "Quốc phòng": one segment of a section label above the
  // headline. Labels join segments with separators ("Tin tức - Sự kiện", "Chính trị - Xây dựng
  // Đảng", "Thời sự | Trong nước"); a label is never taken as the headline.
  private static final Pattern SECTION_SEGMENT =
      Pattern.compile(
          "^(?:trang chủ|tin tức|sự kiện|tin tức sự kiện|thời sự|chính trị|xây dựng đảng"
              + "|tin hoạt động|hoạt động|tin tổng hợp|tin trong tỉnh|trong nước|địa phương"
              + "|tin mới|tin nổi bật|kinh tế|xã hội|văn hóa|pháp luật|quốc phòng|an ninh"
              + "|nội chính|công tác đảng|tổ chức|cán bộ|tổ chức xây dựng đảng|kiểm tra|giám sát"
              + "|bảo vệ nền tảng tư tưởng của đảng|chuyên đề|tiêu điểm|đời sống|thế giới)$");

  // " - ", " | ", " / ": separators between the segments of a section label.
  private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s*[-–—|/]\\s*");

  // "Các tin khác", "Các bài viết khác", "Tin liên quan", "Mới nhất", "Có thể bạn quan tâm":
  // a related-articles heading; what follows is a list of other articles' headlines.
  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "^(?:(?:các|những) )?(?:tin|bài|bài viết|tin bài|tin tức)"
              + " (?:khác|liên quan|cùng chuyên mục|cùng danh mục|mới(?: nhất)?|đã đưa"
              + "|xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?|nổi bật)$"
              + "|^(?:mới nhất|xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?|có thể bạn quan tâm"
              + "|bạn có thể quan tâm|xem thêm|tin nổi bật|nổi bật|tiêu điểm)$");

  // "Phản hồi", "Bình luận", "Bình luận bài viết", "Ý KIẾN BÌNH LUẬN": the comment box.
  private static final Pattern COMMENT_HEADING =
      Pattern.compile(
          "^(?:phản hồi|bình luận(?: bài viết)?|ý kiến (?:bình luận|bạn đọc|của bạn)"
              + "|gửi (?:bình luận|ý kiến|phản hồi)(?: của bạn)?|viết bình luận"
              + "|bình luận của bạn|bạn đọc bình luận)$");

  // "(12)", " :" after a heading: a comment counter or trailing colon to ignore.
  private static final Pattern HEADING_TRAILER = Pattern.compile(" ?(?:\\(\\d{1,6}\\))? ?:?$");

  // "Tags: bảo vệ chính trị nội bộ", "Từ khóa: Quy định 58": the tag line after an article.
  private static final Pattern TAG_LINE = Pattern.compile("^(?:tags?|từ khóa|chủ đề) ?:");

  // "25 ngày trước", "• Hội nghị … (1 tháng trước)": ages in related-article lists.
  private static final Pattern RELATIVE_AGE =
      Pattern.compile("(?:^|\\()\\d{1,3} (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước\\)?$");

  // "Giấy phép xuất bản số 12/GP-…", "Tổng Biên tập: …", "Địa chỉ: …", "Điện thoại: …",
  // "Email: …", "Cấm sao chép …", "© 2024 …": lines of a site footer.
  private static final Pattern FOOTER_LINE =
      Pattern.compile(
          "^(?:giấy phép(?: xuất bản| hoạt động| thiết lập| số| mxh| ?:)"
              + "|(?:phó )?tổng biên tập ?:"
              + "|(?:địa chỉ|điện thoại|đt|fax|e-?mail|hotline|website|tòa soạn|trụ sở"
              + "|liên hệ(?: quảng cáo)?|quảng cáo) ?:"
              + "|cơ quan chủ quản|chịu trách nhiệm (?:xuất bản|nội dung|chính)|cấm sao chép"
              + "|bản quyền|copyright|©|ghi rõ nguồn|không được sao chép)");

  // "BÁO YÊN BÌNH ĐIỆN TỬ", "CỔNG THÔNG TIN ĐIỆN TỬ …": an outlet name (checked on upper-case
  // lines only) – a footer, and the source when the lead has no outlet tag.
  private static final Pattern OUTLET_NAME =
      Pattern.compile(
          "(?:^|[-–—|:] ?)(?:báo|tạp chí|cổng thông tin|trang thông tin|đài phát thanh"
              + "|đài truyền hình|thông tấn xã)(?![\\p{L}])");

  /** Longest masthead, in words, that opens with an outlet's name. */
  private static final int MAX_MASTHEAD_WORDS = 30;

  // "(ĐCSVN) - Sáng 5/3, …", "(HNP) – …", "TTXVN - …": the outlet tag opening the lead.
  private static final Pattern SOURCE_TAG =
      Pattern.compile(
          "^(?:\\( ?([\\p{Lu}\\p{N}][\\p{L}\\p{N}./&+ -]{0,24}?) ?\\)"
              + "|([\\p{Lu}][\\p{Lu}\\p{N}.]{1,14}(?:/[\\p{Lu}.]{2,10})?))"
              + "\\s*[-–—:]\\s");

  // "Ảnh: Đồng chí X phát biểu", "(Ảnh: Minh Hằng)", "Ảnh minh họa": an explicit photo line.
  // "Ảnh hưởng …" does not match: a colon, dash, ")" or the end must follow.
  private static final Pattern PHOTO_PREFIX =
      Pattern.compile("^\\(? ?(?:ảnh|hình|hình ảnh|nguồn ảnh|ảnh minh họa)(?: ?[:\\-–]| ?\\)|$)");

  // "Đồng chí X phát biểu tại hội nghị (Ảnh: Hoài Nam)": a caption ending with a photo credit.
  private static final Pattern PHOTO_CREDIT_SUFFIX =
      Pattern.compile("\\((?:ảnh|nguồn|ảnh minh họa) ?:[^()]{1,60}\\) ?\\.?$");

  // "Quang cảnh hội nghị", "Toàn cảnh buổi kiểm tra", "Một góc hội trường": scene captions.
  private static final Pattern SCENE_START =
      Pattern.compile("^(?:quang cảnh|toàn cảnh|một góc|hình ảnh|cảnh tại)(?![\\p{L}])");

  // "Đồng chí X …", "Các đại biểu …", "Đ/c X …", "Bí thư Tỉnh ủy X …": who a caption shows.
  private static final Pattern CAPTION_SUBJECT =
      Pattern.compile(
          "^(?:(?:các|những) )?(?:đồng chí|đ/c|đại biểu|lãnh đạo|thủ trưởng"
              + "|đoàn (?:công tác|kiểm tra|giám sát|đại biểu)"
              + "|(?:phó )?(?:bí thư|chủ tịch|trưởng ban|trưởng đoàn|giám đốc|cục trưởng"
              + "|vụ trưởng|bộ trưởng|thứ trưởng)|tổng bí thư|thủ tướng)(?![\\p{L}])");

  // "… phát biểu tại Hội nghị", "… dự hội nghị", "… chủ trì buổi làm việc": a caption's verb
  // (any of these, when the line also ends with the event).
  private static final Pattern CAPTION_VERB =
      Pattern.compile(
          "(?<![\\p{L}])(?:phát biểu|trình bày|quán triệt|chủ trì|tham luận|kết luận|báo cáo"
              + "|thông tin|truyền đạt|giải đáp|điều hành|chỉ đạo|trao|tặng|chúc mừng"
              + "|chụp ảnh|giới thiệu|công bố|khai mạc|bế mạc|làm việc|thăm|tham quan"
              + "|biểu quyết|bỏ phiếu|thảo luận|trao đổi|dự|tham dự)(?![\\p{L}])");

  // "… quán triệt nội dung Chỉ thị số 12.": verbs that alone mark a short caption ("dự",
  // "báo cáo", "thông tin" are left out: they are also nouns of ordinary sentences).
  private static final Pattern STRONG_CAPTION_VERB =
      Pattern.compile(
          "(?<![\\p{L}])(?:phát biểu|trình bày|quán triệt|chủ trì|tham luận|truyền đạt"
              + "|giải đáp|điều hành|trao|tặng|chúc mừng|chụp ảnh|khai mạc|bế mạc|biểu quyết"
              + "|thăm)(?![\\p{L}])");

  // "… tại Hội nghị", "… buổi kiểm tra", "… lễ kỷ niệm": the event a caption ends with.
  private static final Pattern EVENT_TAIL =
      Pattern.compile(
          "(?<![\\p{L}])(?:hội nghị|hội thảo|tọa đàm|cuộc họp|phiên họp|đại hội|chương trình"
              + "|sự kiện|buổi \\p{L}+(?: \\p{L}+){0,3}|lễ \\p{L}+(?: \\p{L}+){0,5})$");

  // "đã", "đang", "cũng": tense/aspect words of narrative sentences, absent from captions.
  private static final Pattern ASPECT_MARKER =
      Pattern.compile("(?<![\\p{L}])(?:đã|đang|sẽ|cũng|đều|vừa|từng)(?![\\p{L}])");

  // "huyện. Tham dự có": a sentence break inside a line (a caption is one sentence).
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…][\"”’)]?\\s+[\"“(]?\\p{Lu}");

  // "- Tăng cường …", "1. Nâng cao …", "a) …", "• …": a list item, which is body.
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[-–—•+*]|\\d{1,2}[.)]|[a-zđ][.)])\\s");

  // "… thực hiện./.", "… đơn vị./": the closing mark of the last paragraph.
  private static final Pattern CLOSING_MARK = Pattern.compile("\\.?/\\.?$");

  // "… hội nghị.", "Hoài Nam" (no match): a line ending with sentence or clause punctuation.
  private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…:;,][\"”’)]*$");

  // "Bài và ảnh: Hoài Nam", "Tin, ảnh: Minh Hằng", "Tác giả: …": an explicit byline; group 1
  // is the author.
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?:bài(?: và|,)? ảnh|tin(?: và|,)? ảnh|bài|tin|tác giả|nhóm phóng viên|phóng viên)"
              + "\\s*:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "Phòng Tổng hợp, Văn phòng …", "Ban Tuyên giáo …", "Nhóm PV": an office as byline.
  private static final Pattern OFFICE_BYLINE =
      Pattern.compile(
          "^(?:phòng|ban|văn phòng|trung tâm|nhóm|tổ|bộ phận|cổng thông tin|báo|đài|tạp chí)"
              + "(?![\\p{L}])");

  // "thứ ba", "chủ nhật", "t4": the weekday in a publish line.
  private static final String WEEKDAY =
      "(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn|t[2-7]) ?,? ?";

  // "cập nhật lúc", "ngày đăng:", "đăng ngày": the label in front of a publish date.
  private static final String PUBLISH_LABEL =
      "(?:ngày cập nhật|cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|xuất bản|thời gian|ngày)"
          + "(?: lúc)? ?:? ?";

  // ", ", " | ", " - ", " ", " lúc ": between the date and the time of a publish line.
  private static final String DATE_TIME_SEPARATOR = "(?: ?[,|\\-–—] ?| )(?:lúc )?";

  // A whole publish line, on the match key: "thứ hai, 11/03/2024 08:15 (gmt+0)",
  // "17/10/2023 | 1.205" (view counter), "06:40 21/11/2023", "03-01-2024 | 14:05",
  // "cập nhật 09/12/2021, 11:12:10", "cập nhật lúc 10:30, 05/06/2023", "ngày đăng: 12/04/2024",
  // "28/02/2024 - 07:30". Anchored at both ends: nothing but date/time material.
  private static final Pattern PUBLISH_LINE =
      Pattern.compile(
          "^(?:"
              + PUBLISH_LABEL
              + ")?(?:"
              + WEEKDAY
              + ")?(?:"
              + "(?<d1>\\d{1,2})[/.-](?<m1>\\d{1,2})[/.-](?<y1>\\d{4})"
              + "(?:"
              + DATE_TIME_SEPARATOR
              + "(?<h1>\\d{1,2})[:h](?<n1>\\d{2})(?::(?<s1>\\d{2}))?(?: ?(?<p1>am|pm))?)?"
              + "|(?<h2>\\d{1,2})[:h](?<n2>\\d{2})(?::(?<s2>\\d{2}))?(?: ?(?<p2>am|pm))?"
              + DATE_TIME_SEPARATOR
              + "(?:"
              + WEEKDAY
              + ")?(?:ngày )?"
              + "(?<d2>\\d{1,2})[/.-](?<m2>\\d{1,2})[/.-](?<y2>\\d{4}))"
              + "(?: ?\\(? ?(?:gmt|utc) ?[+-] ?\\d{1,2}(?::?\\d{2})? ?\\)?)?"
              + "(?: ?[|\\-–] ?\\d[\\d.,]{0,12}(?: lượt xem)?)?"
              + " ?$");

  /** Words of an outlet name that stay lower case when an all-caps footer line is recased. */
  private static final Set<String> OUTLET_COMMON_WORDS =
      Set.of(
          "điện", "tử", "thông", "tin", "chí", "online", "và", "của", "phát", "thanh", "truyền",
          "hình", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "tấn", "trang");

  /** One non-blank line of input. */
  private record Line(int index, String text, String key, int words) {}

  /** A publish date with an optional time. */
  private record Published(LocalDate on, LocalDateTime at) {}

  /** Creates a cleaner; it holds no state. */
  public ArticleCleaner() {}

  /**
   * Cleans one scraped article.
   *
   * @param rawText the page text as scraped (any line endings, optional BOM); may be {@code null}
   * @return the cleaned article; never {@code null}
   */
  public CleanArticle clean(String rawText) {
    List<Line> lines = splitLines(rawText);
    LineKind[] kinds = classify(lines);
    return assemble(lines, kinds);
  }

  /**
   * The kind given to each non-blank line of {@code rawText}, with the line, in order; for tests
   * and diagnostics.
   */
  static List<Map.Entry<LineKind, String>> explain(String rawText) {
    List<Line> lines = splitLines(rawText);
    LineKind[] kinds = classify(lines);
    List<Map.Entry<LineKind, String>> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      out.add(Map.entry(kinds[line.index()], line.text()));
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code text}, standing on a line of its own between paragraphs, is taken for a photo
   * caption by its wording alone: the caption heuristic of the class comment without the rules that
   * depend on other lines (repeats, alt text). {@link HtmlArticle} asks it for the captions an HTML
   * page marks as such.
   */
  static boolean readsAsCaption(String text) {
    List<Line> lines = splitLines(text);
    return lines.size() == 1 && isCaption(lines.getFirst());
  }

  /** What a short heading of site chrome introduces. */
  enum ChromeHeading {
    /** "Tin liên quan", "Các tin khác", "Bài viết khác", "Mới nhất": other articles' headlines. */
    RELATED,
    /** "Bình luận", "Ý kiến bạn đọc", "Gửi bình luận": readers' comments. */
    COMMENTS
  }

  /**
   * The kind of chrome heading {@code text} is, by the rules the text pipeline applies to a line
   * ("Bình luận (3):" included), or {@code null} for anything else. {@link HtmlArticle} asks it for
   * the headings of blocks it leaves out.
   */
  static ChromeHeading chromeHeading(String text) {
    List<Line> lines = splitLines(text);
    if (lines.size() != 1 || lines.getFirst().words() > MAX_HEADING_WORDS) {
      return null;
    }
    String key = headingKey(lines.getFirst());
    if (RELATED_HEADING.matcher(key).matches()) {
      return ChromeHeading.RELATED;
    }
    return COMMENT_HEADING.matcher(key).matches() ? ChromeHeading.COMMENTS : null;
  }

  // ---------------------------------------------------------------- stage 1: split into lines

  /**
   * NFC, BOM removed; CR, LF, CRLF, NEL and the Unicode line/paragraph separators end a line; one
   * {@link Line} per non-blank line.
   */
  private static List<Line> splitLines(String rawText) {
    if (rawText == null || rawText.isEmpty()) {
      return List.of();
    }
    String text = VietnameseText.nfc(rawText.replace("\uFEFF", ""));
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029' && c != '\u0085') {
        continue;
      }
      String trimmed = strip(text, start, i);
      if (!trimmed.isEmpty()) {
        lines.add(
            new Line(
                lines.size(),
                trimmed,
                collapse(VietnameseText.matchKey(trimmed)),
                countWords(trimmed)));
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
    return lines;
  }

  /** {@code s[from, to)} without leading and trailing spaces, U+00A0 and zero-width marks. */
  private static String strip(String s, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && isBlankChar(s.charAt(a))) {
      a++;
    }
    while (b > a && isBlankChar(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isBlankChar(char c) {
    return VietnameseText.isSpace(c) || (c >= '\u200B' && c <= '\u200D') || c == '\u2060';
  }

  /** Runs of spaces in a match key collapsed to one. */
  private static String collapse(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    boolean space = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }

  private static int countWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = VietnameseText.isSpace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  // ---------------------------------------------------------------- stage 2: classify

  /** Gives every line its kind: head (before the headline), body, closing block, byline. */
  private static LineKind[] classify(List<Line> lines) {
    LineKind[] kinds = new LineKind[lines.size()];
    int title = classifyHead(lines, kinds);
    classifyBody(lines, kinds, title);
    markByline(lines, kinds);
    return kinds;
  }

  /**
   * Classifies the lines up to the headline and returns the headline's index (-1 when none). The
   * headline is the first line of more than 5 words that is not chrome; when that line is already a
   * paragraph or a long sentence ending with a full stop (a sapo), the last short non-label line
   * before it is the headline instead.
   */
  private static int classifyHead(List<Line> lines, LineKind[] kinds) {
    boolean published = false;
    int lastShort = -1;
    for (Line line : lines) {
      int i = line.index();
      if (isLogo(line)) {
        kinds[i] = LineKind.LOGO;
      } else if (isShareChrome(line) || isChromeHeading(line)) {
        kinds[i] = LineKind.BOILERPLATE;
      } else if (!published && parsePublished(line) != null) {
        kinds[i] = LineKind.PUBLISH_LINE;
        published = true;
      } else if (isSectionLabel(line) || isFooter(line) || isOutletLine(line)) {
        kinds[i] = LineKind.SITE_HEADER;
      } else if (line.words() <= MAX_LABEL_WORDS) {
        kinds[i] = LineKind.SITE_HEADER;
        lastShort = i;
      } else if (lastShort >= 0 && (isParagraph(line) || isLongSentence(line))) {
        kinds[lastShort] = LineKind.TITLE;
        return lastShort;
      } else if (isParagraph(line)) {
        return -1;
      } else {
        kinds[i] = LineKind.TITLE;
        return i;
      }
    }
    if (lastShort >= 0) {
      kinds[lastShort] = LineKind.TITLE;
    }
    return lastShort;
  }

  /** Classifies the lines after the head: publish line, chrome, captions, body, closing block. */
  private static void classifyBody(List<Line> lines, LineKind[] kinds, int title) {
    int first = firstUnclassified(kinds);
    boolean published = contains(kinds, LineKind.PUBLISH_LINE);
    String titleKey = title >= 0 ? sentenceKey(lines.get(title)) : null;
    Set<String> seen = new HashSet<>();
    if (titleKey != null) {
      seen.add(titleKey);
    }
    boolean bodySeen = false;
    boolean closing = false;
    boolean afterAlt = false;
    for (int i = first; i < lines.size(); i++) {
      Line line = lines.get(i);
      int distance = title >= 0 ? i - title : i + 1;
      if (closing) {
        kinds[i] = isFooter(line) || isOutletLine(line) ? LineKind.FOOTER : LineKind.BOILERPLATE;
        continue;
      }
      boolean wasAlt = afterAlt;
      afterAlt = false;
      String key = sentenceKey(line);
      if (!published && distance <= PUBLISH_WINDOW && parsePublished(line) != null) {
        kinds[i] = LineKind.PUBLISH_LINE;
        published = true;
      } else if (isLogo(line)) {
        kinds[i] = LineKind.LOGO;
      } else if (isShareChrome(line)) {
        kinds[i] = LineKind.BOILERPLATE;
      } else if (isChromeHeading(line) || isTagLine(line) || isRelativeAge(line)) {
        kinds[i] = LineKind.BOILERPLATE;
        closing = bodySeen;
      } else if (isFooter(line) || isOutletLine(line)) {
        kinds[i] = bodySeen ? LineKind.FOOTER : LineKind.SITE_HEADER;
        closing = bodySeen;
      } else if (key.equals(titleKey)) {
        kinds[i] = LineKind.CAPTION;
        afterAlt = true;
      } else if (seen.contains(key)) {
        kinds[i] = line.words() <= MAX_CAPTION_WORDS ? LineKind.CAPTION : LineKind.BOILERPLATE;
      } else if (isCaption(line) || (wasAlt && hasCaptionShape(line))) {
        kinds[i] = LineKind.CAPTION;
      } else if (bodySeen && isExplicitByline(line)) {
        kinds[i] = LineKind.BYLINE;
      } else {
        kinds[i] = LineKind.BODY;
        bodySeen = true;
      }
      seen.add(key);
    }
  }

  /** Turns the last body line into the byline when it looks like one. */
  private static void markByline(List<Line> lines, LineKind[] kinds) {
    int last = lastIndexOf(kinds, LineKind.BODY, kinds.length);
    if (last < 0 || lastIndexOf(kinds, LineKind.BODY, last) < 0) {
      return;
    }
    if (contains(kinds, LineKind.BYLINE)) {
      return;
    }
    if (isBylineShape(lines.get(last))) {
      kinds[last] = LineKind.BYLINE;
    }
  }

  // ---------------------------------------------------------------- stage 3: assemble

  /** Builds the article from the classified lines. */
  private static CleanArticle assemble(List<Line> lines, LineKind[] kinds) {
    String title = "";
    Published published = null;
    String author = null;
    String tagSource = null;
    String outlet = null;
    List<String> body = new ArrayList<>();
    Map<String, String> captions = new LinkedHashMap<>();
    String titleKey = null;
    for (Line line : lines) {
      switch (kinds[line.index()]) {
        case TITLE -> {
          title = line.text();
          titleKey = sentenceKey(line);
        }
        case PUBLISH_LINE -> published = published == null ? parsePublished(line) : published;
        case BYLINE -> author = author == null ? bylineAuthor(line) : author;
        case CAPTION -> {
          String key = sentenceKey(line);
          if (!key.equals(titleKey)) {
            captions.putIfAbsent(key, line.text());
          }
        }
        case BODY -> {
          if (body.isEmpty()) {
            tagSource = sourceTag(line.text());
          }
          body.add(line.text());
        }
        case SITE_HEADER, FOOTER -> {
          if (outlet == null && isOutletLine(line)) {
            outlet = recaseOutlet(line.text());
          }
        }
        default -> {}
      }
    }
    return new CleanArticle(
        title,
        published == null ? null : published.on(),
        published == null ? null : published.at(),
        author,
        tagSource != null ? tagSource : outlet,
        String.join("\n\n", body),
        List.copyOf(captions.values()),
        outlet);
  }

  // ---------------------------------------------------------------- line predicates

  private static boolean isLogo(Line line) {
    return LOGO.matcher(line.key()).lookingAt();
  }

  private static boolean isShareChrome(Line line) {
    if (line.words() > MAX_HEADING_WORDS) {
      return false;
    }
    String key = headingKey(line);
    if (ICON_TOKEN.matcher(key).matches() || SHARE_LABEL.matcher(key).matches()) {
      return true;
    }
    // a bar of labels and icons: every "|"-separated part is one ("Nghe đọc bài | Chia sẻ"), or
    // every word of it is ("facebook zalo-icon in")
    String[] parts = SHARE_PART_SEPARATOR.split(key.strip());
    String[] tokens = SHARE_TOKEN_SEPARATOR.split(key.strip());
    if (parts.length < 2 && tokens.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!isShareToken(part)) {
        for (String token : SHARE_TOKEN_SEPARATOR.split(part)) {
          if (!isShareToken(token)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isShareToken(String token) {
    return ICON_TOKEN.matcher(token).matches() || SHARE_LABEL.matcher(token).matches();
  }

  /** A related-articles or comment heading. */
  private static boolean isChromeHeading(Line line) {
    if (line.words() > MAX_HEADING_WORDS) {
      return false;
    }
    String key = headingKey(line);
    return RELATED_HEADING.matcher(key).matches() || COMMENT_HEADING.matcher(key).matches();
  }

  private static boolean isTagLine(Line line) {
    return TAG_LINE.matcher(line.key()).lookingAt();
  }

  private static boolean isRelativeAge(Line line) {
    return line.words() <= MAX_CAPTION_WORDS && RELATIVE_AGE.matcher(line.key()).find();
  }

  private static boolean isSectionLabel(Line line) {
    if (line.words() > 3 * MAX_LABEL_WORDS) {
      return false;
    }
    if (BREADCRUMB.matcher(line.key()).find()) {
      return true;
    }
    for (String segment : SECTION_SEPARATOR.split(headingKey(line).strip())) {
      if (!SECTION_SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFooter(Line line) {
    return line.words() <= MAX_FOOTER_WORDS && FOOTER_LINE.matcher(line.key()).lookingAt();
  }

  /** An all-caps outlet name line such as "BÁO HÀ NAM ĐIỆN TỬ". */
  private static boolean isOutletLine(Line line) {
    // "BÁO ĐỒNG KHỞI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ …": a masthead may run long when it opens with
    // the outlet's name
    return line.words() >= 2
        && line.text().codePoints().noneMatch(Character::isLowerCase)
        && (line.words() <= MAX_HEADING_WORDS + 4 && OUTLET_NAME.matcher(line.key()).find()
            || line.words() <= MAX_MASTHEAD_WORDS && OUTLET_NAME.matcher(line.key()).lookingAt());
  }

  /**
   * A sentence of some length ending with a full stop: a sapo or lead, since headlines carry no
   * final full stop. Preferred as body when a short line before it can be the headline.
   */
  private static boolean isLongSentence(Line line) {
    return line.words() > 15 && line.text().endsWith(".");
  }

  /** Too long, or several sentences of some length: a paragraph, not a headline. */
  private static boolean isParagraph(Line line) {
    return line.words() > MAX_TITLE_WORDS
        || (line.words() > 25 && SENTENCE_BREAK.matcher(line.text()).find());
  }

  /** One sentence, not a list item, no colon or semicolon, no closing mark; bounded length. */
  private static boolean hasCaptionShape(Line line) {
    if (line.words() > MAX_CAPTION_WORDS) {
      return false;
    }
    String text = line.text();
    return !text.endsWith(":")
        && !text.endsWith(",")
        && !LIST_ITEM.matcher(text).lookingAt()
        && !CLOSING_MARK.matcher(text).find()
        && !SENTENCE_BREAK.matcher(text).find();
  }

  /** The caption heuristic described in the class comment (except repeats). */
  private static boolean isCaption(Line line) {
    String key = line.key();
    if (PHOTO_PREFIX.matcher(key).lookingAt() && line.words() <= MAX_CREDITED_CAPTION_WORDS) {
      return true;
    }
    if (line.words() <= MAX_CREDITED_CAPTION_WORDS
        && PHOTO_CREDIT_SUFFIX.matcher(key).find()
        && !SENTENCE_BREAK.matcher(line.text()).find()) {
      return true;
    }
    if (!hasCaptionShape(line) || key.indexOf(':') >= 0 || key.indexOf(';') >= 0) {
      return false;
    }
    if (SCENE_START.matcher(key).lookingAt()) {
      return line.words() <= MAX_SHORT_CAPTION_WORDS;
    }
    if (!CAPTION_SUBJECT.matcher(key).lookingAt() || ASPECT_MARKER.matcher(key).find()) {
      return false;
    }
    String sentence = stripFinalPunctuation(key);
    if (EVENT_TAIL.matcher(sentence).find() && CAPTION_VERB.matcher(sentence).find()) {
      return true;
    }
    return line.words() <= MAX_SHORT_CAPTION_WORDS && STRONG_CAPTION_VERB.matcher(key).find();
  }

  private static boolean isExplicitByline(Line line) {
    return line.words() <= MAX_BYLINE_WORDS && BYLINE_PREFIX.matcher(line.text()).matches();
  }

  /** A name ("Hoài Nam", "PV", "PV/VOV") or an office line, without final punctuation. */
  private static boolean isBylineShape(Line line) {
    if (line.words() > MAX_BYLINE_WORDS
        || FINAL_PUNCTUATION.matcher(line.text()).find()
        || ASPECT_MARKER.matcher(line.key()).find()) {
      return false;
    }
    if (isExplicitByline(line)) {
      return true;
    }
    if (line.words() <= MAX_NAME_BYLINE_WORDS && isNameLike(line.text())) {
      return true;
    }
    return OFFICE_BYLINE.matcher(line.key()).lookingAt() && isCapitalised(line.text());
  }

  /** Every word starts with an upper-case letter (after "(") or is punctuation such as "-". */
  private static boolean isNameLike(String text) {
    for (String word : text.split("[\\s\\u00A0]+")) {
      int k = 0;
      while (k < word.length() && (word.charAt(k) == '(' || word.charAt(k) == '"')) {
        k++;
      }
      if (k == word.length()) {
        continue;
      }
      int cp = word.codePointAt(k);
      if (Character.isLetter(cp) ? !Character.isUpperCase(cp) : Character.isLetterOrDigit(cp)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalised(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  // ---------------------------------------------------------------- values

  /** The publish date and time of a whole-line date, or {@code null} (also for invalid dates). */
  private static Published parsePublished(Line line) {
    if (line.key().length() > MAX_PUBLISH_LINE_CHARS) {
      return null;
    }
    Matcher m = PUBLISH_LINE.matcher(line.key());
    if (!m.matches()) {
      return null;
    }
    boolean dateFirst = m.group("d1") != null;
    LocalDate date =
        dateFirst
            ? date(m.group("d1"), m.group("m1"), m.group("y1"))
            : date(m.group("d2"), m.group("m2"), m.group("y2"));
    if (date == null) {
      return null;
    }
    String hour = dateFirst ? m.group("h1") : m.group("h2");
    if (hour == null) {
      return new Published(date, null);
    }
    LocalTime time =
        dateFirst
            ? time(hour, m.group("n1"), m.group("s1"), m.group("p1"))
            : time(hour, m.group("n2"), m.group("s2"), m.group("p2"));
    if (time == null) {
      return null;
    }
    return new Published(date, LocalDateTime.of(date, time));
  }

  private static LocalDate date(String day, String month, String year) {
    int d = Integer.parseInt(day);
    int m = Integer.parseInt(month);
    int y = Integer.parseInt(year);
    if (y < 1900
        || y > 2100
        || m < 1
        || m > 12
        || d < 1
        || d > Year.of(y).atMonth(m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static LocalTime time(String hour, String minute, String second, String meridiem) {
    int h = Integer.parseInt(hour);
    int min = Integer.parseInt(minute);
    int s = second == null ? 0 : Integer.parseInt(second);
    if (meridiem != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (meridiem.equals("pm") ? 12 : 0);
    }
    if (h > 23 || min > 59 || s > 59) {
      return null;
    }
    return LocalTime.of(h, min, s);
  }

  /** "(ĐCSVN) - Sáng 5/3, …" → "ĐCSVN"; {@code null} without a tag. */
  private static String sourceTag(String lead) {
    Matcher m = SOURCE_TAG.matcher(lead);
    if (!m.lookingAt()) {
      return null;
    }
    String tag = m.group(1) != null ? m.group(1) : m.group(2);
    return tag.strip();
  }

  /** "Bài và ảnh: Hoài Nam" → "Hoài Nam"; any other byline line as written. */
  private static String bylineAuthor(Line line) {
    Matcher m = BYLINE_PREFIX.matcher(line.text());
    return m.matches() ? m.group(1).strip() : line.text();
  }

  /**
   * "BÁO YÊN BÌNH ĐIỆN TỬ" → "Báo Yên Bình điện tử": proper nouns capitalised, common words not.
   */
  private static String recaseOutlet(String caps) {
    String[] words = VietnameseText.matchKey(caps).trim().split(" +");
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (w > 0 && OUTLET_COMMON_WORDS.contains(word)) {
        sb.append(word);
      } else {
        int cp = word.codePointAt(0);
        sb.appendCodePoint(Character.toTitleCase(cp))
            .append(word.substring(Character.charCount(cp)));
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- small helpers

  /** The match key without a heading's trailing counter or colon ("Bình luận (3):"). */
  private static String headingKey(Line line) {
    return HEADING_TRAILER.matcher(line.key()).replaceFirst("");
  }

  /** The match key without final punctuation: how repeats of a line are recognised. */
  private static String sentenceKey(Line line) {
    return stripFinalPunctuation(line.key());
  }

  private static String stripFinalPunctuation(String key) {
    int end = key.length();
    while (end > 0 && ".!?…:;,\"”’) ".indexOf(key.charAt(end - 1)) >= 0) {
      end--;
    }
    return key.substring(0, end);
  }

  private static int firstUnclassified(LineKind[] kinds) {
    int first = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != null) {
        first = i + 1;
      }
    }
    return first;
  }

  private static boolean contains(LineKind[] kinds, LineKind kind) {
    return lastIndexOf(kinds, kind, kinds.length) >= 0;
  }

  private static int lastIndexOf(LineKind[] kinds, LineKind kind, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (kinds[i] == kind) {
        return i;
      }
    }
    return -1;
  }
}
