package io.regtrack.api.graphql;

import io.regtrack.meeting.MeetingDetail.RegulationLink;
import io.regtrack.meeting.MeetingRegulationRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A regulation a meeting dealt with; {@code regulation} is a batched field. */
@Description("A regulation a meeting disseminated, reviewed or discussed")
public record MeetingRegulation(
    @NonNull @Description("What the meeting did with it (the role most reports state)")
        MeetingRegulationRole role,
    @Ignore long regulationKey) {

  static MeetingRegulation of(RegulationLink l) {
    return new MeetingRegulation(l.role(), l.regulationId());
  }
}
