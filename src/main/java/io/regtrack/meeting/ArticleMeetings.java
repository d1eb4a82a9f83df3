package io.regtrack.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The meetings one article reports, as the meeting feature receives them from the ingest pipeline.
 * Participants refer to persons by name (the person feature resolves names to persons first) and
 * regulations by their key in the article's citations (the registry resolves keys to regulations).
 *
 * @param reports the meetings, in the article's order
 */
public record ArticleMeetings(List<Report> reports) {
  public ArticleMeetings {
    reports = List.copyOf(reports);
  }

  /** No meetings. */
  public static final ArticleMeetings NONE = new ArticleMeetings(List.of());

  /**
   * One meeting as the article reports it.
   *
   * @param title the meeting as the article names it
   * @param kind what it did
   * @param date its date, or {@code null} when no year can be derived
   * @param dateInferred whether the year (or the whole date) was completed rather than stated
   * @param datePartial "--MM-DD" when only day and month are known, else {@code null}
   * @param partOfDay morning, afternoon or evening when stated
   * @param province canonical name of its province as at its date, or {@code null}
   * @param provinceToday canonical name of the unit that province belongs to after 1 July 2025
   * @param location the venue as written, or {@code null}
   * @param organizer the organizing body's canonical name, or {@code null}
   * @param online whether it was held online
   * @param bridgePoints remote bridge points, summed, or {@code null}
   * @param attendeeCount stated attendance, or {@code null}
   * @param attendeeCountQualifier how exact the count is, or {@code null}
   * @param participants who took part and how
   * @param regulations what it disseminated, reviewed or discussed
   */
  public record Report(
      String title,
      MeetingKind kind,
      LocalDate date,
      boolean dateInferred,
      String datePartial,
      PartOfDay partOfDay,
      String province,
      String provinceToday,
      String location,
      String organizer,
      boolean online,
      Integer bridgePoints,
      Integer attendeeCount,
      CountQualifier attendeeCountQualifier,
      List<Participant> participants,
      List<Regulation> regulations) {
    public Report {
      participants = List.copyOf(participants);
      regulations = List.copyOf(regulations);
    }
  }

  /**
   * A participant.
   *
   * @param name the name as written
   * @param role the role stated
   * @param positions the positions stated there
   */
  public record Participant(String name, ParticipantRole role, List<String> positions) {
    public Participant {
      positions = List.copyOf(positions);
    }
  }

  /**
   * A regulation the meeting dealt with.
   *
   * @param regulationKey the key of the regulation among the article's citations
   * @param role what the meeting did with it
   */
  public record Regulation(String regulationKey, MeetingRegulationRole role) {}
}
