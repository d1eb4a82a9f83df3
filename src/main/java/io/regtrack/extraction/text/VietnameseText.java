package io.regtrack.extraction.text;

import java.text.Normalizer;

/**
 * Static helpers for comparing Vietnamese text.
 *
 * <p>Three levels of normalization are offered:
 *
 * <ul>
 *   <li>{@link #nfc(String)} – Unicode NFC only; the text a person reads. No-break spaces are kept.
 *   <li>{@link #matchKey(String)} – NFC, new-style tone placement, lowercase, every whitespace
 *       character turned into {@code ' '}. It has exactly the same UTF-16 length as {@code nfc(s)},
 *       so an offset found in the key is valid in the NFC text.
 *   <li>{@link #fold(String)} – diacritic-free lowercase key for search and slugs; not
 *       length-preserving.
 * </ul>
 *
 * <p>All methods accept {@code null} and treat it as the empty string.
 */
public final class VietnameseText {

  /** Vowels that carry the tone in the old style ("oà"), lower case, by tone. */
  private static final String OLD_A = "àáảãạ";

  private static final String OLD_E = "èéẻẽẹ";
  private static final String OLD_Y = "ỳýỷỹỵ";

  /** The same tones placed on the first vowel ("òa"): grave, acute, hook, tilde, dot. */
  private static final String NEW_O = "òóỏõọ";

  private static final String NEW_U = "ùúủũụ";

  private VietnameseText() {}

  /**
   * Returns {@code s} in Unicode NFC. Spacing characters such as U+00A0 are kept unchanged.
   *
   * @param s any text, may be {@code null}
   * @return the NFC form, {@code ""} for {@code null}
   */
  public static String nfc(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Moves the tone mark of the syllable-final pairs "oa", "oe" and "uy" from the second to the
   * first vowel ("hoà" → "hòa", "uỷ ban" → "ủy ban", "khoẻ" → "khỏe"), in upper and lower case.
   *
   * <p>The tone moves only when the pair ends the syllable: "hoàn", "toán", "khuyến", "quyết" and
   * "ngoài" are unchanged. A "u" after "q" belongs to the consonant "qu", so "quý" and "quỹ" are
   * unchanged too. Each replacement swaps two precomposed characters for two precomposed
   * characters, so the result has the same length as the input and offsets stay valid. The input
   * should already be NFC; decomposed sequences are left as they are.
   *
   * @param s text, ideally NFC; may be {@code null}
   * @return text with new-style tone placement, {@code ""} for {@code null}
   */
  public static String normalizeTones(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char[] out = null;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      char first = s.charAt(i);
      char lowerFirst = Character.toLowerCase(first);
      if (lowerFirst != 'o' && lowerFirst != 'u') {
        continue;
      }
      char second = s.charAt(i + 1);
      char lowerSecond = Character.toLowerCase(second);
      int tone;
      char plain;
      String target;
      if (lowerFirst == 'o' && (tone = OLD_A.indexOf(lowerSecond)) >= 0) {
        plain = 'a';
        target = NEW_O;
      } else if (lowerFirst == 'o' && (tone = OLD_E.indexOf(lowerSecond)) >= 0) {
        plain = 'e';
        target = NEW_O;
      } else if (lowerFirst == 'u' && (tone = OLD_Y.indexOf(lowerSecond)) >= 0) {
        if (i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'q') {
          continue;
        }
        plain = 'y';
        target = NEW_U;
      } else {
        continue;
      }
      if (i + 2 < n && continuesSyllable(s.charAt(i + 2))) {
        continue;
      }
      if (out == null) {
        out = s.toCharArray();
      }
      char newFirst = target.charAt(tone);
      out[i] = Character.isUpperCase(first) ? Character.toUpperCase(newFirst) : newFirst;
      out[i + 1] = Character.isUpperCase(second) ? Character.toUpperCase(plain) : plain;
      i++;
    }
    return out == null ? s : new String(out);
  }

  /**
   * Returns the key used for matching: {@code normalizeTones(nfc(s))}, lowercased code point by
   * code point (locale-independent, like {@code Locale.ROOT} but never expanding a character, so
   * "İ" stays one character), with every whitespace or space separator (tab, newline, U+00A0,
   * U+2007, U+202F, …) replaced by {@code ' '}.
   *
   * <p>Length-preserving: {@code matchKey(s).length() == nfc(s).length()} for every input, and each
   * UTF-16 offset in the key denotes the same character position in {@code nfc(s)}.
   *
   * @param s any text, may be {@code null}
   * @return the matching key, {@code ""} for {@code null}
   */
  public static String matchKey(String s) {
    String text = normalizeTones(nfc(s));
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int count = Character.charCount(cp);
      if (isSpace(cp)) {
        sb.append(' ');
      } else {
        int lower = Character.toLowerCase(cp);
        sb.appendCodePoint(Character.charCount(lower) == count ? lower : cp);
      }
      i += count;
    }
    return sb.toString();
  }

  /**
   * Returns a diacritic-free, lowercase key for search and slugs: NFD, combining marks removed,
   * "đ"/"Đ" → "d", whitespace runs collapsed to one space and trimmed ("Ủy ban Kiểm tra" → "uy ban
   * kiem tra"). Not length-preserving.
   *
   * @param s any text, may be {@code null}
   * @return the folded key, {@code ""} for {@code null}
   */
  public static String fold(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      if (cp == 'đ' || cp == 'Đ') {
        sb.append('d');
      } else {
        sb.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return sb.toString();
  }

  /** True for whitespace and Unicode space separators, including U+00A0 and U+202F. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** True when {@code c} would extend the current syllable (a letter, digit or combining mark). */
  private static boolean continuesSyllable(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
