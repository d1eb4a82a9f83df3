package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
  @Operation(
      summary = "Meetings, latest date first (undated last; by relevance with q), cursor-paginated",
      description =
          "Filters combine with AND. With q, the meetings matching the search (GET"
              + " /api/v1/search: title, location, province, organizer, cited regulations, date) in"
              + " its order. Response {items, nextCursor}; while there is a next page, a"
              + " Link: <…>; rel=\"next\" header carries its URL. The same list as CSV: GET"
              + " /api/v1/exports/meetings.csv.")
  @APIResponse(
      responseCode = "200",
      description = "A page {items, nextCursor}",
      headers =
          @Header(
              name = "Link",
              description = OpenApiTexts.LINK,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListSchemas.MeetingList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "Meetings in Sóc Trăng that disseminated 58-QĐ/TW",
                      value = OpenApiExamples.MEETING_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badDate", value = OpenApiExamples.PROBLEM_400)))
  public Response list(
      @BeanParam MeetingListQuery query,
      @Parameter(
              description = OpenApiTexts.LIMIT,
              example = "20",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = OpenApiTexts.CURSOR) @QueryParam("cursor") String cursor,
      UriInfo uri) {
    MeetingFilter filter = query.filter();
    String words = query.words();
    Function<PageRequest, Slice<Long>> ids = query.ids(filter, meetings, search);
    if (words != null) {
      return lists.page(
          ids.apply(PageRequest.first(Params.limit(limit), Params.blankToNull(cursor)))
              .load(meetings::details)
              .toPage(),
          uri);
    }
    return lists.page(meetings.list(filter, Params.limit(limit), Params.blankToNull(cursor)), uri);
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
}
