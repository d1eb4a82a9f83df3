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
  private static final String SURNAMES =
      "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lâm|Tống|Sơn"
          + "|Quản|Đinh|Chẩu|Tô|Trịnh|Đoàn|Trương|Mai|Hà|Cao|Lương|Đào|Tạ|Vương|Thái|Kiều|Chu|La"
          + "|Lại|Lưu|Khổng|Hứa|Triệu|Thân|Mạc|Phùng|Quách|Tăng|Từ|Diệp|Nông|Lò|Hầu|Đàm|Nghiêm"
          + "|Lục|Tôn|Ninh|Châu|Nhữ|Vi|Khúc|Thạch|Danh|Bế|Lường|Quàng|Cầm|Giàng|Sùng|Vàng|Tráng"
          + "|Trình|Doãn|Bạch|Lã|Phí|Cù|Ứng|Uông|Hàn|Tiêu|Thiều|Lữ|Kha|Lạc|Lăng|Kim|Âu|Viên|Ma"
          + "|Thào|Vừ|Mùa|Lầu|Sộng|Chảo|Hoàng|Y|H[’']\\p{Lu}\\p{Ll}*";

  // "Lâm Văn Mẫn", "Lê Thị Thu Hồng": a surname and one to three capitalised syllables.
  private static final Pattern NAME =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?:"
              + SURNAMES
              + ")(?: \\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}\\p{N}])");

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

  // What the person does right after their name and posts.
  private static final Pattern CHAIR_VERB =
      Pattern.compile("^[\\s,]*(?:đã |cũng |sẽ )?(?:cùng )?chủ trì(?![\\p{L}])");
  private static final Pattern SPEAKER_VERB =
      Pattern.compile(
          "^[\\s,]*(?:đã |cũng |sẽ )?(?:phát biểu|trình bày|quán triệt|triển khai|tham luận"
              + "|thông tin|báo cáo|kết luận|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo|giới thiệu|công bố"
              + "|phổ biến|xác định|khẳng định|cho biết|thông qua)(?![\\p{L}])");
  private static final Pattern ATTENDEE_VERB =
      Pattern.compile("^[\\s,]*(?:đã |cũng )?(?:tham dự|dự)(?! khuyết)(?![\\p{L}])");

  // Before the name: "Phát biểu khai mạc …, đồng chí X", "Kết luận hội nghị, đồng chí X",
  // "Dự hội nghị có đồng chí X".
  private static final Pattern SPEAKER_LEAD =
      Pattern.compile(
          "(?:phát biểu|kết luận|trình bày|báo cáo|quán triệt|thay mặt)[^.;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ATTENDEE_LEAD =
      Pattern.compile(
          "^\\s*(?:cùng )?(?:tham )?dự(?:,? chỉ đạo)?[^.;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CHAIR_LEAD =
      Pattern.compile("(?:cùng )?chủ trì[^.;]*(?:có|là) (?:các )?đồng chí\\s*:?\\s*$");

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

  private void scan(String text, int caption, Map<String, Acc> persons) {
    Matcher m = NAME.matcher(text);
    int covered = 0; // end of the last person's posts: names inside them are not persons
    while (m.find()) {
      String name = m.group();
      if (m.start() < covered || isPlace(name)) {
        continue;
      }
      int clauseStart = clauseStart(text, m.start());
      String left = text.substring(clauseStart, m.start());
      String sentenceLeft = text.substring(sentenceStart(text, m.start()), m.start());
      boolean marked = false;
      List<String> before = List.of();
      Matcher comrade = COMRADE.matcher(left);
      int lastComrade = -1;
      while (comrade.find()) {
        lastComrade = comrade.end();
      }
      String rest = lastComrade >= 0 ? left.substring(lastComrade) : lastClause(left);
      rest = rest.replaceFirst("^\\s*:?\\s*", "").strip();
      String rank = Positions.trailingRank(rest);
      if (rank != null) {
        rest = rest.substring(0, rest.length() - rank.length()).strip();
      }
      List<String> titled = Positions.before(rest);
      if (titled != null) {
        before = titled;
        // "đồng chí X", "Thiếu tướng X", "Bí thư Tỉnh ủy X": marked when nothing else intervenes
        marked = lastComrade >= 0 || rank != null || !titled.isEmpty();
      }
      boolean listEntry =
          left.isBlank()
              && clauseStart > 0
              && (text.charAt(clauseStart - 1) == ';' || text.charAt(clauseStart - 1) == ':')
              && LIST_INTRO.matcher(listHead(text, clauseStart)).find();
      marked |= listEntry;
      Positions.Read after = readAfter(text, m.end());
      if (!marked && after.posts().isEmpty()) {
        continue;
      }
      List<String> positions = new ArrayList<>();
      Matcher group = GROUP_TITLE.matcher(listHead(text, clauseStart));
      if ((listEntry || left.isBlank()) && group.find()) {
        List<String> groupPosts = Positions.before(group.group(1));
        if (groupPosts != null) {
          positions.addAll(groupPosts);
        }
      }
      positions.addAll(before);
      positions.addAll(after.posts());
      covered = Math.max(m.end(), after.end());
      ParticipantRole role = role(text, after.end(), sentenceLeft, listHead(text, clauseStart));
      Acc acc = persons.computeIfAbsent(nameKey(name), k -> new Acc(name));
      acc.positions.addAll(positions);
      acc.mentions.add(
          new PersonMention(
              caption < 0 ? new Span(m.start(), m.end()) : null, caption, positions, role));
    }
  }

  // ", " or " – " (any spaces, NO-BREAK SPACE included) between a name and its posts.
  private static final Pattern POSTS_SEPARATOR = Pattern.compile("(?:,|\\s[–—-])[\\s\\u00A0]+");

  private static Positions.Read readAfter(String text, int end) {
    Matcher sep = POSTS_SEPARATOR.matcher(text).region(end, text.length());
    return sep.lookingAt() ? Positions.after(text, sep.end()) : new Positions.Read(List.of(), end);
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
    if (ATTENDEE_LEAD.matcher(sentenceLeft).find() || ATTENDEE_LEAD.matcher(head).find()) {
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
    int colon = text.lastIndexOf(':', Math.max(0, clauseStart - 1));
    int end = colon >= s ? colon + 1 : clauseStart;
    return text.substring(s, Math.max(s, end));
  }

  private static int clauseStart(String text, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
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
    return 0;
  }

  private static int sentenceStart(String text, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '\n' || (c == '.' && !decimal(text, i))) {
        return i + 1;
      }
    }
    return 0;
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
