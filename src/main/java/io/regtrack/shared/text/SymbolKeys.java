package io.regtrack.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalized forms of document symbols ("số ký hiệu") for lookup and identity.
 *
 * <ul>
 *   <li>{@link #key(String)}: the form the registry stores and compares – NFC, upper case, "TƯ" and
 *       "T.Ư" as "TW", en/em dashes as "-", no spaces: {@code "58 - QĐ/TƯ"} → {@code "58-QĐ/TW"}.
 *   <li>{@link #loose(String)}: the key without diacritics and without separators, to tolerate
 *       typos in lookups: {@code "58-QD/TW"}, {@code "58/QĐ-TW"} and {@code "58 QĐ TW"} all become
 *       {@code "58QDTW"}.
 * </ul>
 */
public final class SymbolKeys {
  /** "T.Ư" and "TƯ" (Trung ương), written for "TW": "58-QĐ/TƯ", "58-QĐ/T.Ư". */
  private static final Pattern CENTRAL = Pattern.compile("T\\.?Ư");

  /** Dash-like characters used in place of "-": en dash "–", em dash "—", "‐", "‑", "−". */
  private static final Pattern DASHES =
      Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]");

  /**
   * Any whitespace, including NO-BREAK SPACE, FIGURE SPACE and NARROW NO-BREAK SPACE: "58 - QĐ".
   */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** Combining marks left by NFD: the accents of "Đ" are not marks, those of "Ư" are. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Everything but ASCII letters and digits: "-", "/", ".", spaces. */
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

  private SymbolKeys() {}

  /**
   * The lookup key of a symbol, or {@code null} for {@code null} or blank input.
   *
   * @param symbol a symbol as written ("58-QĐ/TW", "15/2020/NĐ–CP", "01 - HD/BTCTƯ")
   * @return NFC, upper case, "TƯ"/"T.Ư" → "TW", dashes → "-", spaces removed
   */
  public static String key(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return null;
    }
    String s = Normalizer.normalize(symbol, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    s = SPACES.matcher(s).replaceAll("");
    s = CENTRAL.matcher(s).replaceAll("TW");
    s = DASHES.matcher(s).replaceAll("-");
    return s.isEmpty() ? null : s;
  }

  /**
   * The typo-tolerant key of a symbol: {@link #key(String)} without diacritics ("Đ" → "D") and
   * without any character other than A–Z and 0–9, or {@code null} when nothing is left.
   *
   * @param symbol a symbol as written ("58-QD/TW", "58/QĐ-TW", "58 QĐ TW")
   * @return e.g. {@code "58QDTW"}
   */
  public static String loose(String symbol) {
    String key = key(symbol);
    if (key == null) {
      return null;
    }
    String s = Normalizer.normalize(key.replace('Đ', 'D'), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = NOT_ALPHANUMERIC.matcher(s).replaceAll("");
    return s.isEmpty() ? null : s;
  }
}
