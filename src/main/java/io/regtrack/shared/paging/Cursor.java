package io.regtrack.shared.paging;

import io.regtrack.shared.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors. A cursor names the list it belongs to and the sort key of the last item
 * seen ({@code "documents:v1:1234"}), base64url-encoded so that clients treat it as opaque. A
 * cursor from another list, or one that was tampered with, is rejected as invalid input.
 */
public final class Cursor {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursor() {}

  /** Encodes {@code key} as a cursor of the list named {@code list}. */
  public static String encode(String list, String key) {
    return ENCODER.encodeToString((list + ":v1:" + key).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a cursor of the list named {@code list} to its key.
   *
   * @throws InvalidInputException naming parameter {@code cursor} when it is malformed
   */
  public static String decode(String list, String cursor) {
    String prefix = list + ":v1:";
    try {
      String raw = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(prefix) && raw.length() > prefix.length()) {
        return raw.substring(prefix.length());
      }
    } catch (IllegalArgumentException e) {
      // fall through: not base64
    }
    throw new InvalidInputException("cursor", "The cursor is not a valid cursor of this list");
  }

  /** Decodes a cursor whose key is a database id. */
  public static long decodeId(String list, String cursor) {
    try {
      long id = Long.parseLong(decode(list, cursor));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException("cursor", "The cursor is not a valid cursor of this list");
  }
}
