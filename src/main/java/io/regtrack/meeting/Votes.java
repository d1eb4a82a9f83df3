package io.regtrack.meeting;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A majority vote whose outcome depends on the values only, never on their order: the value most
 * reports state wins; a tie goes to the value a content-based comparator puts first.
 */
final class Votes {
  private Votes() {}

  /**
   * The winning value among the non-null {@code values}, or {@code null} when there is none.
   *
   * @param key values with equal keys are one value ("Hội trường" = "hội trường")
   * @param tieBreak orders tied values (and the written forms of one key); the first wins
   */
  static <T> T winner(Collection<T> values, Function<T, String> key, Comparator<T> tieBreak) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, T> form = new LinkedHashMap<>();
    for (T v : values) {
      if (v == null) {
        continue;
      }
      String k = key.apply(v);
      counts.merge(k, 1, Integer::sum);
      form.merge(k, v, (a, b) -> tieBreak.compare(a, b) <= 0 ? a : b);
    }
    return counts.entrySet().stream()
        .map(e -> Map.entry(form.get(e.getKey()), e.getValue()))
        .min(
            Comparator.comparing((Map.Entry<T, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey, tieBreak))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** {@link #winner} for values compared by equality. */
  static <T> T winner(List<T> values, Comparator<T> tieBreak) {
    return winner(values, String::valueOf, tieBreak);
  }
}
