package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.meeting.CountQualifier;
import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.PartOfDay;
import io.regtrack.province.ProvinceView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting as the REST API returns it (DESIGN.md §4).
 *
 * @param id meeting id
 * @param title the meeting as the reports name it
 * @param kind DISSEMINATION, REVIEW, EVALUATION, INSPECTION or OTHER
 * @param date ISO date, or null when no year is known
 * @param dateInferred true when the year (or the whole date) was completed, not stated
 * @param datePartial "--MM-DD" when only day and month are known, else null
 * @param partOfDay MORNING, AFTERNOON or EVENING, or null
 * @param province the province as at the meeting's date ("Sóc Trăng"), or null
 * @param provinceToday the same place after the 1 July 2025 merger ("Cần Thơ"), or null
 * @param location the venue as written, or null
 * @param organizer {id, name}, or null
 * @param online whether it was held online
 * @param bridgePoints remote bridge points, or null
 * @param attendeeCount stated attendance, or null
 * @param attendeeCountQualifier EXACT, MORE_THAN, ABOUT or LESS_THAN, or null
 * @param participants persons with their role and positions
 * @param regulations regulations with the meeting's role
 * @param documents the documents reporting the meeting, {id, title}
 */
@JsonPropertyOrder({"id", "nodeId"})
public record MeetingResponse(
    @Schema(description = "Meeting id") long id,
    @Schema(description = "The meeting as the reports name it") String title,
    @Schema(description = "DISSEMINATION, REVIEW, EVALUATION, INSPECTION or OTHER")
        MeetingKind kind,
    @Schema(description = "ISO date, or null when no year is known", nullable = true)
        LocalDate date,
    @Schema(description = "True when the year (or the whole date) was completed, not stated")
        boolean dateInferred,
    @Schema(
            description = "\"--MM-DD\" when only day and month are known, else null",
            nullable = true)
        String datePartial,
    @Schema(description = "MORNING, AFTERNOON or EVENING, or null", nullable = true)
        PartOfDay partOfDay,
    @Schema(
            description = "The province as at the meeting's date (\"Sóc Trăng\"), or null",
            nullable = true)
        String province,
    @Schema(
            description = "The same place after the 1 July 2025 merger (\"Cần Thơ\"), or null",
            nullable = true)
        String provinceToday,
    @Schema(description = "The venue as written, or null", nullable = true) String location,
    @Schema(
            description =
                "The organizing body {id, name} (GET /api/v1/organizations/{id}), or null",
            nullable = true)
        NamedRef organizer,
    @Schema(description = "Whether it was held online") boolean online,
    @Schema(
            description = "Remote bridge points (điểm cầu) the meeting was connected to, or null",
            nullable = true)
        Integer bridgePoints,
    @Schema(description = "Stated attendance, or null", nullable = true) Integer attendeeCount,
    @Schema(
            description =
                "How attendeeCount was stated: EXACT, MORE_THAN (\"hơn 600\", \"trên\"), ABOUT"
                    + " (\"gần\", \"khoảng\") or LESS_THAN (\"dưới\"); null without a count",
            nullable = true)
        CountQualifier attendeeCountQualifier,
    @Schema(description = "Persons with their role and positions")
        List<ParticipantResponse> participants,
    @Schema(description = "Regulations with the meeting's role")
        List<MeetingRegulationResponse> regulations,
    @Schema(description = "The documents reporting the meeting, {id, title}")
        List<DocumentRef> documents) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Meeting, id);
  }

  /** The responses of {@code meetings}, their regulations loaded in one batch. */
  static List<MeetingResponse> of(List<MeetingDetail> meetings, RegulationQueries regulations) {
    Map<Long, RegulationDetail> details =
        regulations.details(
            meetings.stream()
                .flatMap(m -> m.regulations().stream())
                .map(MeetingDetail.RegulationLink::regulationId)
                .toList());
    return meetings.stream().map(m -> of(m, details)).toList();
  }

  static MeetingResponse of(MeetingDetail m, Map<Long, RegulationDetail> regulations) {
    return new MeetingResponse(
        m.id(),
        m.title(),
        m.kind(),
        m.date(),
        m.dateInferred(),
        m.datePartial(),
        m.partOfDay(),
        name(m.province()),
        name(m.provinceToday()),
        m.location(),
        NamedRef.of(m.organizer()),
        m.online(),
        m.bridgePoints(),
        m.attendeeCount(),
        m.attendeeCountQualifier(),
        m.participants().stream().map(ParticipantResponse::of).toList(),
        m.regulations().stream()
            .map(
                r ->
                    new MeetingRegulationResponse(
                        r.role(), RegulationResponse.of(regulations.get(r.regulationId()))))
            .toList(),
        m.documents().stream().map(d -> new DocumentRef(d.id(), d.title())).toList());
  }

  private static String name(ProvinceView p) {
    return p == null ? null : p.name();
  }
}
