package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingKind;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Meetings reported by the documents, merged across documents. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings the articles report, merged across articles")
public class MeetingResource {
  private final MeetingQueries meetings;
  private final RegulationQueries regulations;
  private final MeetingLists lists;
  private final SearchService search;

  public MeetingResource(
      MeetingQueries meetings,
      RegulationQueries regulations,
      MeetingLists lists,
      SearchService search) {
    this.meetings = meetings;
    this.regulations = regulations;
    this.lists = lists;
    this.search = search;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
  @Operation(
      summary =
          "Meetings, latest date first (undated last; by relevance with q), cursor-paginated; CSV export",
      description =
          "Filters combine with AND. With q, the meetings matching the search (GET"
              + " /api/v1/search: title, location, province, organizer, cited regulations, date) in"
              + " its order. Response {items, nextCursor}; while there is a next page, a"
              + " Link: <…>; rel=\"next\" header carries its URL. With Accept: text/csv the"
              + " same filtered list as a CSV file (meetings.csv): see the text/csv response.")
  @APIResponse(
      responseCode = "200",
      description =
          "JSON {items, nextCursor} by default; with Accept: text/csv the whole filtered list as"
              + " a meetings.csv attachment",
      headers = {
        @Header(
            name = "Link",
            description = OpenApiTexts.CSV_LINK,
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"meetings.csv\"",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.MeetingList.class),
            examples =
                @ExampleObject(
                    name = "page",
                    summary = "Meetings in Sóc Trăng that disseminated 58-QĐ/TW",
                    value = OpenApiExamples.MEETING_LIST)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
            examples =
                @ExampleObject(
                    name = "csv",
                    summary = "meetings.csv",
                    value = OpenApiExamples.MEETINGS_CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badDate", value = OpenApiExamples.PROBLEM_400)))
  @APIResponse(
      responseCode = "406",
      description = OpenApiTexts.NOT_ACCEPTABLE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notAcceptable", value = OpenApiExamples.PROBLEM_406)))
  public Response list(
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
          String person,
      @Parameter(
              description = OpenApiTexts.CSV_LIMIT,
              example = "20",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100000",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = OpenApiTexts.CSV_CURSOR) @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers,
      UriInfo uri) {
    Params.IdOrText regulationValue = Params.idOrText("regulation", regulation, Params.A_SYMBOL);
    Params.IdOrText organizerValue = Params.idOrText("organizer", organizer, Params.A_NAME);
    Params.IdOrText personValue = Params.idOrText("person", person, Params.A_NAME);
    MeetingFilter filter =
        new MeetingFilter(
            blankToNull(province),
            kind(kind),
            Params.date("from", from),
            Params.date("to", to),
            regulationValue.id(),
            regulationValue.text(),
            organizerValue.id(),
            organizerValue.text(),
            personValue.id(),
            personValue.text());
    String words = blankToNull(q);
    Function<PageRequest, Slice<Long>> ids =
        words == null
            ? request -> meetings.ids(filter, request, Direction.DESC)
            : request -> search.meetings(words, filter, request);
    if (CsvExport.wanted(headers)) {
      return lists.csv(ids, blankToNull(cursor), CsvExport.limit(limit), uri);
    }
    if (words != null) {
      return lists.page(
          ids.apply(PageRequest.first(Params.limit(limit), blankToNull(cursor)))
              .load(meetings::details)
              .toPage(),
          uri);
    }
    return lists.page(meetings.list(filter, Params.limit(limit), blankToNull(cursor)), uri);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A meeting with its participants, regulations and reporting documents",
      description =
          "The meeting merged across every document reporting it. 404 when there is no such"
              + " meeting.")
  @Conditional
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The meeting",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeetingResponse.class),
              examples =
                  @ExampleObject(
                      name = "meeting",
                      summary = "A Sóc Trăng meeting disseminating Quy định 58-QĐ/TW",
                      value = OpenApiExamples.MEETING)))
  @APIResponse(responseCode = "304", description = OpenApiTexts.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badId", value = OpenApiExamples.PROBLEM_400_ID)))
  @APIResponse(
      responseCode = "404",
      description = "No meeting has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_MEETING)))
  public MeetingResponse get(
      @Parameter(
              description = "Meeting id",
              example = "17",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    long key = Params.id("id", id);
    MeetingDetail meeting =
        meetings.find(key).orElseThrow(() -> new ResourceNotFoundException("Meeting", key));
    return MeetingResponse.of(List.of(meeting), regulations).getFirst();
  }

  static MeetingKind kind(String raw) {
    return Params.enumValue("kind", raw, MeetingKind.class);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
