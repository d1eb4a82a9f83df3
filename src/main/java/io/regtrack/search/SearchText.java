package io.regtrack.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The search's view of text, the Java twin of the SQL functions {@code vn_fold} and {@code
 * vn_search_text} (migration V5): every character folds to one character – lower case, without
 * diacritics, "đ" → "d" – so offsets in the folded text are offsets in the original, and the words
 * of a text are its runs of {@code [a-z0-9]} in the folded form, numbers without leading zeros.
 * "Tỉnh uỷ" and "tỉnh ủy" both give the words "tinh", "uy": tone placement does not matter.
 */
public final class SearchText {
  private SearchText() {}

  /** One word of a text: its folded form and where it stands in the original (UTF-16 offsets). */
  public record Word(String text, int start, int end) {}

  /** The folded form of one character: lower case, diacritics removed, "đ"/"Đ" → "d". */
  static char fold(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = nfd.charAt(0);
    if (Character.getType(base) == Character.NON_SPACING_MARK) {
      return base; // a combining mark on its own: not a letter, cuts words like punctuation
    }
    return Character.toLowerCase(base);
  }

  /** The text folded character by character: the same length, the same offsets. */
  public static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  private static boolean isWordChar(char folded) {
    return (folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9');
  }

  /**
   * The words of a text in order: maximal runs of {@code [a-z0-9]} of its folded form, numbers
   * without leading zeros ("08" → "8", "00" → "0"). The text should be NFC (stored text is).
   */
  public static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    String folded = fold(s);
    int n = folded.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(folded.charAt(i))) {
        i++;
      }
      out.add(new Word(stripZeros(folded.substring(start, i)), start, i));
    }
    return out;
  }

  /** The words of a text as {@code vn_search_text} writes them: separated by single spaces. */
  public static String searchText(String s) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words(Normalizer.normalize(s, Normalizer.Form.NFC))) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }

  /** A word without leading zeros, as long as a digit remains: "058" → "58", "00" → "0". */
  private static String stripZeros(String word) {
    int i = 0;
    while (i < word.length() - 1
        && word.charAt(i) == '0'
        && Character.isDigit(word.charAt(i + 1))) {
      i++;
    }
    return i == 0 ? word : word.substring(i);
  }
}
