package io.regtrack.extraction.meeting;

import io.regtrack.extraction.model.CountQualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts a meeting report states, read from a match key: attendees ("hơn 6.500 đại biểu", "với
 * sự tham dự của 180 đồng chí", "1,1 triệu cán bộ, đảng viên") and online bridge points ("13 điểm
 * cầu cấp huyện và 189 điểm cầu cấp xã", "12.416 điểm cầu, gồm …").
 */
final class MeetingCounts {

  private MeetingCounts() {}

  /** A count: "6.500", "250", or "1,1 triệu" / "2 nghìn" (a decimal comma before a multiplier). */
  private static final String COUNT =
      "(?<n>\\d{1,3}(?:,\\d{1,3})?(?= (?:triệu|nghìn|ngàn)(?![\\p{L}]))|\\d{1,3}(?:\\.\\d{3})+"
          + "|\\d{1,6})(?: (?<mult>triệu|nghìn|ngàn))?";

  /** Who attends: delegates, or members of a body. */
  private static final String MEMBERS =
      "(?<members>cán bộ, đảng viên|cán bộ, công chức|cán bộ, chiến sĩ|cán bộ|đảng viên|đồng chí"
          + "|học viên|người|vị)";

  // "hơn 6.500 đại biểu", "gần 400 đại biểu", "1.280.404 cán bộ, đảng viên tham dự", "hơn 1,1
  // triệu cán bộ, đảng viên tham dự".
  private static final Pattern ATTENDANCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?:(?<q>hơn|trên|gần|khoảng|hàng|gần như|dưới|với|có) )?"
              + COUNT
              + "\\s+(?:(?<delegates>đại biểu)|"
              + MEMBERS
              + "(?=[^.;]{0,60}(?:tham dự|dự(?! (?:bị|kiến|khuyết|thảo|án|toán))|tham gia)"
              + "(?![\\p{L}])))");

  // "với sự tham dự của 180 đồng chí", "cho 412 cán bộ, đảng viên là bí thư chi bộ", "quán triệt
  // … tới 136 đảng viên", "cho hơn 80 vị sư sãi": who the
  // meeting was held for, with no verb of attending after the count.
  private static final Pattern ATTENDANCE_FOR =
      Pattern.compile(
          "(?<![\\p{L}])(?:cho|tới|với sự (?:tham dự|tham gia|có mặt) của|thu hút) "
              + "(?:(?<q>hơn|trên|gần|khoảng|gần như|dưới) )?"
              + COUNT
              + "\\s+"
              + MEMBERS
              + "(?![\\p{L}])");

  // "13 điểm cầu cấp huyện", "189 điểm cầu các xã", "12.416 điểm cầu"; "1 điểm cầu chính" is the
  // host, not a bridge point.
  private static final Pattern BRIDGE_POINTS =
      Pattern.compile(
          "(?<![\\p{N}.,])(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d{1,5})\\s+điểm cầu(?![\\p{L}])"
              + "(?<host> (?:chính|trung tâm|trung ương)(?![\\p{L}]))?");

  // "điểm cầu Công an 63 tỉnh, thành phố", "điểm cầu 34 tỉnh, thành": one bridge point per
  // province named by its count.
  private static final Pattern PROVINCE_BRIDGES =
      Pattern.compile(
          "(?<![\\p{L}])điểm cầu (?:(?:công an|bộ chỉ huy quân sự|tỉnh ủy, thành ủy|các|của) )?"
              + "(?<n>\\d{1,2}) tỉnh, thành(?![\\p{L}])");

  // "(từ điểm cầu tỉnh, hội nghị được) kết nối tiếp tới 112 điểm cầu": points a bridge point relays
  // the meeting to, inside the network already counted.
  private static final Pattern RELAYED =
      Pattern.compile("(?<![\\p{L}])(?:nối|truyền) tiếp (?:tới|đến|xuống) $");

  // "12.416 điểm cầu trong cả nước, gồm …", "187 điểm cầu, trong đó …": a total its parts follow.
  private static final Pattern PARTS_FOLLOW =
      Pattern.compile(
          "^(?: (?:trong|trên) (?:cả nước|toàn quốc|toàn tỉnh|toàn thành phố))?,?"
              + " \\(?(?:gồm|bao gồm|trong đó)(?![\\p{L}])");

  /** The bridge points a text states: summed over levels, a stated total once, no host. */
  static Integer bridgePoints(String key) {
    Matcher m = BRIDGE_POINTS.matcher(key);
    List<Integer> counts = new ArrayList<>();
    while (m.find()) {
      if (m.group("host") != null || RELAYED.matcher(key).region(0, m.start()).find()) {
        continue;
      }
      int n = Integer.parseInt(m.group("n").replace(".", ""));
      if (PARTS_FOLLOW.matcher(key).region(m.end(), key.length()).lookingAt()) {
        return n; // the stated total; its parts are not added to it
      }
      counts.add(n);
    }
    Matcher provinces = PROVINCE_BRIDGES.matcher(key);
    while (provinces.find()) {
      counts.add(Integer.parseInt(provinces.group("n")));
    }
    if (counts.isEmpty()) {
      return null;
    }
    int sum = counts.stream().mapToInt(Integer::intValue).sum();
    // "kết nối 202 điểm cầu, gồm 13 điểm cầu huyện và 189 điểm cầu xã": the total is stated too.
    for (int c : counts) {
      if (counts.size() > 2 && c * 2 == sum) {
        return c;
      }
    }
    return sum;
  }

  /** An attendance count (null when too large to hold) and how the text qualifies it. */
  record Attendance(Integer count, CountQualifier qualifier) {}

  /** The first attendance count in {@code key}, stated either way, or null. */
  static Attendance attendance(String key) {
    Matcher m = ATTENDANCE.matcher(key);
    Matcher f = ATTENDANCE_FOR.matcher(key);
    boolean hasM = m.find();
    boolean hasF = f.find();
    Matcher first = hasM && (!hasF || m.start() <= f.start()) ? m : hasF ? f : null;
    return first == null ? null : new Attendance(count(first), qualifier(first.group("q")));
  }

  /** The number an attendance match states: "6.500" → 6500, "1,1 triệu" → 1100000. */
  private static Integer count(Matcher m) {
    String n = m.group("n");
    String mult = m.group("mult");
    if (mult == null) {
      return Integer.valueOf(n.replace(".", ""));
    }
    double value = Double.parseDouble(n.replace(',', '.'));
    long factor = mult.equals("triệu") ? 1_000_000L : 1_000L;
    long total = Math.round(value * factor);
    return total > Integer.MAX_VALUE ? null : (int) total;
  }

  private static CountQualifier qualifier(String q) {
    if (q == null || q.equals("với") || q.equals("có")) {
      return CountQualifier.EXACT;
    }
    return switch (q) {
      case "hơn", "trên" -> CountQualifier.MORE_THAN;
      case "dưới" -> CountQualifier.LESS_THAN;
      default -> CountQualifier.ABOUT;
    };
  }
}
