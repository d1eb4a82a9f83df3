package io.regtrack.shared.time;

import io.regtrack.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The dates the API accepts: years 1900 to 2100 inclusive, everywhere a date enters (REST query
 * parameters and bodies, GraphQL arguments, the change feed's {@code since}). Outside, a date is a
 * client error naming the parameter (400 / BAD_USER_INPUT), never a value PostgreSQL cannot hold (a
 * 500) nor one JavaScript's {@code Date} and OpenAPI's {@code format: date} reject ("+99999").
 */
public final class DateBounds {
  /** The first year accepted. */
  public static final int MIN_YEAR = 1900;

  /** The last year accepted. */
  public static final int MAX_YEAR = 2100;

  private DateBounds() {}

  /** {@code date} itself, or an {@link InvalidInputException} naming {@code name}. */
  public static LocalDate check(String name, LocalDate date) {
    if (date != null) {
      year(name, date.getYear(), date.toString());
    }
    return date;
  }

  /** {@code dateTime} itself, or an {@link InvalidInputException} naming {@code name}. */
  public static LocalDateTime check(String name, LocalDateTime dateTime) {
    if (dateTime != null) {
      year(name, dateTime.getYear(), dateTime.toString());
    }
    return dateTime;
  }

  /** {@code year} itself, or an {@link InvalidInputException} naming {@code name}. */
  public static Integer checkYear(String name, Integer year) {
    if (year != null) {
      year(name, year, String.valueOf(year));
    }
    return year;
  }

  private static void year(String name, int year, String written) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException(
          name,
          name
              + " must be in the years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ", got '"
              + written
              + "'");
    }
  }
}
