package io.regtrack.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's part in one meeting.
 *
 * @param meetingId the meeting
 * @param title its title
 * @param kind its kind
 * @param date its date, or {@code null}
 * @param province its province as at its date, or {@code null}
 * @param role the strongest role the reports give the person
 * @param positions the positions the reports state for the person there
 * @param documentIds the documents reporting the person at this meeting, ascending
 */
public record Participation(
    long meetingId,
    String title,
    MeetingKind kind,
    LocalDate date,
    String province,
    ParticipantRole role,
    List<String> positions,
    List<Long> documentIds) {
  public Participation {
    positions = List.copyOf(positions);
    documentIds = List.copyOf(documentIds);
  }
}
