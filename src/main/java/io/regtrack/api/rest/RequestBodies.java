package io.regtrack.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading raw text/plain, text/html or application/json request bodies: size, charset, UTF-8, JSON.
 */
final class RequestBodies {
  private RequestBodies() {}

  /**
   * The body as text, after the size and charset checks.
   *
   * @throws PayloadTooLargeException when the body is larger than {@code maxBytes}
   * @throws NotSupportedException when a charset other than UTF-8 is declared (415)
   * @throws InvalidInputException naming {@code body} when it is not valid UTF-8
   */
  static String text(byte[] body, MediaType type, int maxBytes) {
    if (body.length > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
    requireUtf8(type.getParameters().get(MediaType.CHARSET_PARAMETER));
    return decodeUtf8(body);
  }

  /**
   * An HTML page as text, after the size and charset checks. The charset is the {@code charset}
   * parameter of the Content-Type, else the one a {@code <meta charset>} or {@code <meta
   * http-equiv="Content-Type">} in the first {@value #META_PRESCAN_BYTES} bytes declares, else
   * UTF-8; only UTF-8 is accepted. A UTF-16 byte order mark is a UTF-16 page.
   *
   * @throws PayloadTooLargeException when the body is larger than {@code maxBytes}
   * @throws NotSupportedException when a charset other than UTF-8 is declared (415)
   * @throws InvalidInputException naming {@code body} when it is not valid UTF-8
   */
  static String html(byte[] body, MediaType type, int maxBytes) {
    if (body.length > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
    String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (declared == null) {
      if (body.length >= 2
          && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
              || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
        throw new NotSupportedException("Only UTF-8 is accepted");
      }
      declared = metaCharset(body);
    }
    requireUtf8(declared);
    return decodeUtf8(body);
  }

  /** Whether the media type is HTML. */
  static boolean isHtml(MediaType type) {
    return type.isCompatible(MediaType.TEXT_HTML_TYPE);
  }

  /** How far into an HTML page a {@code <meta>} charset declaration is looked for. */
  static final int META_PRESCAN_BYTES = 8192;

  // <meta charset="utf-8">, <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
          Pattern.CASE_INSENSITIVE);

  /** The charset a {@code <meta>} tag near the start of the page declares, or {@code null}. */
  static String metaCharset(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Refuses a Content-Type charset other than UTF-8.
   *
   * @throws NotSupportedException for another charset (415)
   */
  static void requireUtf8(MediaType type) {
    requireUtf8(type.getParameters().get(MediaType.CHARSET_PARAMETER));
  }

  /** 3 when {@code bytes} start with a UTF-8 byte order mark, else 0. */
  static int bomLength(byte[] bytes) {
    return bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  private static void requireUtf8(String charset) {
    if (charset != null
        && !charset.strip().equalsIgnoreCase("utf-8")
        && !charset.strip().equalsIgnoreCase("utf8")) {
      throw new NotSupportedException("Only UTF-8 is accepted");
    }
  }

  private static String decodeUtf8(byte[] body) {
    return utf8(body, 0, body.length, "The request body is not valid UTF-8");
  }

  /**
   * {@code bytes[from, to)} decoded as strict UTF-8.
   *
   * @throws InvalidInputException naming {@code body}, with {@code invalid} as the message, when
   *     they are not valid UTF-8
   */
  static String utf8(byte[] bytes, int from, int to, String invalid) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", invalid);
    }
  }

  /** Whether the media type is JSON. */
  static boolean isJson(MediaType type) {
    return type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * The string field {@code field} of a JSON object body, or {@code null} when absent.
   *
   * @throws InvalidInputException naming {@code body} when the body is not a JSON object, or naming
   *     {@code field} when the field is not a string
   */
  static String jsonField(ObjectMapper json, String body, String field) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(
          "body", "The request body is not a JSON object {\"" + field + "\": …}");
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidInputException(field, field + " must be a string");
    }
    return value.asText();
  }
}
