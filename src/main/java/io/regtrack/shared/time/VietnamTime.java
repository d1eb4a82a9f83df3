package io.regtrack.shared.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time zone the articles are written in. A publish time is stored as the wall time in Vietnam
 * (the time the article states) and served with its offset, so that clients read one unambiguous
 * RFC 3339 date-time ({@code 2022-03-15T10:20:00+07:00}); an input with another offset is converted
 * to Vietnam time, one without an offset is taken as Vietnam time.
 */
public final class VietnamTime {
  /** Asia/Ho_Chi_Minh: +07:00 since 1975 (the zone rules know the earlier offsets). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  /** The wall time in Vietnam with its offset; null for null. */
  public static OffsetDateTime withOffset(LocalDateTime wallTime) {
    return wallTime == null ? null : wallTime.atZone(ZONE).toOffsetDateTime();
  }

  /**
   * The wall time in Vietnam at the instant {@code time} denotes; null for null. A time far outside
   * {@link DateBounds} is returned as written, unconverted (the conversion could overflow): the
   * bound check that follows refuses it naming the parameter.
   */
  public static LocalDateTime wallTime(OffsetDateTime time) {
    if (time == null) {
      return null;
    }
    if (time.getYear() < DateBounds.MIN_YEAR - 1 || time.getYear() > DateBounds.MAX_YEAR + 1) {
      return time.toLocalDateTime();
    }
    return time.atZoneSameInstant(ZONE).toLocalDateTime();
  }
}
