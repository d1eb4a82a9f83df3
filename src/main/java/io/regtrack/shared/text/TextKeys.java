package io.regtrack.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys for comparing Vietnamese names and titles across documents.
 *
 * <ul>
 *   <li>{@link #nameKey(String)}: NFC, new-style tone placement, lower case, single spaces – "Ban
 *       Thường vụ Tỉnh uỷ Hà Nam" and "ban thường vụ tỉnh ủy Hà Nam" have the same key. The
 *       identity of organizations and the unit of majority votes on names and titles.
 *   <li>{@link #fold(String)}: the name key without diacritics ("đ" → "d") – for case- and
 *       diacritic-insensitive filters and substring search ("Ủy ban Kiểm tra" → "uy ban kiem tra").
 * </ul>
 *
 * <p>The extraction core has its own copy of the tone rule ({@code VietnameseText}); features may
 * not depend on the extraction core, so this class repeats the small part they need.
 */
public final class TextKeys {
  /** Runs of whitespace, including NO-BREAK SPACE: "Tỉnh ủy\u00A0Hà Nam". */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** Combining marks after NFD: the five tones, circumflex, breve and horn ("ệ" = e + ̂ + ̣). */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Old-style tone on the second vowel of a syllable-final pair, lower case: "oà", "oé", "uỷ". */
  private static final String OLD_A = "àáảãạ";

  private static final String OLD_E = "èéẻẽẹ";
  private static final String OLD_Y = "ỳýỷỹỵ";

  /** The same tones on the first vowel: grave, acute, hook, tilde, dot ("òa", "óe", "ủy"). */
  private static final String NEW_O = "òóỏõọ";

  private static final String NEW_U = "ùúủũụ";

  private TextKeys() {}

  /**
   * The matching key of a name or title: NFC, tones placed new-style ("uỷ" → "ủy", "hoà" → "hòa";
   * not in "hoàn", "quý"), lower case, whitespace runs as one space, trimmed. {@code ""} for {@code
   * null}.
   */
  public static String nameKey(String s) {
    if (s == null) {
      return "";
    }
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(normalizeTones(nfc)).replaceAll(" ").strip();
  }

  /**
   * The diacritic-free key: {@link #nameKey(String)} decomposed, marks removed, "đ" → "d". {@code
   * ""} for {@code null}.
   */
  public static String fold(String s) {
    String key = nameKey(s).replace('đ', 'd');
    return MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Moves a lower-case syllable-final "oà"/"oè"/"uỳ"-style tone to the first vowel. */
  private static String normalizeTones(String s) {
    char[] out = null;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      char first = s.charAt(i);
      if (first != 'o' && first != 'u') {
        continue;
      }
      char second = s.charAt(i + 1);
      int tone;
      char plain;
      String target;
      if (first == 'o' && (tone = OLD_A.indexOf(second)) >= 0) {
        plain = 'a';
        target = NEW_O;
      } else if (first == 'o' && (tone = OLD_E.indexOf(second)) >= 0) {
        plain = 'e';
        target = NEW_O;
      } else if (first == 'u' && (tone = OLD_Y.indexOf(second)) >= 0) {
        if (i > 0 && s.charAt(i - 1) == 'q') {
          continue; // "quý": the u belongs to "qu"
        }
        plain = 'y';
        target = NEW_U;
      } else {
        continue;
      }
      if (i + 2 < n && Character.isLetterOrDigit(s.charAt(i + 2))) {
        continue; // "hoàn", "khuyến": the pair does not end the syllable
      }
      if (out == null) {
        out = s.toCharArray();
      }
      out[i] = target.charAt(tone);
      out[i + 1] = plain;
      i++;
    }
    return out == null ? s : new String(out);
  }
}
