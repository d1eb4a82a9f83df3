package io.regtrack.api.rest;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields, doubled quotes. */
final class Csv {
  private Csv() {}

  /**
   * The records of {@code text} (without a byte order mark).
   *
   * @throws IllegalArgumentException on a bare CR or LF outside quotes, a quote inside an unquoted
   *     field, text after a closing quote, an unclosed quote, or a last record without CRLF
   */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < n && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
          closed = true;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          if (!field.isEmpty() || closed) {
            throw new IllegalArgumentException("quote inside an unquoted field at " + i);
          }
          quoted = true;
        }
        case ',' -> {
          row.add(field.toString());
          field.setLength(0);
          closed = false;
        }
        case '\r' -> {
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            throw new IllegalArgumentException("CR without LF at " + i);
          }
          row.add(field.toString());
          field.setLength(0);
          closed = false;
          rows.add(row);
          row = new ArrayList<>();
          i++;
        }
        case '\n' -> throw new IllegalArgumentException("LF without CR at " + i);
        default -> {
          if (closed) {
            throw new IllegalArgumentException("text after a closing quote at " + i);
          }
          field.append(c);
        }
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote");
    }
    if (!row.isEmpty() || !field.isEmpty() || closed) {
      throw new IllegalArgumentException("last record without CRLF");
    }
    return rows;
  }
}
