package io.regtrack.api.graphql;

import java.util.Locale;
import java.util.Optional;

/**
 * The response media types of GraphQL over HTTP, and the {@code Accept} negotiation between them.
 *
 * <p>Rules (GraphQL over HTTP, RFC 9110 §12.5.1): no {@code Accept} header means {@code
 * application/json}; otherwise each type gets the quality of the most specific range that matches
 * it ({@code type/subtype} over {@code application/*} over {@code *}{@code /*}); the higher quality
 * wins, a type named explicitly wins a tie against one matched only by a wildcard, two explicit
 * types tie-break by their order in the header, and wildcards alone give {@code application/json}.
 * Ranges with a {@code charset} other than UTF-8 never match (responses are always UTF-8). Nothing
 * acceptable: {@link Optional#empty()} (406).
 */
enum GraphQlMediaType {
  GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
  JSON("application/json");

  private final String type;

  GraphQlMediaType(String type) {
    this.type = type;
  }

  /** The media type without parameters. */
  String type() {
    return type;
  }

  /** The {@code Content-Type} header value of a response. */
  String contentType() {
    return type + "; charset=utf-8";
  }

  static Optional<GraphQlMediaType> negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(JSON);
    }
    Match graphql = Match.NONE;
    Match json = Match.NONE;
    String[] ranges = accept.split(",");
    for (int index = 0; index < ranges.length; index++) {
      Range range = Range.parse(ranges[index]);
      if (range == null) {
        continue;
      }
      graphql = graphql.better(range.match(GRAPHQL_RESPONSE_JSON.type, index));
      json = json.better(range.match(JSON.type, index));
    }
    if (graphql.quality <= 0 && json.quality <= 0) {
      return Optional.empty();
    }
    if (graphql.quality != json.quality) {
      return Optional.of(graphql.quality > json.quality ? GRAPHQL_RESPONSE_JSON : JSON);
    }
    boolean graphqlExplicit = graphql.specificity == Range.EXACT;
    boolean jsonExplicit = json.specificity == Range.EXACT;
    if (graphqlExplicit && jsonExplicit) {
      return Optional.of(graphql.index < json.index ? GRAPHQL_RESPONSE_JSON : JSON);
    }
    return Optional.of(graphqlExplicit ? GRAPHQL_RESPONSE_JSON : JSON);
  }

  /** The best range matching one media type so far: its specificity, quality and position. */
  private record Match(int specificity, double quality, int index) {
    static final Match NONE = new Match(0, 0, Integer.MAX_VALUE);

    /** The more specific of two matches (the first one on equal specificity). */
    Match better(Match other) {
      return other != null && other.specificity > specificity ? other : this;
    }
  }

  /** One media range of an {@code Accept} header. */
  private record Range(String type, String subtype, double quality) {
    static final int ANY = 1;
    static final int ANY_SUBTYPE = 2;
    static final int EXACT = 3;

    /** The range, or null for an unusable one (malformed, or a charset other than UTF-8). */
    static Range parse(String text) {
      String[] parts = text.split(";");
      String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
      int slash = mediaRange.indexOf('/');
      if (slash <= 0 || slash == mediaRange.length() - 1) {
        return null;
      }
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].trim();
        int equals = parameter.indexOf('=');
        if (equals <= 0) {
          continue;
        }
        String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        String value = unquote(parameter.substring(equals + 1).trim());
        if (name.equals("q")) {
          try {
            quality = Math.max(0, Math.min(1, Double.parseDouble(value)));
          } catch (NumberFormatException e) {
            return null;
          }
        } else if (name.equals("charset") && !isUtf8(value)) {
          return null;
        }
      }
      return new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), quality);
    }

    /** How this range matches {@code mediaType} (a lower-case type/subtype), or null. */
    Match match(String mediaType, int index) {
      int slash = mediaType.indexOf('/');
      String wantedType = mediaType.substring(0, slash);
      String wantedSubtype = mediaType.substring(slash + 1);
      if (type.equals("*") && subtype.equals("*")) {
        return new Match(ANY, quality, index);
      }
      if (!type.equals(wantedType)) {
        return null;
      }
      if (subtype.equals("*")) {
        return new Match(ANY_SUBTYPE, quality, index);
      }
      return subtype.equals(wantedSubtype) ? new Match(EXACT, quality, index) : null;
    }
  }

  static boolean isUtf8(String charset) {
    String c = unquote(charset.trim());
    return c.equalsIgnoreCase("utf-8") || c.equalsIgnoreCase("utf8");
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
