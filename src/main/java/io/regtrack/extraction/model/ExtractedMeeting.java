package io.regtrack.extraction.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting an article reports.
 *
 * @param title the meeting as the article names it (headline)
 * @param kind what it did
 * @param date its date, or null when no year can be derived
 * @param dateInferred whether the year (or the whole date) was completed rather than stated
 * @param datePartial "--MM-DD" when the day is stated but no year can be derived, else null
 * @param partOfDay morning/afternoon/evening when stated
 * @param province canonical province name as at the meeting's date, or null
 * @param location the venue as written ("Hà Nội", "Hội trường Tỉnh ủy"), or null
 * @param organizer the organizing body, completed with its province, or null
 * @param online whether it was held online ("trực tuyến", "điểm cầu")
 * @param bridgePoints the number of remote bridge points, summed, or null
 * @param attendeeCount the stated attendance, or null
 * @param attendeeCountQualifier how exact the count is, or null
 * @param participants who took part and how
 * @param regulations the regulations it disseminated, reviewed or discussed
 */
public record ExtractedMeeting(
    String title,
    MeetingKind kind,
    LocalDate date,
    boolean dateInferred,
    String datePartial,
    PartOfDay partOfDay,
    String province,
    String location,
    String organizer,
    boolean online,
    Integer bridgePoints,
    Integer attendeeCount,
    CountQualifier attendeeCountQualifier,
    List<Participant> participants,
    List<MeetingRegulation> regulations) {

  public ExtractedMeeting {
    participants = List.copyOf(participants);
    regulations = List.copyOf(regulations);
  }

  /** A person at the meeting with the positions stated in the article. */
  public record Participant(String name, ParticipantRole role, List<String> positions) {
    public Participant {
      positions = List.copyOf(positions);
    }
  }

  /** A regulation the meeting dealt with, by its key in the article's extraction. */
  public record MeetingRegulation(String regulationKey, MeetingRegulationRole role) {}
}
