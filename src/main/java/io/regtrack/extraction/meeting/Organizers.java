package io.regtrack.extraction.meeting;

import io.regtrack.extraction.gazetteer.Bodies;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organizer reader of the meeting stage: the body that holds a meeting, as the text states it,
 * in its canonical name.
 *
 * <p>Three statements name an organizer: the subject of "X (đã/vừa) tổ chức hội nghị …", the agent
 * of "Hội nghị … do X tổ chức", and a joint "X phối hợp với Y tổ chức …" (both, in the order
 * written: "X, Y"). "Theo chỉ đạo của X, Y tổ chức …" names Y: the clause before the comma is not
 * the subject. Names are made canonical by {@link Bodies} ("Ban Bí thư Trung ương Đảng" → "Ban Bí
 * thư") and completed with the place the article gives ("Ban Chấp hành Đảng bộ tỉnh" in a Phú Yên
 * article → "… tỉnh Phú Yên", "Huyện ủy" in a report about Đồng Văn district → "Huyện ủy Đồng Văn",
 * "Thành ủy TP.HCM" → "Thành ủy Thành phố Hồ Chí Minh").
 */
final class Organizers {

  /**
   * "… tổ chức hội nghị", "tổ chức Hội thảo", "tổ chức quán triệt": the verb whose subject
   * organizes the meeting. Example: "Sáng 20/9, Ban Tổ chức Tỉnh ủy Bắc Giang tổ chức hội nghị trực
   * tuyến"; "Ban Tổ chức Tỉnh ủy mở lớp tập huấn".
   */
  private static final Pattern ORGANIZES =
      Pattern.compile(
          "(?<![\\p{L}])(?:tổ chức (?:hội nghị|buổi|hội thảo|tọa đàm|lễ|phiên|lớp|quán triệt"
              + "|triển khai|học tập|sơ kết|tổng kết|kiểm tra|đối thoại|tập huấn)|mở lớp)"
              + "(?![\\p{L}])");

  /**
   * "Hội nghị do Ban Tuyên giáo Tỉnh ủy tổ chức", "… do Bộ Công an chủ trì, tổ chức": the agent of
   * a passive; the name is what stands between "do" and the verb.
   */
  private static final Pattern ORGANIZED_BY =
      Pattern.compile(
          "(?<![\\p{L}])do (?<org>[^.;:!?\\n]{3,160}?) (?:(?:đồng )?chủ trì,? )?(?:phối hợp )?"
              + "tổ chức(?![\\p{L}])");

  /**
   * Words joining two organizers of one meeting: "X phối hợp với Y", "X cùng Y", "X và Y" (the last
   * two only before the head word of a body, so "Ban Tuyên giáo và Dân vận" stays one name).
   */
  private static final Pattern JOINT =
      Pattern.compile(" (?:phối hợp với|phối hợp cùng|phối hợp|kết hợp với) ");

  private static final Pattern JOINT_AND = Pattern.compile("(?: và|,| cùng với| cùng) (?=\\p{Lu})");

  /** Adverbs between a subject and its verb: "đã", "vừa", "cũng đã", "long trọng". */
  private static final Pattern TRAILING_ADVERBS =
      Pattern.compile(
          "(?: (?:đã|vừa|sẽ|đang|mới|cũng|long trọng|trang trọng|liên tiếp|chính thức|đồng loạt"
              + "|khẩn trương|nhanh chóng|kịp thời|lần lượt|tiếp tục|chủ động))+$");

  /** "(ĐK) - ", "(BHG) – ", "TTXVN - ": a source tag before the lead's first clause. */
  private static final Pattern SOURCE_TAG =
      Pattern.compile("^(?:\\([^()]{1,40}\\)\\s*[-–—:]?\\s*|[\\p{Lu}.]{2,12}\\s*[-–—]\\s+)");

  /** "Sáng 14/12 ", "Ngày 5-3 ": a time opening the clause without a comma. */
  private static final Pattern LEADING_TIME =
      Pattern.compile(
          "^(?:(?:vào )?(?:sáng|chiều|tối|trưa) )?(?:ngày )?\\d{1,2}\\s*[-/.]\\s*\\d{1,2}"
              + "(?:\\s*[-/.]\\s*\\d{4})?\\s+");

