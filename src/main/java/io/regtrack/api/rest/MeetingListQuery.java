package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.ws.rs.QueryParam;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the meeting list, shared by its JSON pages (GET /api/v1/meetings) and its CSV
 * export (GET /api/v1/exports/meetings.csv): one definition of the parameters, their documentation
 * and their translation into a {@link MeetingFilter}.
 */
public record MeetingListQuery(
    @Parameter(
            description =
                "Search words, ignoring case and diacritics (\"soc trang\", \"quy dinh 58\")",
            example = "quy dinh 58")
        @QueryParam("q")
        String q,
    @Parameter(
            description =
                "Province name, alias or code. Matches the province as at the meeting's date"
                    + " and the unit it belongs to after the 1 July 2025 merger: \"Cần Thơ\""
                    + " finds a 2022 meeting in Sóc Trăng, and so does \"Sóc Trăng\"",
            example = "Sóc Trăng")
        @QueryParam("province")
        String province,
    @Parameter(
            description =
                "Kind: DISSEMINATION, REVIEW, EVALUATION, INSPECTION, OTHER (case-insensitive)",
            example = "DISSEMINATION",
            schema = @Schema(implementation = MeetingKind.class))
        @QueryParam("kind")
        String kind,
    @Parameter(
            description = "Earliest meeting date, ISO-8601 (inclusive)",
            example = "2022-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("from")
        String from,
    @Parameter(
            description = "Latest meeting date, ISO-8601 (inclusive)",
            example = "2022-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("to")
        String to,
    @Parameter(
            description =
                "A regulation the meeting disseminated, reviewed or discussed: its id or its"
                    + " symbol (\"58-QĐ/TW\"); a numeric value is an id and must be a positive integer",
            example = "58-QĐ/TW")
        @QueryParam("regulation")
        String regulation,
    @Parameter(
            description =
                "Organizer: an organization id, or its name ignoring case and diacritics"
                    + "; a numeric value is an id and must be a positive integer",
            example = "Ban Thường vụ Tỉnh ủy Sóc Trăng")
        @QueryParam("organizer")
        String organizer,
    @Parameter(
            description =
                "Participant: a person id, or the name ignoring case and diacritics"
                    + "; a numeric value is an id and must be a positive integer",
            example = "tran quoc khanh")
        @QueryParam("person")
        String person) {

  /** The search words, or null for the plain list. */
  String words() {
    return Params.blankToNull(q);
  }

  /**
   * The feature filter.
   *
   * @throws io.regtrack.shared.error.InvalidInputException naming the parameter at fault
   */
  MeetingFilter filter() {
    Params.IdOrText regulationValue = Params.idOrText("regulation", regulation, Params.A_SYMBOL);
    Params.IdOrText organizerValue = Params.idOrText("organizer", organizer, Params.A_NAME);
    Params.IdOrText personValue = Params.idOrText("person", person, Params.A_NAME);
    return new MeetingFilter(
        Params.blankToNull(province),
        Params.enumValue("kind", kind, MeetingKind.class),
        Params.date("from", from),
        Params.date("to", to),
        regulationValue.id(),
        regulationValue.text(),
        organizerValue.id(),
        organizerValue.text(),
        personValue.id(),
        personValue.text());
  }

  /**
   * The ids of the list in its order, by relevance with words, else latest date first.
   *
   * @param filter this query's {@link #filter()}
   */
  Function<PageRequest, Slice<Long>> ids(
      MeetingFilter filter, MeetingQueries meetings, SearchService search) {
    String words = words();
    return words == null
        ? request -> meetings.ids(filter, request, Direction.DESC)
        : request -> search.meetings(words, filter, request);
  }
}
