package io.regtrack.api.graphql;

import io.regtrack.meeting.MeetingDetail.ParticipantView;
import io.regtrack.meeting.ParticipantRole;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A person at a meeting; {@code person} is a batched field. */
@Description("A person at a meeting, with the role and positions the reports state")
public record Participant(
    @NonNull @Description("The strongest role any report states") ParticipantRole role,
    @NonNull @Description("Positions as stated at the meeting, fullest forms")
        List<@NonNull String> positions,
    @Ignore long personKey) {

  static Participant of(ParticipantView p) {
    return new Participant(p.role(), p.positions(), p.personId());
  }
}
