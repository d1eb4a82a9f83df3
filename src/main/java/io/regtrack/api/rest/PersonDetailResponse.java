package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.ParticipantRole;
import io.regtrack.meeting.Participation;
import io.regtrack.person.Appearance;
import io.regtrack.person.PersonDetail;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person with positions over time: {@code GET /api/v1/persons/{id}}.
 *
 * @param id person id
 * @param name the name (the most frequent written form)
 * @param positions every position stated in any document, deduplicated keeping the fullest form
 * @param appearances each document naming the person: its date, the meetings of that document the
 *     person took part in, and the positions stated there; latest first (undated last)
 * @param meetings the meetings the person took part in, latest first (undated last)
 */
@JsonPropertyOrder({"id", "nodeId"})
public record PersonDetailResponse(
    @Schema(description = "Person id") long id,
    @Schema(description = "The name (the most frequent written form)") String name,
    @Schema(
            description =
                "Every position stated in any document, deduplicated keeping the fullest form")
        List<String> positions,
    @Schema(
            description =
                "Each document naming the person: its date, the meetings of that document the person took part in, and the positions stated there; latest first (undated last)")
        List<AppearanceResponse> appearances,
    @Schema(description = "The meetings the person took part in, latest first (undated last)")
        List<PersonMeetingResponse> meetings) {
  /** The global id: the same value as the GraphQL {@code Node.id}. */
  @JsonProperty("nodeId")
  @Schema(description = "Opaque global id, the same value as the GraphQL Node.id")
  public String nodeId() {
    return GlobalId.of(NodeType.Person, id);
  }

  /**
   * One appearance.
   *
   * @param date the date of the person's meeting in that document when known, else the document's
   *     publish date; null when neither is known
   * @param document {id, title}
   * @param name the name as written there
   * @param positions the positions stated there
   * @param meetings the meetings of that document the person took part in
   */
  public record AppearanceResponse(
      @Schema(
              description =
                  "The date of the person's meeting in that document when known, else the document's publish date; null when neither is known",
              nullable = true)
          LocalDate date,
      @Schema(description = "The document {id, title}") DocumentRef document,
      @Schema(description = "The name as written there") String name,
      @Schema(description = "The positions stated there") List<String> positions,
      @Schema(description = "The meetings of that document the person took part in")
          List<PersonMeetingResponse> meetings) {}

  /**
   * A meeting the person took part in.
   *
   * @param id meeting id
   * @param title its title
   * @param kind its kind
   * @param date its date, or null
   * @param province its province as at its date, or null
   * @param role the strongest role the reports give the person
   * @param positions the positions stated for the person at that meeting
   */
  public record PersonMeetingResponse(
      @Schema(description = "Meeting id") long id,
      @Schema(description = "Its title") String title,
      @Schema(description = "Its kind") MeetingKind kind,
      @Schema(description = "Its date, or null", nullable = true) LocalDate date,
      @Schema(description = "Its province as at its date, or null", nullable = true)
          String province,
      @Schema(description = "The strongest role the reports give the person") ParticipantRole role,
      @Schema(description = "The positions stated for the person at that meeting")
          List<String> positions) {

    static PersonMeetingResponse of(Participation p) {
      return new PersonMeetingResponse(
          p.meetingId(), p.title(), p.kind(), p.date(), p.province(), p.role(), p.positions());
    }
  }

  static PersonDetailResponse of(PersonDetail person, List<Participation> participations) {
    List<AppearanceResponse> appearances =
        person.appearances().stream()
            .map(a -> appearance(a, participations))
            .sorted(
                Comparator.comparing(
                        AppearanceResponse::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(a -> a.document().id()))
            .toList();
    return new PersonDetailResponse(
        person.id(),
        person.person().name(),
        person.person().positions(),
        appearances,
        participations.stream().map(PersonMeetingResponse::of).toList());
  }

  private static AppearanceResponse appearance(Appearance a, List<Participation> participations) {
    List<Participation> here =
        participations.stream().filter(p -> p.documentIds().contains(a.documentId())).toList();
    LocalDate date =
        here.stream()
            .map(Participation::date)
            .filter(d -> d != null)
            .min(Comparator.naturalOrder())
            .orElse(a.publishedOn());
    return new AppearanceResponse(
        date,
        new DocumentRef(a.documentId(), a.documentTitle()),
        a.name(),
        a.positions(),
        here.stream().map(PersonMeetingResponse::of).toList());
  }
}
