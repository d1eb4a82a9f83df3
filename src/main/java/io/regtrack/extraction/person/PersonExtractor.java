package io.regtrack.extraction.person;

import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.model.ExtractedPerson;
import io.regtrack.extraction.model.ParticipantRole;
import io.regtrack.extraction.model.PersonMention;
import io.regtrack.extraction.model.Span;
import io.regtrack.extraction.text.VietnameseText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person stage: names with the positions stated beside them, from the body and the photo
 * captions. A capitalised name counts as a person only where the text marks it as one — "đồng chí
 * X", a rank or honorific, posts after it ("X, Bí thư Tỉnh ủy") or before it ("Bí thư Tỉnh ủy X"),
 * or an entry of a participant list ("các đồng chí: X, …; Y, …") — so places, streets and "tư tưởng
 * Hồ Chí Minh" are not persons, and unnamed office-holders are not either.
 */
public final class PersonExtractor {

  /** Vietnamese surnames a name starts with (ones that are also common words are left out). */
  static final String SURNAMES =
      "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lâm|Tống|Sơn"
          + "|Quản|Đinh|Chẩu|Tô|Trịnh|Đoàn|Trương|Mai|Hà|Cao|Lương|Đào|Tạ|Vương|Thái|Kiều|Chu|La"
          + "|Lại|Lưu|Khổng|Hứa|Triệu|Thân|Mạc|Phùng|Quách|Tăng|Từ|Diệp|Nông|Lò|Hầu|Đàm|Nghiêm"
          + "|Lục|Tôn|Ninh|Châu|Nhữ|Vi|Khúc|Thạch|Danh|Bế|Lường|Quàng|Cầm|Giàng|Sùng|Vàng|Tráng"
          + "|Trình|Doãn|Bạch|Lã|Phí|Cù|Ứng|Uông|Hàn|Tiêu|Thiều|Lữ|Kha|Lạc|Lăng|Kim|Âu|Viên|Ma"
          + "|Thào|Vừ|Mùa|Lầu|Sộng|Chảo|Hoàng|Y|H[’']\\p{Lu}\\p{Ll}*";

  /**
   * Military and police ranks that stand in a name slot like "đồng chí": "Thượng tá Kơ Să Ha Vân,
   * Chủ nhiệm …", "Thượng tá A Thuyên, Phó Giám đốc …".
   */
  private static final String SLOT_RANKS =
      "Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy"
          + "|Thượng úy|Trung úy";

  /** A capitalised syllable of a name, "H'Nhoang" and "Kđăm" included. */
  private static final String SYLLABLE = "\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}\\p{Ll}*)?";

  /** First words of a post or a rank, which a name in a slot never starts with. */
  private static final String NOT_A_NAME_START =
      "(?!(?:Phó|Bí|Chủ|Trưởng|Giám|Ủy|Thường|Tỉnh|Thành|Huyện|Đại|Thượng|Trung|Thiếu|Bộ|Ban|Các"
          + "|Những|Hội|Đảng|Sở|Công|Quân|Chính|Văn|Tổng|Cục|Viện|Trường)(?![\\p{L}]))";

