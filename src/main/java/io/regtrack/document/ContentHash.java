package io.regtrack.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A document's identity: SHA-256 (hex) of its normalized body. Normalization makes the same article
 * hash the same however it was delivered: NFC, every run of whitespace (incl. NO-BREAK SPACE) as
 * one space, trimmed.
 */
public final class ContentHash {
  /** Any run of Unicode whitespace, e.g. "\r\n\n", " " or U+00A0. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private ContentHash() {}

  /** The content hash of a clean body. */
  public static String of(String body) {
    String normalized =
        WHITESPACE.matcher(Normalizer.normalize(body, Normalizer.Form.NFC)).replaceAll(" ").trim();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
