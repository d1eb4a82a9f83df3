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

  /** The most likely province of an article with this headline and body. */
  public Optional<Province> articleProvince(String title, String body) {
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
    return scores.entrySet().stream()
        .max(Map.Entry.<Province, Integer>comparingByValue())
        .map(Map.Entry::getKey);
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
      } else if (towns.region(i, n).lookingAt()) {
        gazetteer.byTownKey(towns.group()).ifPresent(p -> scores.merge(p, BARE, Integer::sum));
        i = towns.end() - 1;
      }
    }
  }
}