  /**
   * "Lâm Văn Mẫn", "Lê Thị Thu Hồng": a surname and one to three capitalised syllables; or, in a
   * name slot (after "đồng chí", "Bà", "Ông") and followed by posts or a verb, two to five
   * capitalised syllables of any origin: "Ksor Phước Hà", "Y Thanh Hà Niê Kđăm", "Nay H'Nhoang",
   * "Rơ Mah Tuấn", "Thạch Phước Bình" (Jrai, Ê Đê, Khmer and Thái names have no Kinh surname), or
   * one syllable with an apostrophe, "K'Brếu" (K'Ho); a military or police rank is a slot too.
   */
  private static final Pattern NAME =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?:"
              + "(?<=(?<![\\p{L}])(?:đồng chí|Đồng chí|đ/c|Đ/c|Bà|Ông|bà|ông|"
              + SLOT_RANKS
              + ") )"
              + NOT_A_NAME_START
              + "(?:"
              + SYLLABLE
              + "(?: "
              + SYLLABLE
              + "){1,4}|\\p{Lu}\\p{Ll}*['’]\\p{Lu}\\p{Ll}*)"
              + "(?=,| \\(| [–—-] | (?:chủ trì|phát biểu|trình bày|truyền đạt|giới thiệu"
              + "|báo cáo|cho biết|nhấn mạnh|quán triệt|triển khai|đề nghị|yêu cầu)(?![\\p{L}]))"
              + "|(?:"
              + SURNAMES
              + ")(?: \\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}\\p{N}]))");

  // "đồng chí", "các đồng chí", "Đ/c": the word that introduces a Party member by name.
  private static final Pattern COMRADE =
      Pattern.compile(
          "(?<![\\p{L}])(?:đồng chí|đ/c)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: X, …": a group title given to every member.
  private static final Pattern GROUP_TITLE =
      Pattern.compile("(?:các|những) đồng chí ([^:;.\\n]{3,120}):\\s*$");

  // "…có các đồng chí: X" / "…đồng chí Ủy viên …: X": a list whose entries start with names.
  private static final Pattern LIST_INTRO = Pattern.compile("đồng chí[^;.\\n]{0,120}:\\s*$");

  // What the person does right after their name and posts ("… - chủ trì" after posts opened by a
  // dash). "dự và chủ trì", "dự và phát biểu": the stronger verb after attending decides.
  private static final Pattern CHAIR_VERB =
      Pattern.compile(
          "^[\\s,–—-]*(?:đã |cũng |sẽ )?(?:(?:tham )?dự và )?(?:cùng |đồng )?chủ trì(?![\\p{L}])");
  private static final Pattern SPEAKER_VERB =
      Pattern.compile(
          "^[\\s,–—-]*(?:đã |cũng |sẽ )?(?:(?:tham )?dự và )?(?:phát biểu|trình bày|quán triệt"
              + "|triển khai|tham luận|thông tin|báo cáo|kết luận|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo"
              + "|giới thiệu|công bố|phổ biến|xác định|khẳng định|cho biết|thông qua)(?![\\p{L}])");
  private static final Pattern ATTENDEE_VERB =
      Pattern.compile("^[\\s,–—-]*(?:đã |cũng )?(?:cùng )?(?:tham dự|dự)(?! khuyết)(?![\\p{L}])");

  // Before the name: "Phát biểu khai mạc …, đồng chí X", "Kết luận hội nghị, đồng chí X",
  // "Dự hội nghị có đồng chí X", "Về dự hội nghị có đồng chí X".
  private static final Pattern SPEAKER_LEAD =
      Pattern.compile(
          "(?:phát biểu|kết luận|trình bày|báo cáo|quán triệt|thay mặt)[^.;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ATTENDEE_LEAD =
      Pattern.compile(
          "^\\s*(?:cùng )?(?:về |đến |tới )?(?:tham )?dự(?:,? chỉ đạo)?[^.;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // Inside the sentence: "…, có sự tham dự của đồng chí X", "với sự hiện diện của các đồng chí: X",
  // "X chủ trì hội nghị, cùng dự có đồng chí Y".
  private static final Pattern ATTENDED_BY_LEAD =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:có|với) sự (?:tham dự|tham gia|hiện diện|góp mặt) của"
              + "|(?:cùng |về |đến |tới )?(?:tham )?dự(?: hội nghị| buổi làm việc)?(?: còn)? có)"
              + "[^.;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "Chủ trì hội nghị có đồng chí", "Dự và chủ trì hội nghị có các đồng chí:", "Chủ trì hội nghị là
   * đồng chí", "dưới sự chủ trì của đồng chí", "Đồng chủ trì hội nghị có …": the persons named next
   * chair. No comma between "chủ trì" and "có": in "X chủ trì hội nghị, cùng dự có đồng chí Y" Y
   * attends.
   */
  private static final Pattern CHAIR_LEAD =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:cùng|đồng) )?chủ trì(?:[^.;:,]{0,80}? (?:có|là|gồm)| của)"
              + " (?:các )?(?:đồng chí|đ/c)\\s*:?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * What joins two persons of one list or one subject: ", ", "; ", " và ", ", và đồng chí ", "; các
   * đồng chí ". Whatever follows must read as posts written before the next name ("và Chủ tịch UBND
   * tỉnh Y"). Joined persons share the role stated once for all of them ("X, … và đồng chí Y, …
   * cùng chủ trì hội nghị").
   */
  private static final Pattern JOINER =
      Pattern.compile(
          "[\\s\\u00A0]*(?:[,;][\\s\\u00A0]*(?:và[\\s\\u00A0]+)?|và[\\s\\u00A0]+)"
              + "(?<comrade>(?:các[\\s\\u00A0]+)?(?:đồng chí|Đồng chí|đ/c|Đ/c)[\\s\\u00A0]*)?");

  /** Longest text between two joined persons, in characters (a joiner and posts before a name). */
  private static final int MAX_JOIN_GAP = 200;

  // "các đồng chí", "những đồng chí": the comrade word before a group title given to every name.
  private static final Pattern PLURAL = Pattern.compile("(?:các|những|Các|Những)\\s+$");

  // "Đỗ Văn Khải (Bí thư Đảng ủy phường Trần Phú)": posts in parentheses right after the name.
  private static final Pattern POSTS_IN_PARENS = Pattern.compile("[\\s\\u00A0]*\\(");

  // A surname alone: the first word of a name that follows a place ("… Tỉnh ủy Hà Giang Đặng …").
  private static final Pattern SURNAME = Pattern.compile("(?:" + SURNAMES + ")");

  private final Gazetteer gazetteer;

  public PersonExtractor() {
    this(Gazetteer.get());
  }

  public PersonExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The persons named in a body and its captions, in order of first mention. */
  public List<ExtractedPerson> extract(String body, List<String> captions) {
    Map<String, Acc> persons = new LinkedHashMap<>();
    scan(VietnameseText.nfc(body), -1, persons);
    for (int i = 0; i < captions.size(); i++) {
      scan(VietnameseText.nfc(captions.get(i)), i, persons);
    }
    List<ExtractedPerson> result = new ArrayList<>();
    for (Acc a : persons.values()) {
      result.add(new ExtractedPerson(a.name, Positions.dedupe(a.positions), a.mentions));
    }
    return result;
  }

  private static final class Acc {
    final String name;
    final List<String> positions = new ArrayList<>();
    final List<PersonMention> mentions = new ArrayList<>();

    Acc(String name) {
      this.name = name;
    }
  }

  /** One mention found by {@link #scan}, before roles are shared along joined lists. */
  private static final class Found {
    final String name;
    final int start;
    final int end; // after the name and its posts
    final List<String> positions;
    final List<String> groupPosts;
    final boolean joined; // joined to the previous mention ("X, … và đồng chí Y")
    ParticipantRole role;

    Found(
        String name,
        int start,
        int end,
        List<String> positions,
        List<String> groupPosts,
        boolean joined,
        ParticipantRole role) {
      this.name = name;
      this.start = start;
      this.end = end;
      this.positions = positions;
      this.groupPosts = groupPosts;
      this.joined = joined;
      this.role = role;
    }
  }

  private void scan(String text, int caption, Map<String, Acc> persons) {
    List<Found> found = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    int covered = 0; // end of the last person's posts: names inside them are not persons
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      String name = m.group();
      if (m.start() < covered || isPlace(name)) {
        continue;
      }
      int personAt = afterLeadingPlace(name);
      if (personAt > 0) {
        from = m.start() + personAt; // "Bí thư Tỉnh ủy Hà Giang Đặng Quốc Hưng": the name follows
        continue;
      }
      Found prev = found.isEmpty() ? null : found.getLast();
      int clauseStart = clauseStart(text, m.start());
      String left = text.substring(Math.max(clauseStart, covered), m.start());
      String sentenceLeft = text.substring(sentenceStart(text, m.start()), m.start());
      boolean marked = false;
      List<String> before = List.of();
      Matcher comrade = COMRADE.matcher(left);
      int lastComrade = -1;
      int lastComradeStart = -1;
      while (comrade.find()) {
        lastComrade = comrade.end();
        lastComradeStart = comrade.start();
      }
      String rest = lastComrade >= 0 ? left.substring(lastComrade) : lastClause(left);
      rest = rest.replaceFirst("^\\s*:?\\s*", "").strip();
      String rank = Positions.trailingRank(rest);
      if (rank != null) {
        rest = rest.substring(0, rest.length() - rank.length()).strip();
      }
      List<String> titled = Positions.before(rest);
      List<String> group = List.of();
      boolean groupIsTitled = false; // the group title is the posts written before this name
      if (titled != null) {
        before = titled;
        // "đồng chí X", "Thiếu tướng X", "Bí thư Tỉnh ủy X": marked when nothing else intervenes
        marked = lastComrade >= 0 || rank != null || !titled.isEmpty();
        if (lastComrade >= 0
            && !titled.isEmpty()
            && PLURAL
                .matcher(left.substring(Math.max(0, lastComradeStart - 8), lastComradeStart))
                .find()) {
          group = titled; // "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy X, Y": every name's title
          groupIsTitled = true;
        }
      }
      boolean listEntry =
          left.isBlank()
              && clauseStart > 0
              && (text.charAt(clauseStart - 1) == ';' || text.charAt(clauseStart - 1) == ':')
              && LIST_INTRO.matcher(listHead(text, clauseStart)).find();
      marked |= listEntry;
      // "…: X, Y và Z", "X, … và đồng chí Y": a name joined to the previous person
      boolean near = prev != null && m.start() - prev.end <= MAX_JOIN_GAP;
      String gap = near ? text.substring(prev.end, m.start()) : "";
      Matcher joiner = JOINER.matcher(gap);
      boolean joined =
          near && joiner.lookingAt() && Positions.before(gap.substring(joiner.end())) != null;
      // a bare name continues the previous person's group; "và đồng chí Z" starts another entry
      boolean bareJoin =
          joined && joiner.group("comrade") == null && gap.substring(joiner.end()).isBlank();
      marked |= joined;
      Positions.Read after = readAfter(text, m.end());
      if (!marked && after.posts().isEmpty()) {
        continue;
      }
      List<String> positions = new ArrayList<>();
      Matcher groupTitle = GROUP_TITLE.matcher(listHead(text, clauseStart));
      if ((listEntry || left.isBlank()) && groupTitle.find()) {
        List<String> groupPosts = Positions.before(groupTitle.group(1));
        if (groupPosts != null) {
          group = groupPosts;
          groupIsTitled = false;
        }
      }
      if (group.isEmpty() && bareJoin) {
        group = prev.groupPosts; // "các đồng chí Phó Bí thư Tỉnh ủy: X, Y": Y is one of them too
      }
      if (!groupIsTitled) {
        positions.addAll(group);
      }
      positions.addAll(before);
      positions.addAll(after.posts());
      // no posts: the person ends with the name ("X, Y" - the comma is the list's, not posts')
      covered = after.posts().isEmpty() ? m.end() : Math.max(m.end(), after.end());
      ParticipantRole role = role(text, after.end(), sentenceLeft, listHead(text, clauseStart));
      found.add(new Found(name, m.start(), covered, List.copyOf(positions), group, joined, role));
    }
    shareRoles(found);
    for (Found f : found) {
      Acc acc = persons.computeIfAbsent(nameKey(f.name), k -> new Acc(f.name));
      acc.positions.addAll(f.positions);
      acc.mentions.add(
          new PersonMention(
              caption < 0 ? new Span(f.start, f.start + f.name.length()) : null,
              caption,
              f.positions,
              f.role));
    }
  }

  /**
   * Joined persons share the role stated once for all of them: a verb after the last ("X, … và đồng
   * chí Y, … cùng chủ trì") goes back to those before it, and a lead before the first ("Chủ trì hội
   * nghị có đồng chí X, … và đồng chí Y, …") forward to those after it. A role stated for a person
   * itself is kept.
   */
  private static void shareRoles(List<Found> found) {
    for (int i = found.size() - 2; i >= 0; i--) {
      if (found.get(i + 1).joined && found.get(i).role == null) {
        found.get(i).role = found.get(i + 1).role;
      }
    }
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).joined && found.get(i).role == null) {
        found.get(i).role = found.get(i - 1).role;
      }
    }
  }

  /**
   * Where a person's name starts inside a match that begins with a place: "Hà Giang Đặng Quốc" in
   * "Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh" → the offset of "Đặng"; else -1.
   */
  private int afterLeadingPlace(String name) {
    String[] words = name.split(" ");
    int offset = name.length();
    for (int k = words.length - 1; k >= 2; k--) {
      offset -= words[k].length() + 1;
      String place = name.substring(0, offset);
      if (SURNAME.matcher(words[k]).matches() && isPlace(place)) {
        return offset + 1;
      }
    }
    return -1;
  }

  // ", " or " – " (any spaces, NO-BREAK SPACE included) between a name and its posts.
  private static final Pattern POSTS_SEPARATOR = Pattern.compile("(?:,|\\s[–—-])[\\s\\u00A0]+");

  private static Positions.Read readAfter(String text, int end) {
    Matcher sep = POSTS_SEPARATOR.matcher(text).region(end, text.length());
    if (sep.lookingAt()) {
      return Positions.after(text, sep.end());
    }
    Matcher parens = POSTS_IN_PARENS.matcher(text).region(end, text.length());
    if (parens.lookingAt()) {
      Positions.Read inside = Positions.after(text, parens.end());
      int close = inside.end();
      while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
        close++;
      }
      if (!inside.posts().isEmpty() && close < text.length() && text.charAt(close) == ')') {
        return new Positions.Read(inside.posts(), close + 1);
      }
    }
    return new Positions.Read(List.of(), end);
  }

  private static ParticipantRole role(String text, int from, String sentenceLeft, String head) {
    String next = text.substring(from, Math.min(text.length(), from + 60));
    if (CHAIR_VERB.matcher(next).lookingAt()) {
      return ParticipantRole.CHAIR;
    }
    if (SPEAKER_VERB.matcher(next).lookingAt()) {
      return ParticipantRole.SPEAKER;
    }
    if (ATTENDEE_VERB.matcher(next).lookingAt()) {
      return ParticipantRole.ATTENDEE;
    }
    if (CHAIR_LEAD.matcher(head).find() || CHAIR_LEAD.matcher(sentenceLeft).find()) {
      return ParticipantRole.CHAIR;
    }
    if (ATTENDEE_LEAD.matcher(sentenceLeft).find()
        || ATTENDEE_LEAD.matcher(head).find()
        || ATTENDED_BY_LEAD.matcher(sentenceLeft).find()) {
      return ParticipantRole.ATTENDEE;
    }
    if (SPEAKER_LEAD.matcher(sentenceLeft).find()) {
      return ParticipantRole.SPEAKER;
    }
    return null;
  }

  /** The text of the sentence before a list entry, up to its colon. */
  private static String listHead(String text, int clauseStart) {
    int s = sentenceStart(text, clauseStart);
    int colon = -1;
    for (int i = clauseStart - 1; i >= s; i--) {
      if (text.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    int end = colon >= s ? colon + 1 : clauseStart;
    return text.substring(s, Math.max(s, end));
  }

  /**
   * How far back, in characters, the words before a name are read (its clause, its sentence, the
   * head of its list): a longer run without punctuation is cut there, which keeps the stage linear
   * in the length of the text.
   */
  private static final int LOOK_BACK = 1000;

  private static int clauseStart(String text, int pos) {
    int floor = Math.max(0, pos - LOOK_BACK);
    for (int i = pos - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if (c == ';'
          || c == ':'
          || c == '!'
          || c == '?'
          || c == '\n'
          || (c == '.' && !decimal(text, i))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static int sentenceStart(String text, int pos) {
    int floor = Math.max(0, pos - LOOK_BACK);
    for (int i = pos - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '\n' || (c == '.' && !decimal(text, i))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static boolean decimal(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }

  /**
   * Where posts written before a name stand: the longest comma-aligned end of the clause that reads
   * as posts ("Dự hội nghị có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X" → "Bí thư Tỉnh ủy, Chủ tịch
   * HĐND tỉnh"), else the text after the last comma.
   */
  private static String lastClause(String left) {
    String[] parts = left.split(",", -1);
    for (int k = 0; k < parts.length; k++) {
      String head = parts[k];
      Matcher word = WORD_START_UPPER.matcher(head);
      while (word.find()) {
        String candidate =
            head.substring(word.start())
                + (k + 1 < parts.length ? "," : "")
                + String.join(",", java.util.Arrays.copyOfRange(parts, k + 1, parts.length));
        List<String> posts = Positions.before(candidate);
        if (posts != null && !posts.isEmpty()) {
          return candidate;
        }
      }
    }
    int comma = left.lastIndexOf(',');
    return comma < 0 ? left : left.substring(comma + 1);
  }

  // A capitalised word: where a post may begin inside a clause.
  private static final Pattern WORD_START_UPPER = Pattern.compile("(?<![\\p{L}])\\p{Lu}");

  private boolean isPlace(String name) {
    String key = Gazetteer.key(name);
    return gazetteer.byName(name).isPresent()
        || gazetteer.byTown(name).isPresent()
        || key.equals("hồ chí minh")
        || key.startsWith("hồ chí minh ");
  }

  private static String nameKey(String name) {
    return VietnameseText.matchKey(name).toLowerCase(Locale.ROOT);
  }
}
