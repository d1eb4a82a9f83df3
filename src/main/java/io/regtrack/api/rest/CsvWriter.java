package io.regtrack.api.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a double quote, CR or LF, and a double quote inside a quoted field doubled. A
 * {@code null} is an empty field; other values are written as their JSON scalars would read ({@code
 * true}, {@code 12}, {@code 2022-02-08}, enum names).
 *
 * <p>Formula injection (OWASP "CSV Injection"): a text field that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by a spreadsheet (an
 * article title "=HYPERLINK(…)"), so it is written with a leading apostrophe, which spreadsheets
 * show as text: {@code '=HYPERLINK(…)}, {@code '--03-15}. Numbers, booleans, dates and enum names
 * are never changed.
 */
final class CsvWriter {
  /** The UTF-8 byte order mark, written first so that spreadsheets read the file as UTF-8. */
  static final char BOM = '\uFEFF';

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes the byte order mark. */
  void bom() throws IOException {
    out.write(BOM);
  }

  /** Writes one record. */
  void row(List<?> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  void flush() throws IOException {
    out.flush();
  }

  /** One field as written: neutralized when it could be a formula, quoted when it must be. */
  static String field(Object value) {
    String s = text(value);
    if (value instanceof CharSequence && startsAFormula(s)) {
      s = "'" + s;
    }
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** Whether a spreadsheet would read the text as a formula (OWASP's list of first characters). */
  static boolean startsAFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
