package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Keyset.Direction;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CSV exports of the lists ({@link CsvExport}): the same filters and order as the JSON list they
 * mirror, on paths of their own, so that each operation has one response type (a typed client of a
 * list gets its model, not a model-or-string union).
 */
@Path("/api/v1/exports")
@Produces(CsvExport.TEXT_CSV)
@Tag(name = "Exports", description = "The lists as CSV files, for spreadsheets")
public class ExportResource {
  private final MeetingQueries meetings;
  private final RegulationQueries regulations;
  private final MeetingLists meetingLists;
  private final SearchService search;

  public ExportResource(
      MeetingQueries meetings,
      RegulationQueries regulations,
      MeetingLists meetingLists,
      SearchService search) {
    this.meetings = meetings;
    this.regulations = regulations;
    this.meetingLists = meetingLists;
    this.search = search;
  }

  @GET
  @Path("meetings.csv")
  @Operation(
      summary = "The meeting list as CSV (meetings.csv)",
      description =
          "The list of GET /api/v1/meetings with the same filters, in its order, as a CSV file.")
  @APIResponse(
      responseCode = "200",
      description = "A meetings.csv attachment",
      headers = {
        @Header(name = "Link", ref = "ExportLink"),
        @Header(name = "Content-Disposition", ref = "ExportDisposition")
      },
      content =
          @Content(
              mediaType = CsvExport.TEXT_CSV,
              schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
              examples =
                  @ExampleObject(
                      name = "csv",
                      summary = "meetings.csv",
                      value = OpenApiExamples.MEETINGS_CSV)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badDate", value = OpenApiExamples.PROBLEM_400)))
  public Response meetings(
      @BeanParam MeetingListQuery query,
      @Parameter(ref = "ExportLimit") @QueryParam("limit") String limit,
      @Parameter(ref = "ExportCursor") @QueryParam("cursor") String cursor,
      UriInfo uri) {
    MeetingFilter filter = query.filter();
    return meetingLists.csv(
        query.ids(filter, meetings, search),
        Params.blankToNull(cursor),
        CsvExport.limit(limit),
        uri);
  }

  @GET
  @Path("regulations.csv")
  @Operation(
      summary = "The regulation list as CSV (regulations.csv)",
      description =
          "The list of GET /api/v1/regulations with the same filters, in its order, as a CSV"
              + " file.")
  @APIResponse(
      responseCode = "200",
      description = "A regulations.csv attachment",
      headers = {
        @Header(name = "Link", ref = "ExportLink"),
        @Header(name = "Content-Disposition", ref = "ExportDisposition")
      },
      content =
          @Content(
              mediaType = CsvExport.TEXT_CSV,
              schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
              examples =
                  @ExampleObject(
                      name = "csv",
                      summary = "regulations.csv",
                      value = OpenApiExamples.REGULATIONS_CSV)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  public Response regulations(
      @BeanParam RegulationListQuery query,
      @Parameter(ref = "ExportLimit") @QueryParam("limit") String limit,
      @Parameter(ref = "ExportCursor") @QueryParam("cursor") String cursor,
      UriInfo uri) {
    RegulationFilter filter = query.filter();
    return CsvExport.response(
        "regulations.csv",
        CsvTables.REGULATIONS,
        Params.blankToNull(cursor),
        CsvExport.limit(limit),
        RegulationListQuery.ids(filter, regulations, search),
        batch -> inOrder(batch, regulations.details(batch), RegulationResponse::of),
        uri);
  }

  @GET
  @Path("regulations/{id}/citations.csv")
  @Operation(
      summary = "A regulation's citations as CSV (citations.csv)",
      description =
          "The list of GET /api/v1/regulations/{id}/citations, in its order, as a CSV file. 404"
              + " when there is no such regulation.")
  @APIResponse(
      responseCode = "200",
      description = "A citations.csv attachment",
      headers = {
        @Header(name = "Link", ref = "ExportLink"),
        @Header(name = "Content-Disposition", ref = "ExportDisposition")
      },
      content =
          @Content(
              mediaType = CsvExport.TEXT_CSV,
              schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
              examples =
                  @ExampleObject(
                      name = "csv",
                      summary = "citations.csv",
                      value = OpenApiExamples.CITATIONS_CSV)))
  @APIResponse(responseCode = "400", ref = "BadExportOfRegulation")
  @APIResponse(responseCode = "404", ref = "RegulationNotFound")
  public Response regulationCitations(
      @Parameter(ref = "RegulationId") @PathParam("id") String id,
      @Parameter(ref = "ExportLimit") @QueryParam("limit") String limit,
      @Parameter(ref = "ExportCursor") @QueryParam("cursor") String cursor,
      UriInfo uri) {
    long key = knownRegulation(id);
    return CsvExport.response(
        "citations.csv",
        CsvTables.CITATIONS,
        Params.blankToNull(cursor),
        CsvExport.limit(limit),
        request -> regulations.citationIds(key, request),
        batch -> inOrder(batch, regulations.citationViews(batch), RegulationCitationResponse::of),
        uri);
  }

  @GET
  @Path("regulations/{id}/meetings.csv")
  @Operation(
      summary = "The meetings of a regulation as CSV (meetings.csv)",
      description =
          "The list of GET /api/v1/regulations/{id}/meetings, in its order, as a CSV file. 404"
              + " when there is no such regulation.")
  @APIResponse(
      responseCode = "200",
      description = "A meetings.csv attachment",
      headers = {
        @Header(name = "Link", ref = "ExportLink"),
        @Header(name = "Content-Disposition", ref = "ExportDisposition")
      },
      content =
          @Content(
              mediaType = CsvExport.TEXT_CSV,
              schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
              examples =
                  @ExampleObject(
                      name = "csv",
                      summary = "meetings.csv",
                      value = OpenApiExamples.MEETINGS_CSV)))
  @APIResponse(responseCode = "400", ref = "BadExportOfRegulation")
  @APIResponse(responseCode = "404", ref = "RegulationNotFound")
  public Response regulationMeetings(
      @Parameter(ref = "RegulationId") @PathParam("id") String id,
      @Parameter(ref = "ExportLimit") @QueryParam("limit") String limit,
      @Parameter(ref = "ExportCursor") @QueryParam("cursor") String cursor,
      UriInfo uri) {
    long key = knownRegulation(id);
    MeetingFilter filter = MeetingFilter.ofRegulation(key);
    return meetingLists.csv(
        request -> meetings.ids(filter, request, Direction.DESC),
        Params.blankToNull(cursor),
        CsvExport.limit(limit),
        uri);
  }

  /** The key of the regulation with this path id, or a 404. */
  private long knownRegulation(String id) {
    long key = Params.id("id", id);
    if (regulations.find(key).isEmpty()) {
      throw new ResourceNotFoundException("Regulation", key);
    }
    return key;
  }

  /** The items of {@code ids} in their order, converted; vanished ones left out. */
  private static <V, R> List<R> inOrder(List<Long> ids, Map<Long, V> found, Function<V, R> to) {
    return ids.stream().map(found::get).filter(Objects::nonNull).map(to).toList();
  }
}
