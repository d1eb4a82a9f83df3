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

/** Reading raw text/plain or application/json request bodies: size, charset, UTF-8, JSON. */
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
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null
        && !charset.equalsIgnoreCase("utf-8")
        && !charset.equalsIgnoreCase("utf8")) {
      throw new NotSupportedException("Only UTF-8 is accepted");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", "The request body is not valid UTF-8");
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
