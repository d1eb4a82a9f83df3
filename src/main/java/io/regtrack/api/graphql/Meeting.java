package io.regtrack.api.graphql;

import io.regtrack.meeting.CountQualifier;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.MeetingSummary;
import io.regtrack.meeting.PartOfDay;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A meeting, merged from every report of it; organizer, participants, regulations and documents are
 * batched fields of {@link MeetingGraphQlApi}.
 */
@Description("A Party meeting reported by one or more documents")
public record Meeting(
    @Id @NonNull @Description("The global id (Node.id): opaque, stable, the nodeId of the REST API")
        String id,
    @NonNull @Description("Database id (the REST id)") int databaseId,
    @NonNull @Description("The meeting as the reports name it") String title,
    @NonNull @Description("What the meeting did") MeetingKind kind,
    @Description("Its date; null when no year is known (see datePartial)") LocalDate date,
    @NonNull @Description("True when no report states the date in full (the year was completed)")
        boolean dateInferred,
    @Description("\"--MM-DD\" when only day and month are known") String datePartial,
    @Description("The part of the day (\"Sáng\", \"Chiều\", \"Tối\"), or null") PartOfDay partOfDay,
    @Description("Its province as at its date") Province province,
    @Description("The unit that province belongs to after 1 July 2025") Province provinceToday,
    @Description("The venue as written") String location,
    @NonNull @Description("Whether it was held online (trực tuyến)") boolean online,
    @Description("Number of remote bridge points (điểm cầu)") Integer bridgePoints,
    @Description("Stated attendance") Integer attendeeCount,
    @Description("How exact attendeeCount is (MORE_THAN for \"hơn 6.500\")")
        CountQualifier attendeeCountQualifier,
    @Ignore Long organizerKey)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return id;
  }

  static Meeting of(MeetingSummary m) {
    return new Meeting(
        GlobalId.of(NodeType.Meeting, m.id()),
        Math.toIntExact(m.id()),
        m.title(),
        m.kind(),
        m.date(),
        m.dateInferred(),
        m.datePartial(),
        m.partOfDay(),
        Province.of(m.province()),
        Province.of(m.provinceToday()),
        m.location(),
        m.online(),
        m.bridgePoints(),
        m.attendeeCount(),
        m.attendeeCountQualifier(),
        m.organizerId());
  }

  long key() {
    return databaseId;
  }
}
