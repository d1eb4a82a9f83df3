package io.regtrack.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparison keys of positions (chức vụ) as written in articles, so that two forms of one post
 * compare equal: abbreviations expanded ("TUV" = "Tỉnh ủy viên", "UBND" = "Ủy ban nhân dân", "TW" =
 * "Trung ương"), NFC, new-style tone placement, lower case, punctuation dropped, and "Ủy viên Ban
 * Chấp hành Trung ương" = "Ủy viên Trung ương". The same normalization as the official scorer's
 * {@code position_key}, plus "Trung ương Đảng" = "Trung ương" (so "Ủy viên Trung ương Đảng" = "Ủy
 * viên Ban Chấp hành Trung ương").
 */
public final class PositionKeys {
  /** A letter or digit on either side ends a match: the abbreviations are whole words. */
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";

  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  /** Abbreviations, longest forms first, case-sensitive as written in articles. */
  private static final List<Map.Entry<Pattern, String>> ABBREVIATIONS =
      List.of(
          abbrev("T\\.Ư|TƯ|TW", "trung ương"),
          abbrev("UBTƯ|UBTW", "ủy ban trung ương"),
          abbrev("BCH", "ban chấp hành"),
          abbrev("TVTU", "thường vụ tỉnh ủy"),
          abbrev("UVTV|UV BTV|UVBTV", "ủy viên ban thường vụ"),
          abbrev("BTV", "ban thường vụ"),
          abbrev("TUV", "tỉnh ủy viên"),
          abbrev("HUV", "huyện ủy viên"),
          abbrev("ĐBQH", "đại biểu quốc hội"),
          abbrev("UBKT", "ủy ban kiểm tra"),
          abbrev("MTTQ", "mặt trận tổ quốc"),
          abbrev("HĐND", "hội đồng nhân dân"),
          abbrev("UBND", "ủy ban nhân dân"),
          abbrev("ĐUK", "đảng ủy khối"));

  private static final Pattern PUNCTUATION = Pattern.compile("[“”\"'‘’«»().,;:]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "Ban Chấp hành Trung ương" inside a membership: "ủy viên ban chấp hành trung ương". */
  private static final String CENTRAL_COMMITTEE_MEMBER = "ủy viên ban chấp hành trung ương";

  /** "Trung ương Đảng" as whole words: "ủy viên trung ương đảng" = "ủy viên trung ương". */
  private static final Pattern CENTRAL_OF_THE_PARTY = Pattern.compile("trung ương đảng" + AFTER);

  private PositionKeys() {}

  private static Map.Entry<Pattern, String> abbrev(String alternatives, String expansion) {
    return Map.entry(Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER), expansion);
  }

  /**
   * The comparison key of a position; {@code ""} for {@code null} or blank input.
   *
   * @param position as written ("Ủy viên BCH TW Đảng", "TUV, Phó trưởng Ban …")
   * @return e.g. {@code "ủy viên trung ương"}
   */
  public static String key(String position) {
    if (position == null || position.isBlank()) {
      return "";
    }
    String s = Normalizer.normalize(position, Normalizer.Form.NFC);
    for (Map.Entry<Pattern, String> e : ABBREVIATIONS) {
      s = e.getKey().matcher(s).replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    s = TextKeys.nameKey(PUNCTUATION.matcher(s).replaceAll(" "));
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = s.replace(CENTRAL_COMMITTEE_MEMBER, "ủy viên trung ương");
    return CENTRAL_OF_THE_PARTY.matcher(s).replaceAll("trung ương");
  }

  /**
   * Deduplicates positions keeping the fullest form: positions with equal keys keep the longest
   * text (then the one written with new-style tones, "Tỉnh ủy" over "Tỉnh uỷ", then the
   * alphabetically first), and a position whose key is a leading word sequence of another's
   * ("trưởng đoàn kiểm tra" / "trưởng đoàn kiểm tra số 7") yields to it. The result does not depend
   * on the order of the input's duplicates: each kept position stands where the first member of its
   * group stood.
   */
  public static List<String> dedupe(Collection<String> positions) {
    List<String> items = new ArrayList<>();
    for (String p : positions) {
      if (p == null || p.isBlank()) {
        continue;
      }
      items.add(p.strip());
    }
    // Fullest first: longer keys, then longer texts, then alphabetical.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> fullest =
        Comparator.comparingInt((Integer i) -> -key(items.get(i)).length())
            .thenComparingInt(i -> -items.get(i).length())
            .thenComparing(i -> !newStyleTones(items.get(i)))
            .thenComparing(items::get);
    order.sort(fullest);
    List<String> keptKeys = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<Integer> position = new ArrayList<>();
    for (int i : order) {
      String k = key(items.get(i));
      if (k.isEmpty()) {
        continue;
      }
      int owner = -1;
      for (int j = 0; j < keptKeys.size(); j++) {
        String other = keptKeys.get(j);
        if (other.equals(k) || other.startsWith(k + " ")) {
          owner = j;
          break;
        }
      }
      if (owner < 0) {
        keptKeys.add(k);
        kept.add(items.get(i));
        position.add(i);
      } else if (i < position.get(owner)) {
        position.set(owner, i);
      }
    }
    List<Integer> byPosition = new ArrayList<>();
    for (int j = 0; j < kept.size(); j++) {
      byPosition.add(j);
    }
    byPosition.sort(Comparator.comparingInt(position::get));
    List<String> out = new ArrayList<>(kept.size());
    byPosition.forEach(j -> out.add(kept.get(j)));
    return List.copyOf(out);
  }

  /** Whether the text places its tones new-style already ("Tỉnh ủy", not "Tỉnh uỷ"). */
  private static boolean newStyleTones(String s) {
    String lower =
        SPACES
            .matcher(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
            .replaceAll(" ")
            .strip();
    return TextKeys.nameKey(s).equals(lower);
  }
}
