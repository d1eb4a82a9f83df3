package io.regtrack.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Majority vote over the values citations state for one field of a regulation. Each document has
 * one vote per value it states (a document repeating a value counts once; a document stating two
 * values votes for both); the value with most documents wins, a tie goes to the value stated first.
 * Values are compared by a key (so "khoá XI" and "khóa XI" are one value) and shown as first
 * written.
 */
final class MajorityVote {
  private MajorityVote() {}

  /**
   * One citation stating a value.
   *
   * @param order the citation's order of storage (its id): earlier citations win ties
   * @param documentId the document the citation is in
   * @param key the comparison key of the value
   * @param value the value
   */
  record Ballot<T>(long order, long documentId, String key, T value) {}

  /**
   * The documents stating one value.
   *
   * @param value the value as first stated
   * @param documents ids of the documents stating it, ascending
   * @param firstOrder order of the first citation stating it
   */
  record Tally<T>(T value, List<Long> documents, long firstOrder) {}

  /**
   * The result of a vote.
   *
   * @param tallies every value stated, the winner first, then by documents (descending) and first
   *     statement
   */
  record Outcome<T>(List<Tally<T>> tallies) {
    T winner() {
      return tallies.getFirst().value();
    }

    boolean disputed() {
      return tallies.size() > 1;
    }
  }

  /** The vote over {@code ballots}, or {@code null} when there is none. */
  static <T> Outcome<T> decide(List<Ballot<T>> ballots) {
    if (ballots.isEmpty()) {
      return null;
    }
    List<Ballot<T>> ordered = new ArrayList<>(ballots);
    ordered.sort(Comparator.comparingLong(Ballot::order));
    Map<String, Ballot<T>> first = new LinkedHashMap<>();
    Map<String, TreeSet<Long>> documents = new LinkedHashMap<>();
    for (Ballot<T> b : ordered) {
      first.putIfAbsent(b.key(), b);
      documents.computeIfAbsent(b.key(), k -> new TreeSet<>()).add(b.documentId());
    }
    List<Tally<T>> tallies = new ArrayList<>();
    first.forEach(
        (key, b) ->
            tallies.add(new Tally<>(b.value(), List.copyOf(documents.get(key)), b.order())));
    tallies.sort(
        Comparator.<Tally<T>>comparingInt(t -> -t.documents().size())
            .thenComparingLong(Tally::firstOrder));
    return new Outcome<>(List.copyOf(tallies));
  }
}
