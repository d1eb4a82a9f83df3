package io.regtrack.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A document's identity: SHA-256 (hex) of its normalized body. Normalization makes the same article
 * hash the same however it was delivered: NFC, invisible format characters left out (zero-width
 * space and joiners, word joiner, byte order mark, soft hyphen, the bidi marks, embeddings,
 * overrides and isolates: Unicode category Cf), every run of whitespace (incl. NO-BREAK SPACE) as
 * one space, trimmed. Only the hash leaves them out: the stored body keeps them as they came.
 */
public final class ContentHash {
  /** Any run of Unicode whitespace, e.g. "\r\n\n", " " or U+00A0. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /**
   * Any invisible format character (Unicode Cf), e.g. U+200B ZERO WIDTH SPACE or U+202E
   * RIGHT-TO-LEFT OVERRIDE: a copy of an article with them sprinkled in is the same article.
   */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

  private ContentHash() {}

  /** The content hash of a clean body. */
  public static String of(String body) {
    String visible = FORMAT.matcher(Normalizer.normalize(body, Normalizer.Form.NFC)).replaceAll("");
    String normalized = WHITESPACE.matcher(visible).replaceAll(" ").trim();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
