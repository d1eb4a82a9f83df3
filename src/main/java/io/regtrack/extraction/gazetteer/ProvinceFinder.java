package io.regtrack.extraction.gazetteer;

import io.regtrack.extraction.text.VietnameseText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the province an article is about, by weighing the province names it contains: a name
 * qualified as a Party committee or administrative unit ("Tỉnh ủy Hà Nam", "tỉnh Bình Thuận")
 * weighs more than a bare one, and a headline prefix ("Sóc Trăng: …") most.
 */
public final class ProvinceFinder {
  /** Weight of a headline prefix "Sóc Trăng: …". */
  private static final int HEADLINE_PREFIX = 6;

  /** Weight of a qualified name "Tỉnh ủy Hà Nam", "tỉnh Bình Thuận", "TP Cần Thơ". */
  private static final int QUALIFIED = 3;

  /** Weight of any other mention of a name or of one of its towns. */
  private static final int BARE = 1;

  // "tỉnh ủy ", "thành ủy ", "tỉnh ", "thành phố ", "đảng bộ tỉnh ": words that, right before a
  // province name, make it the name of a unit rather than of a street, a ship or a person.
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?:tỉnh ủy|thành ủy|tỉnh|thành phố|tp\\.?|ubnd tỉnh|hđnd tỉnh|đảng bộ tỉnh"
              + "|đảng bộ thành phố)\\s$");

  private final Gazetteer gazetteer;

  public ProvinceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Weight of the outlet's own name ("Báo Bình Định", "Báo Lâm Đồng"). */
  private static final int OUTLET = 4;

  /** The day the 2025 mergers took effect (63 → 34 provinces). */
  private static final java.time.LocalDate MERGER = java.time.LocalDate.of(2025, 7, 1);

  /**
   * The most likely province of an article from an outlet, published on a day: the outlet's own
   * place weighs in; after the 2025 mergers a former province counts for the province it became
   * ("Công an tỉnh Đắk Nông trước đây" in a report from Lâm Đồng in September 2025).
   */
  public Optional<Province> articleProvince(
      String title, String body, String source, java.time.LocalDate publishedOn) {
    Map<Province, Integer> scores = scores(title, body);
    if (source != null) {
      gazetteer
          .firstNamed(VietnameseText.matchKey(source))
          .ifPresent(at -> scores.merge(at.province(), OUTLET, Integer::sum));
    }
    if (publishedOn != null && !publishedOn.isBefore(MERGER)) {
      Map<Province, Integer> today = new LinkedHashMap<>();
      scores.forEach((p, w) -> today.merge(gazetteer.today(p), w, Integer::sum));
      return best(today);
    }
    return best(scores);
  }

  /** The most likely province of an article with this headline and body. */
  public Optional<Province> articleProvince(String title, String body) {
    return best(scores(title, body));
  }

  private static Optional<Province> best(Map<Province, Integer> scores) {
    return scores.entrySet().stream()
        .max(Map.Entry.<Province, Integer>comparingByValue())
        .map(Map.Entry::getKey);
  }

  private Map<Province, Integer> scores(String title, String body) {
    // Insertion order breaks ties: the province named first (headline, then body) wins.
    Map<Province, Integer> scores = new LinkedHashMap<>();
    String titleKey = VietnameseText.matchKey(title == null ? "" : title);
    Matcher prefix = gazetteer.nameMatcher(titleKey);
    if (prefix.lookingAt() && titleKey.startsWith(":", prefix.end())) {
      gazetteer
          .byNameKey(prefix.group())
          .ifPresent(p -> scores.merge(p, HEADLINE_PREFIX, Integer::sum));
    }
    count(title == null ? "" : title, titleKey, scores);
    count(body == null ? "" : body, VietnameseText.matchKey(body == null ? "" : body), scores);
    return scores;
  }

  /** Whether the word before {@code i} is capitalised (and is not "TP"). */
  private static boolean afterCapitalisedWord(String text, int i) {
    int end = i - 1;
    if (end < 1 || text.charAt(end) != ' ') {
      return false;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, end);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("TP");
  }

  private void count(String text, String key, Map<Province, Integer> scores) {
    Matcher names = gazetteer.nameMatcher(key);
    Matcher towns = gazetteer.townMatcher(key);
    int n = key.length();
    // Names are capitalised: try the two alternations only at capitalised word starts.
    for (int i = 0; i < n; i++) {
      if (!Character.isUpperCase(text.charAt(i))
          || (i > 0 && Character.isLetterOrDigit(key.charAt(i - 1)))) {
        continue;
      }
      if (names.region(i, n).lookingAt()) {
        int from = Math.max(0, i - 20);
        boolean qualified = QUALIFIER.matcher(key.substring(from, i)).find();
        int weight = qualified ? QUALIFIED : BARE;
        gazetteer.byNameKey(names.group()).ifPresent(p -> scores.merge(p, weight, Integer::sum));
        i = names.end() - 1;
      } else if (towns.region(i, n).lookingAt() && !afterCapitalisedWord(text, i)) {
        // "Đại tá Lê Quang Vinh": a town's name that ends a person's name is not the town
        gazetteer.byTownKey(towns.group()).ifPresent(p -> scores.merge(p, BARE, Integer::sum));
        i = towns.end() - 1;
      }
    }
  }
}
