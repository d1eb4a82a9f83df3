package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail.ParticipantView;
import io.regtrack.meeting.ParticipantRole;
import java.util.List;

/**
 * A person at a meeting (DESIGN.md §4).
 *
 * @param person {id, name}
 * @param role CHAIR, SPEAKER or ATTENDEE: the strongest role any report states
 * @param positions the positions stated at that meeting
 */
public record ParticipantResponse(NamedRef person, ParticipantRole role, List<String> positions) {

  static ParticipantResponse of(ParticipantView p) {
    return new ParticipantResponse(new NamedRef(p.personId(), p.name()), p.role(), p.positions());
  }
}
