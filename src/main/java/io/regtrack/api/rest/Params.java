package io.regtrack.api.rest;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.time.DateBounds;
import io.regtrack.shared.time.VietnamTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of query parameters, each failure a 400 naming the parameter. */
final class Params {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  /** The non-numeric form of a regulation filter, for messages. */
  static final String A_SYMBOL = "a symbol such as 58-QĐ/TW";

  /** The non-numeric form of an organizer, issuer or person filter, for messages. */
  static final String A_NAME = "a name";

  private Params() {}

  static int limit(String raw) {
    return limit(raw, DEFAULT_LIMIT, MAX_LIMIT);
  }

  /** A page size from 1 to {@code max}, {@code defaultLimit} when absent. */
  static int limit(String raw, int defaultLimit, int max) {
    if (raw == null || raw.isBlank()) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(
        "limit", "limit must be a whole number from 1 to " + max + ", got '" + raw + "'");
  }

  static LocalDate date(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return DateBounds.check(name, LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, name + " must be an ISO-8601 date such as 2022-02-08, got '" + raw + "'");
    }
  }

  /** Digits with an optional sign: a value of an id-or-name filter that is meant as an id. */
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("[+-]?\\d+");

  /**
   * The value of a filter that takes an id or a name (or symbol): {@code id} set when the value is
   * numeric, else {@code text} set; both {@code null} when the value is absent or blank.
   */
  record IdOrText(Long id, String text) {
    static final IdOrText NONE = new IdOrText(null, null);
  }

  /**
   * An id-or-name filter. A numeric value is an id and must be a positive integer: "-1", "0" or
   * "99999999999999999999" is a 400 naming the parameter, not a name that matches nothing.
   *
   * @param what what the non-numeric form is, for the message ("a symbol such as 58-QĐ/TW")
   */
  static IdOrText idOrText(String name, String raw, String what) {
    if (raw == null || raw.isBlank()) {
      return IdOrText.NONE;
    }
    String value = raw.strip();
    if (!NUMERIC.matcher(value).matches()) {
      return new IdOrText(null, value);
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return new IdOrText(id, null);
      }
    } catch (NumberFormatException e) {
      // fall through: out of range
    }
    throw new InvalidInputException(
        name, name + " must be an id (a positive integer) or " + what + ", got '" + raw + "'");
  }

  static long id(String name, String raw) {
    try {
      long id = Long.parseLong(raw.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(name, name + " must be a positive integer, got '" + raw + "'");
  }

  /** A boolean flag: absent or blank is {@code false}; else {@code true} or {@code false}. */
  static boolean flag(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidInputException(name, name + " must be true or false, got '" + raw + "'");
    };
  }

  /**
   * A year in {@link DateBounds}; {@code null} for a blank value.
   *
   * @throws InvalidInputException naming {@code name} otherwise
   */
  static Integer year(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(raw.strip());
      if (year >= DateBounds.MIN_YEAR && year <= DateBounds.MAX_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(
        name,
        name
            + " must be a year from "
            + DateBounds.MIN_YEAR
            + " to "
            + DateBounds.MAX_YEAR
            + ", got '"
            + raw
            + "'");
  }

  /** {@code s} stripped, or null when it is null or blank. */
  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A publish time as Vietnam wall time ({@link VietnamTime}): an offset, if given, is converted to
   * Vietnam time; without one the value is Vietnam time; a date alone is its midnight.
   */
  static LocalDateTime dateTime(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return DateBounds.check(name, VietnamTime.wallTime(OffsetDateTime.parse(s)));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return DateBounds.check(name, LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return DateBounds.check(name, LocalDate.parse(s).atStartOfDay());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, name + " must be an ISO-8601 date or date-time, got '" + raw + "'");
    }
  }

  /**
   * An enum constant by name, ignoring case and surrounding space; {@code null} for a blank value.
   *
   * @throws InvalidInputException naming {@code name} and listing the constants otherwise
   */
  static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          name,
          name
              + " must be one of "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(java.util.stream.Collectors.joining(", "))
              + ", got '"
              + raw
              + "'");
    }
  }
}
