package io.regtrack.search;

import io.regtrack.search.Highlight.Range;
import io.regtrack.search.SearchText.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks the query's words in a hit's fields: the words are compared folded ({@link SearchText}), so
 * "bao ve" marks "bảo vệ"; in the fuzzy mode a word also marks words one or two edits away ("mn"
 * marks nothing, "lâm văn mẫn" is marked by "lam van mn" through "lam" and "van", "mẫn" by "man").
 */
final class Highlighter {
  /** Length of a body snippet, in characters. */
  static final int SNIPPET = 240;

  /** How far before the first match a snippet starts. */
  private static final int LEAD = 60;

  /** Matched words at most this far apart (only separators between them) form one range. */
  private static final int JOIN_GAP = 3;

  private final Set<String> words;
  private final List<String> phrase;
  private final boolean fuzzy;

  /**
   * @param words the query's words in order, repeats included: where they occur together as a
   *     phrase, only the phrase is marked
   */
  Highlighter(List<String> words, boolean fuzzy) {
    this.words = new HashSet<>(words);
    this.phrase = List.copyOf(words);
    this.fuzzy = fuzzy;
  }

  /** The highlight of a short field (a title, a name): the whole text, if anything matched. */
  Optional<Highlight> whole(String field, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    List<Range> ranges = ranges(value);
    return ranges.isEmpty()
        ? Optional.empty()
        : Optional.of(new Highlight(field, value, 0, ranges));
  }

  /**
   * The highlight of a long field (a body): a snippet of about {@value #SNIPPET} characters around
   * the densest run of matches, if anything matched.
   */
  Optional<Highlight> snippet(String field, String value) {
    if (value == null || value.length() <= SNIPPET) {
      return whole(field, value);
    }
    List<Range> ranges = ranges(value);
    if (ranges.isEmpty()) {
      return Optional.empty();
    }
    // The window that holds the most matches, starting a little before one of them. Ranges are in
    // text order and do not overlap, and the window's start only moves forward from one anchor to
    // the next: two pointers, linear in the number of matches (a long body of common words may
    // have thousands).
    int bestStart = 0;
    int bestCount = -1;
    int first = 0; // the first range starting at or after the window's start
    int past = 0; // the first range ending beyond the window
    for (Range anchor : ranges) {
      int start = Math.max(0, anchor.start() - LEAD);
      while (ranges.get(first).start() < start) {
        first++;
      }
      past = Math.max(past, first);
      while (past < ranges.size() && ranges.get(past).end() <= start + SNIPPET) {
        past++;
      }
      int count = past - first;
      if (count > bestCount) {
        bestCount = count;
        bestStart = start;
      }
    }
    int start = wordStart(value, bestStart);
    int end = wordEnd(value, Math.min(value.length(), start + SNIPPET));
    List<Range> inside = new ArrayList<>();
    for (Range r : ranges) {
      if (r.start() >= start && r.end() <= end) {
        inside.add(r);
      }
    }
    return Optional.of(new Highlight(field, value.substring(start, end), start, inside));
  }

  /**
   * What to mark in a text: the occurrences of the query as a phrase when it has several words and
   * occurs so (as the title-phrase tier matched it: "bao ve chinh tri" marks "bảo vệ chính trị",
   * not also every "về" of the title); else its matched words, adjacent ones joined.
   */
  List<Range> ranges(String value) {
    List<Range> phrases = phraseRanges(value);
    return phrases.isEmpty() ? wordRanges(value) : phrases;
  }

  /** The occurrences of the whole query as consecutive words. */
  private List<Range> phraseRanges(String value) {
    List<Range> out = new ArrayList<>();
    if (phrase.size() < 2) {
      return out;
    }
    List<Word> text = SearchText.words(value);
    for (int i = 0; i + phrase.size() <= text.size(); i++) {
      int n = 0;
      while (n < phrase.size() && text.get(i + n).text().equals(phrase.get(n))) {
        n++;
      }
      if (n == phrase.size()) {
        out.add(new Range(text.get(i).start(), text.get(i + n - 1).end()));
        i += n - 1;
      }
    }
    return out;
  }

  /** The matched words of a text, adjacent ones joined. */
  private List<Range> wordRanges(String value) {
    List<Range> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Word w : SearchText.words(value)) {
      if (!matches(w.text())) {
        continue;
      }
      if (start >= 0 && w.start() - end <= JOIN_GAP && onlySeparators(value, end, w.start())) {
        end = w.end();
        continue;
      }
      if (start >= 0) {
        out.add(new Range(start, end));
      }
      start = w.start();
      end = w.end();
    }
    if (start >= 0) {
      out.add(new Range(start, end));
    }
    return out;
  }

  private boolean matches(String word) {
    if (words.contains(word)) {
      return true;
    }
    if (!fuzzy || word.length() < 3 || !SearchSql.hasLetter(word)) {
      return false; // numbers are never "similar"
    }
    for (String q : words) {
      if (q.length() >= 3 && editDistanceAtMost(q, word, q.length() >= 6 ? 2 : 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySeparators(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Moves {@code i} forward to the start of a word unless it already is at one. */
  private static int wordStart(String s, int i) {
    if (i == 0) {
      return 0;
    }
    int j = i;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j - 1)) && j - i < 20) {
      j++;
    }
    return j - i >= 20 ? i : j;
  }

  /** Moves {@code i} back to the end of a word unless it already is at one. */
  private static int wordEnd(String s, int i) {
    if (i >= s.length()) {
      return s.length();
    }
    int j = i;
    while (j > 0 && Character.isLetterOrDigit(s.charAt(j)) && i - j < 20) {
      j--;
    }
    return i - j >= 20 ? i : j;
  }

  /**
   * Whether the optimal string alignment distance of {@code a} and {@code b} (Levenshtein with
   * transpositions: "hugn" is one edit from "hung") is at most {@code max}.
   */
  static boolean editDistanceAtMost(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()] <= max;
  }
}
