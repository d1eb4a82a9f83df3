package io.regtrack.extraction.person;

import io.regtrack.extraction.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions (chức vụ) as written after or before a name: where a post starts, where it stops, and
 * how two forms of one post compare ("TUV" = "Tỉnh ủy viên", "Ủy viên Ban Chấp hành Trung ương
 * Đảng" = "Ủy viên Trung ương Đảng").
 */
final class Positions {
  private Positions() {}

  /**
   * The head of a post: "Ủy viên …", "Phó Bí thư …", "Trưởng Ban …", "Phó Cục trưởng …", "TUV".
   * Case-sensitive on the first letter: posts are capitalised.
   */
  static final Pattern POST_START =
      Pattern.compile(
          "^(?:(?:Phó|Tổng|Nguyên|Quyền) )?(?:Ủy viên|Uỷ viên|Bí thư|Trưởng|[Tt]rưởng|Chủ tịch"
              + "|Cục trưởng|Vụ trưởng|Giám đốc|Chánh|Bộ trưởng|Thứ trưởng|Thủ tướng|Tổng Bí thư"
              + "|Chủ nhiệm|Viện trưởng|Hiệu trưởng|Tổng Biên tập|Biên tập|Thư ký|Chính ủy|Chính uỷ"
              + "|Tư lệnh|Chỉ huy trưởng|Đại biểu Quốc hội|Thường trực|Tỉnh ủy viên|Tỉnh uỷ viên"
              + "|Huyện ủy viên|Huyện uỷ viên|Thành ủy viên|Thành uỷ viên|Chánh án|Viện trưởng"
              + "|Kiểm sát viên|Tổng cục trưởng|Tổng Giám đốc|TUV|HUV|UVTV|UV BTV|BTV|ĐBQH"
              + "|UVBCH|UV)(?![\\p{L}])");

  /**
   * A post head with nothing after it ("Trưởng", "Phó", "Ủy viên"): before a capitalised word it
   * starts an organisation's name ("Trưởng Đoàn Kiểm tra"), not a post of a person.
   */
  static final Pattern BARE_HEAD =
      Pattern.compile(
          "(?:(?:Phó|Tổng|Nguyên|Quyền) )?(?:Trưởng|[Tt]rưởng|Ủy viên|Uỷ viên|Phó|Chánh)");

  /** A parent body qualifying the post before it: "…, Ban Tổ chức Trung ương". */
  static final Pattern ORG_START =
      Pattern.compile(
          "^(?:Ban|Cục|Vụ|Bộ|Sở|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy"
              + "|Đảng uỷ|UBND|HĐND|Ủy ban|Uỷ ban|Văn phòng|Tiểu ban|Học viện|Viện|Trường"
              + "|Công an|Bộ Chỉ huy|Mặt trận|Tổng cục|Hội đồng|Đoàn|Báo|Đài)(?![\\p{L}])");

  /** Military and police ranks, academic titles and honorifics: not positions. */
  static final Pattern RANK =
      Pattern.compile(
          "^(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá"
              + "|Đại úy|Đại uý|Thượng úy|Trung úy|GS\\.?TS\\.?|PGS\\.?TS\\.?|PGS\\.?|GS\\.?"
              + "|TS\\.?|ThS\\.?|NGND|NGƯT|Ông|Bà|ông|bà|Đ/c|đ/c|Anh|Chị)$");

  /**
   * The words that end a post: a verb of the meeting ("chủ trì", "phát biểu", "dự") or a connector.
   * "dự khuyết" is part of a post ("Ủy viên dự khuyết Trung ương Đảng").
   */
  static final Pattern POST_STOP =
      Pattern.compile(
          "(?<![\\p{L}])(?:cùng chủ trì|chủ trì|phát biểu|nhấn mạnh|trình bày|quán triệt"
              + "|triển khai|dự(?! khuyết)|tham dự|tham luận|thông tin|yêu cầu|đề nghị|cho biết"
              + "|khẳng định|kết luận|xác định|chỉ đạo|báo cáo|nêu|đánh giá|ghi nhận|cùng|làm"
              + "|đã|đang|được|tại|trao|tặng|điều hành|giới thiệu|công bố|chúc mừng|biểu dương"
              + "|lưu ý|đọc|có|với|thay mặt|nói|gửi|chia sẻ|bày tỏ|mong|cảm ơn|phân tích"
              + "|khai mạc|bế mạc|chủ động|tiếp thu|giải đáp|cho rằng|hoan nghênh|gợi ý|góp ý"
              + "|trả lời|đề xuất|kiến nghị|mong muốn|chúc|trao đổi|làm rõ|động viên|căn dặn"
              + "|truyền đạt|thông báo|tuyên bố|tóm tắt|nhận|tham gia|dẫn đầu"
              + "|và(?= (?:các|đồng chí|đại|nhiều|lãnh đạo)))"
              + "(?![\\p{L}])");

  /** Characters that end a list of posts. */
  static final Pattern POSTS_END = Pattern.compile("[;:!?()\\n…]|\\.(?!\\d)");

  /** Parsed posts and where reading them stopped. */
  record Read(List<String> posts, int end) {}

  /**
   * Reads comma-separated posts starting at {@code from}: each segment that starts like a post is
   * one; a segment naming a body qualifies the post before it; anything else ends the list.
   */
  static Read after(String text, int from) {
    int limit = text.length();
    Matcher end = POSTS_END.matcher(text).region(from, text.length());
    if (end.find()) {
      limit = end.start();
    }
    List<String> posts = new ArrayList<>();
    int pos = from;
    while (pos < limit) {
      int comma = text.indexOf(',', pos);
      int segEnd = comma < 0 || comma > limit ? limit : comma;
      String raw = text.substring(pos, segEnd).replace('\u00A0', ' ');
      String seg = raw.strip();
      int segStart = pos + raw.indexOf(seg.isEmpty() ? " " : seg.substring(0, 1));
      boolean post = POST_START.matcher(seg).lookingAt();
      boolean org = !post && !posts.isEmpty() && ORG_START.matcher(seg).lookingAt();
      if (!post && !org && !posts.isEmpty() && continuesName(text, seg, segEnd, limit)) {
        // "Vụ Tổ chức cơ sở đảng, đảng viên, Ban Tổ chức Trung ương": a comma inside a name
        posts.set(posts.size() - 1, posts.getLast() + ", " + seg);
        pos = segEnd + 1;
        continue;
      }
      if (!post && !org) {
        return new Read(posts, pos);
      }
      Matcher stop = POST_STOP.matcher(seg);
      String kept = stop.find() ? seg.substring(0, stop.start()).strip() : seg;
      if (!kept.isEmpty()) {
        if (post) {
          posts.add(kept);
        } else {
          posts.set(posts.size() - 1, posts.getLast() + ", " + kept);
        }
      }
      if (kept.length() < seg.length()) {
        return new Read(posts, segStart + kept.length());
      }
      pos = segEnd + 1;
    }
    return new Read(posts, limit);
  }

  /**
   * A short lower-case segment that continues the name of the body before it: followed by another
   * post or body segment, and free of verbs ("cơ sở đảng, đảng viên, Ban Tổ chức Trung ương").
   */
  private static boolean continuesName(String text, String seg, int segEnd, int limit) {
    if (seg.isEmpty()
        || !Character.isLowerCase(seg.charAt(0))
        || seg.split("\\s+").length > 3
        || POST_STOP.matcher(seg).find()
        || segEnd >= limit) {
      return false;
    }
    String next = text.substring(segEnd + 1, limit).strip();
    return POST_START.matcher(next).lookingAt() || ORG_START.matcher(next).lookingAt();
  }

  /**
   * Posts written before a name ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Thị Thủy"): the whole text
   * must be posts (a trailing rank is dropped); else {@code null}.
   */
  static List<String> before(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    String[] parts = t.split(",");
    List<String> posts = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String seg = parts[i].strip();
      String rank = trailingRank(seg);
      if (rank != null) {
        seg = seg.substring(0, seg.length() - rank.length()).strip();
        if (seg.isEmpty()) {
          continue;
        }
      }
      if (POST_START.matcher(seg).lookingAt()
          && !POST_STOP.matcher(seg).find()
          && !BARE_HEAD.matcher(seg).matches()) {
        posts.add(seg);
      } else if (!posts.isEmpty() && ORG_START.matcher(seg).lookingAt()) {
        posts.set(posts.size() - 1, posts.getLast() + ", " + seg);
      } else {
        return null;
      }
    }
    return posts;
  }

  /** A rank or honorific ending {@code seg} ("… Thiếu tướng", "Bà"), or null. */
  static String trailingRank(String seg) {
    String[] words = seg.strip().split("\\s+");
    for (int n = Math.min(2, words.length); n >= 1; n--) {
      String tail =
          String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
      if (!tail.isEmpty() && RANK.matcher(tail).matches()) {
        return tail;
      }
    }
    return null;
  }

  private static final Map<Pattern, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry(Pattern.compile("\\bT\\.Ư\\b|\\bTƯ\\b|\\bTW\\b"), "trung ương"),
          Map.entry(Pattern.compile("\\bBCH\\b"), "ban chấp hành"),
          Map.entry(Pattern.compile("\\bUVTV\\b|\\bUV BTV\\b"), "ủy viên ban thường vụ"),
          Map.entry(Pattern.compile("\\bBTV\\b"), "ban thường vụ"),
          Map.entry(Pattern.compile("\\bTUV\\b"), "tỉnh ủy viên"),
          Map.entry(Pattern.compile("\\bHUV\\b"), "huyện ủy viên"),
          Map.entry(Pattern.compile("\\bĐBQH\\b"), "đại biểu quốc hội"),
          Map.entry(Pattern.compile("\\bUBKT\\b"), "ủy ban kiểm tra"),
          Map.entry(Pattern.compile("\\bHĐND\\b"), "hội đồng nhân dân"),
          Map.entry(Pattern.compile("\\bUBND\\b"), "ủy ban nhân dân"),
          Map.entry(Pattern.compile("\\bMTTQ\\b"), "mặt trận tổ quốc"));

  /**
   * A comparison key: abbreviations expanded, NFC, new tone placement, lower case, punctuation
   * dropped; "ủy viên ban chấp hành trung ương" = "ủy viên trung ương".
   */
  static String key(String position) {
    String s = VietnameseText.nfc(position);
    for (Map.Entry<Pattern, String> e : ABBREVIATIONS.entrySet()) {
      s = e.getKey().matcher(s).replaceAll(e.getValue());
    }
    s =
        VietnameseText.matchKey(s)
            .replaceAll("[“”\"'‘’().,;:]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return s.replace("ủy viên ban chấp hành trung ương", "ủy viên trung ương");
  }

  /**
   * Deduplicates positions keeping the fullest form: equal keys keep the longer text, and a post
   * whose key begins another's ("trưởng đoàn kiểm tra" / "… số 7") yields to it.
   */
  static List<String> dedupe(List<String> positions) {
    List<String> kept = new ArrayList<>();
    for (String p : positions) {
      String k = key(p);
      boolean absorbed = false;
      for (int i = 0; i < kept.size(); i++) {
        String q = kept.get(i);
        String kq = key(q);
        if (kq.equals(k)) {
          if (p.length() > q.length()) {
            kept.set(i, p);
          }
          absorbed = true;
          break;
        }
        if (kq.startsWith(k + " ")) {
          absorbed = true;
          break;
        }
        if (k.startsWith(kq + " ")) {
          kept.set(i, p);
          absorbed = true;
          break;
        }
      }
      if (!absorbed) {
        kept.add(p);
      }
    }
    return kept;
  }
}
