package io.regtrack.meeting;

import io.regtrack.organization.OrganizationView;
import io.regtrack.province.ProvinceView;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting with the fields merged from all its reports.
 *
 * @param id database id
 * @param title the meeting as the reports name it
 * @param kind what it did
 * @param date its date, or {@code null} when no year is known
 * @param dateInferred whether no report states the date in full (the year was completed)
 * @param datePartial "--MM-DD" when only day and month are known, else {@code null}
 * @param partOfDay morning, afternoon or evening, or {@code null}
 * @param province its province as at its date, or {@code null}
 * @param provinceToday the unit that province belongs to after 1 July 2025, or {@code null}
 * @param location the venue as written, or {@code null}
 * @param organizer the organizing body, or {@code null}
 * @param online whether any report says it was held online
 * @param bridgePoints remote bridge points, or {@code null}
 * @param attendeeCount stated attendance, or {@code null}
 * @param attendeeCountQualifier how exact the count is, or {@code null}
 * @param participants one entry per person: the strongest role any report states, positions merged
 *     keeping the fullest form; in order of first mention
 * @param regulations one entry per regulation, with the role most reports state
 * @param documents the documents reporting it, by id
 */
public record MeetingDetail(
    long id,
    String title,
    MeetingKind kind,
    LocalDate date,
    boolean dateInferred,
    String datePartial,
    PartOfDay partOfDay,
    ProvinceView province,
    ProvinceView provinceToday,
    String location,
    OrganizationView organizer,
    boolean online,
    Integer bridgePoints,
    Integer attendeeCount,
    CountQualifier attendeeCountQualifier,
    List<ParticipantView> participants,
    List<RegulationLink> regulations,
    List<ReportingDocument> documents) {

  public MeetingDetail {
    participants = List.copyOf(participants);
    regulations = List.copyOf(regulations);
    documents = List.copyOf(documents);
  }

  /**
   * A person at the meeting.
   *
   * @param personId the person
   * @param name the person's name
   * @param role the strongest role any report states
   * @param positions the positions the reports state, fullest forms
   */
  public record ParticipantView(
      long personId, String name, ParticipantRole role, List<String> positions) {
    public ParticipantView {
      positions = List.copyOf(positions);
    }
  }

  /**
   * A regulation the meeting dealt with.
   *
   * @param regulationId the regulation
   * @param role what the meeting did with it
   */
  public record RegulationLink(long regulationId, MeetingRegulationRole role) {}

  /**
   * A document reporting the meeting.
   *
   * @param id document id
   * @param title its headline
   */
  public record ReportingDocument(long id, String title) {}
}
