package io.regtrack.shared.id;

import io.regtrack.shared.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque global id: the object's type and database id ({@code "Meeting:12"}), base64url encoded
 * ({@code "TWVldGluZzoxMg"}). GraphQL's {@code Node.id} and REST's {@code nodeId} carry the same
 * value, so clients can move between the two APIs; clients must treat it as opaque.
 *
 * @param type what kind of object
 * @param id its database id
 */
public record GlobalId(NodeType type, long id) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** The encoded id of object {@code id} of {@code type}. */
  public static String of(NodeType type, long id) {
    return new GlobalId(type, id).encode();
  }

  /** This id, encoded. */
  public String encode() {
    return ENCODER.encodeToString((type.name() + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The global id {@code value} encodes, if it is one. */
  public static Optional<GlobalId> parse(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return Optional.empty();
    }
    try {
      String raw = new String(DECODER.decode(value), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      if (colon > 0) {
        NodeType type = NodeType.valueOf(raw.substring(0, colon));
        long id = Long.parseLong(raw.substring(colon + 1));
        if (id > 0 && of(type, id).equals(value)) {
          return Optional.of(new GlobalId(type, id));
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64, unknown type or not a number
    }
    return Optional.empty();
  }

  /**
   * Decodes a global id.
   *
   * @param parameter the argument's name, for the error
   * @throws InvalidInputException naming {@code parameter} when it is not a global id
   */
  public static GlobalId decode(String parameter, String value) {
    return parse(value)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    parameter,
                    parameter
                        + " must be a global id as returned by the API"
                        + (value != null && value.length() <= 64 ? ", got '" + value + "'" : "")));
  }

  /**
   * Decodes a global id that must name an object of {@code expected}.
   *
   * @throws InvalidInputException naming {@code parameter} when it is not a global id of that type
   */
  public static long decode(String parameter, String value, NodeType expected) {
    GlobalId id = decode(parameter, value);
    if (id.type() != expected) {
      throw new InvalidInputException(
          parameter,
          parameter + " must be the id of a " + expected + ", got the id of a " + id.type());
    }
    return id.id();
  }
}
