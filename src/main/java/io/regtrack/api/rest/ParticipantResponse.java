package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail.ParticipantView;
import io.regtrack.meeting.ParticipantRole;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person at a meeting (DESIGN.md §4).
 *
 * @param person {id, name}
 * @param role CHAIR, SPEAKER or ATTENDEE: the strongest role any report states
 * @param positions the positions stated at that meeting
 */
public record ParticipantResponse(
    @Schema(description = "The person {id, name} (GET /api/v1/persons/{id})") NamedRef person,
    @Schema(description = "CHAIR, SPEAKER or ATTENDEE: the strongest role any report states")
        ParticipantRole role,
    @Schema(description = "The positions stated at that meeting") List<String> positions) {

  static ParticipantResponse of(ParticipantView p) {
    return new ParticipantResponse(new NamedRef(p.personId(), p.name()), p.role(), p.positions());
  }
}
