package io.regtrack.extraction.person;

import io.regtrack.extraction.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
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
   * The head of a post: "Ủy viên …", "Phó Bí thư …", "Trưởng Ban …", "Phó Cục trưởng …", "TUV",
   * "Thành viên Ban Chỉ đạo …", "Phó ban Thường trực …" (a deputy head written without "Trưởng"),
   * "nguyên Bí thư …" (a former post, often written in lower case), "Phó Tổng Thư ký …" (two
   * prefixes). Case-sensitive on the first letter otherwise: posts are capitalised.
   */
  private static final String POST_HEAD =
      "(?:(?:(?:Phó|Tổng|Nguyên|nguyên|Quyền) ){0,2}(?:Ủy viên|Uỷ viên|Bí thư|Trưởng|[Tt]rưởng"
          + "|Chủ tịch|Cục trưởng|Vụ trưởng|Giám đốc|Chánh|Bộ trưởng|Thứ trưởng|Thủ tướng"
          + "|Tổng Bí thư|Chủ nhiệm|Viện trưởng|Hiệu trưởng|Tổng Biên tập|Biên tập|Thư ký|Chính ủy"
          + "|Chính trị viên"
          + "|Chính uỷ|Tư lệnh|Chỉ huy trưởng|Đại biểu Quốc hội|Thường trực|Tỉnh ủy viên"
          + "|Tỉnh uỷ viên|Huyện ủy viên|Huyện uỷ viên|Thành ủy viên|Thành uỷ viên|Chánh án"
          + "|Viện trưởng|Kiểm sát viên|Tổng cục trưởng|Tổng Giám đốc|Thành viên|TUV|HUV|UVTV"
          + "|UV BTV|BTV|ĐBQH|UVBCH|UV)|(?:[Nn]guyên )?Phó [Bb]an)(?![\\p{L}])";

  static final Pattern POST_START = Pattern.compile("^" + POST_HEAD);

  /**
   * A post head with nothing after it ("Trưởng", "Phó", "Ủy viên"): before a capitalised word it
   * starts an organisation's name ("Trưởng Đoàn Kiểm tra"), not a post of a person.
   */
  static final Pattern BARE_HEAD =
      Pattern.compile(
          "(?:(?:Phó|Tổng|Nguyên|Quyền) )?(?:Trưởng|[Tt]rưởng|Ủy viên|Uỷ viên|Phó|Chánh)");

  /**
   * A parent body or place qualifying the post before it: "…, Ban Tổ chức Trung ương", "Bí thư Chi
   * bộ thôn Nà Khà, xã Tân Lập", "…, huyện Đan Phượng" (an administrative unit and its name).
   */
  static final Pattern ORG_START =
      Pattern.compile(
          "^(?:(?:Ban|Cục|Vụ|Bộ|Sở|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy"
              + "|Đảng uỷ|UBND|HĐND|Ủy ban|Uỷ ban|Văn phòng|Tiểu ban|Học viện|Viện|Trường"
              + "|Công an|Bộ Chỉ huy|Mặt trận|Tổng cục|Hội đồng|Đoàn|Báo|Đài)(?![\\p{L}])"
              + "|(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|ấp|khu phố"
              + "|tổ dân phố) (?=\\p{Lu}))");

  /** Military and police ranks, academic titles and honorifics (alternatives of a pattern). */
  private static final String RANKS =
      "Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá"
          + "|Đại úy|Đại uý|Thượng úy|Trung úy|GS\\.?TS\\.?|PGS\\.?TS\\.?|PGS\\.?|GS\\.?"
          + "|TS\\.?|ThS\\.?|NGND|NGƯT|Ông|Bà|ông|bà|Đ/c|đ/c|Anh|Chị";

  /** Military and police ranks, academic titles and honorifics: not positions. */
  static final Pattern RANK = Pattern.compile("^(?:" + RANKS + ")$");

  /**
   * The words that end a post: a verb of the meeting ("chủ trì", "phát biểu", "dự") or a connector.
   * "dự khuyết" is part of a post ("Ủy viên dự khuyết Trung ương Đảng").
   */
  static final Pattern POST_STOP =
      Pattern.compile(
          "(?<![\\p{L}])(?:cùng chủ trì|đồng chủ trì|chủ trì|phát biểu|nhấn mạnh|trình bày|quán triệt"
              + "|triển khai|dự(?! khuyết)|tham dự|tham luận|thông tin|yêu cầu|đề nghị|cho biết"
              + "|khẳng định|kết luận|xác định|chỉ đạo|báo cáo|nêu|đánh giá|ghi nhận|cùng|làm"
              + "|đã|đang|được|tại|trao|tặng|điều hành|giới thiệu|công bố|chúc mừng|biểu dương"
              + "|lưu ý|đọc|có|với|thay mặt|nói|gửi|chia sẻ|bày tỏ|mong|cảm ơn|phân tích"
              + "|khai mạc|bế mạc|chủ động|tiếp thu|giải đáp|cho rằng|hoan nghênh|gợi ý|góp ý"
              + "|trả lời|đề xuất|kiến nghị|mong muốn|chúc|trao đổi|làm rõ|động viên|căn dặn"
              + "|truyền đạt|thông báo|tuyên bố|tóm tắt|nhận|tham gia|dẫn đầu|hướng dẫn|trực tiếp"
              + "|phổ biến|lược thuật"
              + "|và(?= (?:các|đồng chí|đại|nhiều|lãnh đạo))"
              // "… và Trương Thị Hồng", "… và Đại tá Tô Văn Khải": "và" before a (ranked) name;
              // "và" inside a body's name ("Ban Tuyên giáo và Dân vận") is not before a name
              + "|và(?= (?:(?:"
              + RANKS
              + ") )?(?:"
              + PersonExtractor.SURNAMES
              + ")(?: \\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}\\p{N}])))"
              + "(?![\\p{L}])");

  /** " -" or " –" closing a run of posts opened by a dash after the name. */
  private static final Pattern CLOSING_DASH = Pattern.compile("[\\s\\u00A0]+[-–—]$");

  /** Characters that end a list of posts. */
  static final Pattern POSTS_END = Pattern.compile("[;:!?()\\n…]|\\.(?!\\d)");

  /**
   * A short parenthesis that qualifies the post before it, kept as part of the post: "Bí thư Đảng
   * ủy xã Tân Lập (huyện Đan Phượng)", "Chủ tịch HĐND huyện Mường Ảng (Điện Biên)". Without commas,
   * sentence punctuation or nested parentheses, and (checked separately) without a verb: "(dự tại
   * điểm cầu huyện)" ends the posts as before.
   */
  private static final Pattern QUALIFYING_PARENS = Pattern.compile("\\([^()\\n;:!?.,…]{1,60}\\)");

  /**
   * "Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh": "kiêm" (concurrently) joins two posts, kept as
   * two positions like posts separated by a comma.
   */
  private static final Pattern CONCURRENTLY =
      Pattern.compile("[\\s\\u00A0]+kiêm[\\s\\u00A0]+(?=" + POST_HEAD + ")");

  /**
   * "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực": the fixed phrase "phòng, chống" puts a comma
   * inside a body's name; the lower-case segments after it belong to the name too.
   */
  private static final Pattern PREVENT_AND_COMBAT =
      Pattern.compile("(?<![\\p{L}])phòng$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern COMBAT = Pattern.compile("^chống(?![\\p{L}])");

  /** Longest lower-case segment, in words, that continues a "phòng, chống …" name. */
  private static final int MAX_PHRASE_WORDS = 4;

  /**
   * Longest run of posts read, in characters: text without punctuation is cut there, which keeps
   * reading linear in the length of the text.
   */
  private static final int LOOK_AHEAD = 1000;

  /** Where the posts starting at {@code from} end: a {@link #POSTS_END}, skipping qualifiers. */
  private static int postsLimit(String text, int from) {
    int ceiling = Math.min(text.length(), from + LOOK_AHEAD);
    Matcher end = POSTS_END.matcher(text).region(from, ceiling);
    while (end.find()) {
      if (text.charAt(end.start()) == '(' && end.start() > from) {
        Matcher q = QUALIFYING_PARENS.matcher(text).region(end.start(), ceiling);
        if (q.lookingAt() && !POST_STOP.matcher(q.group()).find()) {
          end.region(q.end(), ceiling);
          continue;
        }
      }
      return end.start();
    }
    return ceiling;
  }

  /** Adds a post, split at "kiêm" into the posts it joins. */
  private static void addPost(List<String> posts, String post) {
    for (String p : CONCURRENTLY.split(post)) {
      if (!p.isBlank()) {
        posts.add(p.strip());
      }
    }
  }

  /** Parsed posts and where reading them stopped. */
  record Read(List<String> posts, int end) {}

  /**
   * Reads comma-separated posts starting at {@code from}: each segment that starts like a post is
   * one; a segment naming a body qualifies the post before it; anything else ends the list.
   */
  static Read after(String text, int from) {
    int limit = postsLimit(text, from);
    List<String> posts = new ArrayList<>();
    boolean inPhrase = false; // inside a "phòng, chống …" name
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
      if (!post
          && !org
          && !posts.isEmpty()
          && (inPhrase
              ? !seg.isEmpty() && Character.isLowerCase(seg.charAt(0))
              : PREVENT_AND_COMBAT.matcher(posts.getLast()).find()
                  && COMBAT.matcher(seg).lookingAt())) {
        Matcher stop = POST_STOP.matcher(seg);
        String kept = stop.find() ? seg.substring(0, stop.start()).strip() : seg;
        if (!kept.isEmpty() && kept.split("\\s+").length <= MAX_PHRASE_WORDS) {
          posts.set(posts.size() - 1, posts.getLast() + ", " + kept);
          if (kept.length() < seg.length()) {
            return new Read(posts, segStart + kept.length());
          }
          inPhrase = true;
          pos = segEnd + 1;
          continue;
        }
      }
      if (!post && !org) {
        return new Read(posts, pos);
      }
      inPhrase = false;
      Matcher stop = POST_STOP.matcher(seg);
      String kept = stop.find() ? seg.substring(0, stop.start()).strip() : seg;
      // "X - Bí thư Tỉnh ủy - chủ trì": the dash closing the posts is not part of them
      kept = CLOSING_DASH.matcher(kept).replaceFirst("");
      if (!kept.isEmpty()) {
        if (post) {
          addPost(posts, kept);
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
        addPost(posts, seg);
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

  /**
   * Abbreviations expanded before positions are compared, applied in this order: a longer form ("UV
   * BTV") must be replaced before the shorter one it contains ("BTV"). A list, not a map, because a
   * map's iteration order is not part of its contract ({@code Map.ofEntries} changes it from one
   * JVM start to the next, and so did the keys it produced).
   */
  private static final List<Abbreviation> ABBREVIATIONS =
      List.of(
          new Abbreviation(Pattern.compile("\\bT\\.Ư\\b|\\bTƯ\\b|\\bTW\\b"), "trung ương"),
          new Abbreviation(Pattern.compile("\\bBCH\\b"), "ban chấp hành"),
          new Abbreviation(Pattern.compile("\\bUVTV\\b|\\bUV BTV\\b"), "ủy viên ban thường vụ"),
          new Abbreviation(Pattern.compile("\\bBTV\\b"), "ban thường vụ"),
          new Abbreviation(Pattern.compile("\\bTUV\\b"), "tỉnh ủy viên"),
          new Abbreviation(Pattern.compile("\\bHUV\\b"), "huyện ủy viên"),
          new Abbreviation(Pattern.compile("\\bĐBQH\\b"), "đại biểu quốc hội"),
          new Abbreviation(Pattern.compile("\\bUBKT\\b"), "ủy ban kiểm tra"),
          new Abbreviation(Pattern.compile("\\bHĐND\\b"), "hội đồng nhân dân"),
          new Abbreviation(Pattern.compile("\\bUBND\\b"), "ủy ban nhân dân"),
          new Abbreviation(Pattern.compile("\\bMTTQ\\b"), "mặt trận tổ quốc"));

  /** One abbreviation pattern and its expansion. */
  private record Abbreviation(Pattern pattern, String expansion) {}

  /**
   * A comparison key: abbreviations expanded, NFC, new tone placement, lower case, punctuation
   * dropped; "ủy viên ban chấp hành trung ương" = "ủy viên trung ương".
   */
  static String key(String position) {
    String s = VietnameseText.nfc(position);
    for (Abbreviation a : ABBREVIATIONS) {
      s = a.pattern().matcher(s).replaceAll(a.expansion());
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
