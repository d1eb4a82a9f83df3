package io.regtrack.meeting;

import io.regtrack.shared.error.InvalidInputException;
import java.time.LocalDate;

/**
 * Filters of the meeting list; {@code null} means "any". Filters combine with AND.
 *
 * @param province a province name, alias or code: meetings held there as at their date, or whose
 *     province belongs to it today ("Cần Thơ" finds a 2022 meeting in Sóc Trăng)
 * @param kind the kind
 * @param from earliest date (inclusive); undated meetings never match
 * @param to latest date (inclusive)
 * @param regulationId a regulation the meeting dealt with
 * @param regulationSymbol a symbol of a regulation the meeting dealt with ("58-QĐ/TW")
 * @param organizerId the organizer
 * @param organizerName the organizer's name, ignoring case and diacritics
 * @param personId a participant
 * @param personName a participant's name, ignoring case and diacritics
 */
public record MeetingFilter(
    String province,
    MeetingKind kind,
    LocalDate from,
    LocalDate to,
    Long regulationId,
    String regulationSymbol,
    Long organizerId,
    String organizerName,
    Long personId,
    String personName) {

  /**
   * @throws InvalidInputException naming {@code to} when it is before {@code from}
   */
  public MeetingFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException(
          "to", "to (" + to + ") is before from (" + from + "): no date lies between them");
    }
  }

  public static final MeetingFilter ANY =
      new MeetingFilter(null, null, null, null, null, null, null, null, null, null);

  /** Meetings that dealt with this regulation. */
  public static MeetingFilter ofRegulation(long regulationId) {
    return new MeetingFilter(null, null, null, null, regulationId, null, null, null, null, null);
  }
}
