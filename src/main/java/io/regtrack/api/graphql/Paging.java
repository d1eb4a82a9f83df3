package io.regtrack.api.graphql;

import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Relay paging arguments every connection field takes, validated. */
final class Paging {
  /** Page size when neither {@code first} nor {@code last} is given. */
  static final int DEFAULT_SIZE = 20;

  /** Largest {@code first} / {@code last} accepted (GitHub's bound as well). */
  static final int MAX_SIZE = 100;

  /** Descriptions of the four arguments in the SDL (GitHub's wording, with our bounds). */
  static final String FIRST = "Returns the first n elements from the list (1–100; default 20)";

  static final String AFTER = "Returns the elements in the list that come after this cursor";
  static final String LAST = "Returns the last n elements from the list (1–100)";
  static final String BEFORE = "Returns the elements in the list that come before this cursor";

  private Paging() {}

  /**
   * The page request of a connection field's arguments.
   *
   * @throws io.regtrack.shared.error.InvalidInputException naming the argument when {@code first}
   *     or {@code last} is out of 1…100 or both are given
   */
  static PageRequest request(Integer first, String after, Integer last, String before) {
    return PageRequest.relay(
        first, blankToNull(after), last, blankToNull(before), DEFAULT_SIZE, MAX_SIZE);
  }

  /** Every id of these slices, each once. */
  static List<Long> allIds(Collection<Slice<Long>> slices) {
    return slices.stream().flatMap(sl -> sl.items().stream()).distinct().toList();
  }

  /** The loaded items of these ids (ids not loaded are absent). */
  static <T> Map<Long, T> pick(Map<Long, T> loaded, List<Long> ids) {
    Map<Long, T> out = new HashMap<>();
    ids.forEach(
        id -> {
          T item = loaded.get(id);
          if (item != null) {
            out.put(id, item);
          }
        });
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