  /** A local body's name that ends where its place should follow: "Tỉnh ủy", "Công an tỉnh". */
  private static final Pattern NEEDS_PROVINCE =
      Pattern.compile("(?:tỉnh|thành phố|tỉnh ủy|thành ủy|đảng bộ tỉnh|đảng bộ thành phố)$");

  /** A district-level body's name that ends where the district's name should follow. */
  private static final Pattern NEEDS_DISTRICT =
      Pattern.compile("(?<unit>huyện ủy|quận ủy|thị ủy|huyện|quận|thị xã)$");

  /** "huyện Đồng Văn", "Huyện ủy Mỏ Cày Nam": a district the article names. */
  private final Gazetteer gazetteer;

  private final Bodies bodies;

  Organizers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.bodies = new Bodies(gazetteer);
  }

  /**
   * The organizer stated in {@code [from, to)} of the body: the first "X tổ chức hội nghị" or "do X
   * tổ chức" there, made canonical; or null when none is stated.
   *
   * @param body the article body
   * @param key its match key (same offsets)
   * @param province the meeting's province, to complete local names; may be null
   */
  String find(String body, String key, int from, int to, Province province) {
    to = Math.min(to, key.length());
    if (from >= to) {
      return null;
    }
    Matcher passive = ORGANIZED_BY.matcher(key).region(from, to);
    int passiveAt = passive.find() ? passive.start() : Integer.MAX_VALUE;
    Matcher active = ORGANIZES.matcher(key).region(from, to);
    while (active.find()) {
      if (active.start() > passiveAt) {
        break;
      }
      String name = subjectBefore(body, key, from, active.start(), province);
      if (name != null) {
        return name;
      }
    }
    if (passiveAt != Integer.MAX_VALUE) {
      return named(body.substring(passive.start("org"), passive.end("org")), body, province);
    }
    return null;
  }

  /** " khóa XVII", " nhiệm kỳ 2020 - 2025": the term written after a body's name. */
  private static final Pattern TERM =
      Pattern.compile("[\\s,]+(?:khóa|khoá) [IVXLC]+(?:,? nhiệm kỳ \\d{4}\\s*-\\s*\\d{4})?$");

  /** "TP.HCM", "TP. HCM", "TPHCM": the city's usual abbreviation, which holds a full stop. */
  private static final Pattern HCMC = Pattern.compile("(?<![\\p{L}])TP\\.? ?HCM(?![\\p{L}])");

  /** The canonical organizer(s) of the clause ending at {@code verb}, or null. */
  private String subjectBefore(String body, String key, int floor, int verb, Province province) {
    int clause = clauseBoundary(key, floor, verb);
    // "Đảng ủy Công an Trung ương, Bộ Công an tổ chức …": bodies joined by commas are one subject
    while (clause > floor && key.charAt(clause) == ',') {
      int prev = clauseBoundary(key, floor, clause);
      String before = body.substring(Math.max(floor, prev + 1), clause).strip();
      String name = MeetingExtractor.nameAt(before, 0);
      if (name == null
          || !name.equals(before)
          || !Bodies.startsWithBodyHead(VietnameseText.matchKey(before))) {
        break;
      }
      clause = prev;
    }
    String subject = body.substring(Math.max(floor, clause + 1), verb).strip();
    subject = HCMC.matcher(subject).replaceAll("Thành phố Hồ Chí Minh");
    subject = SOURCE_TAG.matcher(subject).replaceFirst("");
    subject =
        LEADING_TIME.matcher(VietnameseText.matchKey(subject)).lookingAt()
            ? subject.substring(leadingTimeEnd(subject))
            : subject;
    return named(subject, body, province);
  }

  /**
   * The last clause separator before {@code at} and not before {@code floor} (a comma, colon,
   * semicolon, line break, or a full stop before a space: "TP.HCM" is one name), else {@code floor
   * - 1}.
   */
  private static int clauseBoundary(String key, int floor, int at) {
    for (int i = at - 1; i >= Math.max(floor, 0); i--) {
      char c = key.charAt(i);
      boolean stop =
          c == '.' && (i + 1 >= key.length() || Character.isWhitespace(key.charAt(i + 1)));
      if (c == ',' || c == '\n' || c == ';' || c == ':' || stop) {
        return i;
      }
    }
    return floor - 1;
  }

  private static int leadingTimeEnd(String subject) {
    Matcher m = LEADING_TIME.matcher(VietnameseText.matchKey(subject));
    return m.lookingAt() ? m.end() : 0;
  }

  /** The canonical names of a subject naming one body or several joined ones, or null. */
  private String named(String subject, String body, Province province) {
    String s = TRAILING_ADVERBS.matcher(subject.strip()).replaceFirst("").strip();
    s = TERM.matcher(s).replaceFirst(""); // "Ban Chấp hành Đảng bộ tỉnh khóa XVII": the body
    if (s.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String joint : JOINT.split(s)) {
      splitAnd(joint.strip(), parts);
    }
    List<String> names = new ArrayList<>();
    for (String part : parts) {
      String name = MeetingExtractor.nameAt(part, 0);
      if (name == null || !name.equals(part)) {
        return null; // not a body's name: a clause ("từ cấp tỉnh đến các huyện ủy …")
      }
      String canonical = canonical(name, body, province);
      if (!names.contains(canonical)) {
        names.add(canonical);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static void splitAnd(String s, List<String> parts) {
    Matcher m = JOINT_AND.matcher(s);
    int start = 0;
    while (m.find()) {
      String rest = VietnameseText.matchKey(s.substring(m.end()));
      if (Bodies.startsWithBodyHead(rest) && m.start() > start) {
        parts.add(s.substring(start, m.start()).strip());
        start = m.end();
      }
    }
    parts.add(s.substring(start).strip());
  }

  /** "Sở Nội vụ", "Sở Giáo dục và Đào tạo": a provincial department, named with its province. */
  private static final Pattern DEPARTMENT = Pattern.compile("^sở [^,]+$");

  /** The province a canonical organizer name carries ("… tỉnh Lâm Đồng"), if any. */
  Optional<Province> placeOf(String organizer) {
    if (organizer == null) {
      return Optional.empty();
    }
    return gazetteer.firstNamed(VietnameseText.matchKey(organizer)).map(Gazetteer.Named::province);
  }

  /** One body's canonical name, completed with its place. */
  String canonical(String name, String body, Province province) {
    String key = VietnameseText.matchKey(name);
    String bloc = Bodies.firstBloc(VietnameseText.matchKey(body));
    Optional<Bodies.Match> known = bodies.at(key, name, 0, province, bloc);
    String written;
    if (known.isPresent() && known.get().end() >= key.length()) {
      written = known.get().canonical();
    } else {
      written = withCanonicalPlace(name, key);
    }
    String writtenKey = VietnameseText.matchKey(written);
    if (province != null
        && DEPARTMENT.matcher(writtenKey).matches()
        && placeOf(written).isEmpty()) {
      return written
          + (province.name().startsWith("Thành phố ") ? " " : " tỉnh ")
          + province.name();
    }
    if (province != null && NEEDS_PROVINCE.matcher(writtenKey).find()) {
      return Bodies.withPlace(written, province);
    }
    Matcher district = NEEDS_DISTRICT.matcher(writtenKey);
    if (district.find()) {
      String place = Bodies.firstDistrict(body);
      if (place != null) {
        return written + " " + place;
      }
    }
    return written;
  }

  /** "Thành ủy TP.HCM" → "Thành ủy Thành phố Hồ Chí Minh": a written province in canonical form. */
  private String withCanonicalPlace(String name, String key) {
    return gazetteer
        .firstNamed(key)
        .map(at -> name.substring(0, at.start()) + at.province().name() + name.substring(at.end()))
        .orElse(name);
  }
}
