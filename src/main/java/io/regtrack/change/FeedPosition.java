package io.regtrack.change;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.paging.Cursor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the change log: the feed continues with the rows after {@code (tx, seq)}. Encoded
 * as an opaque token ({@code "changes:v1:<tx>.<seq>"}, base64url).
 *
 * @param tx the writing transaction of the last row read (or the first transaction to read, with
 *     {@code seq} 0)
 * @param seq the log sequence number of the last row read within {@code tx}
 */
record FeedPosition(long tx, long seq) {
  static final String LIST = "changes";
  static final FeedPosition START = new FeedPosition(0, 0);

  private static final Pattern KEY = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

  String encode() {
    return Cursor.encode(LIST, tx + "." + seq);
  }

  /** The position a token encodes, or {@code null} when it is not a token of this feed. */
  static FeedPosition decode(String token) {
    String key;
    try {
      key = Cursor.decode(LIST, token);
    } catch (InvalidInputException e) {
      return null;
    }
    Matcher m = KEY.matcher(key);
    return m.matches()
        ? new FeedPosition(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))
        : null;
  }
}
