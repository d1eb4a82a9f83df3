package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.time.DateBounds;
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

/** The regulation registry: list, read, look up by symbol, citations. */
@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations", description = "The deduplicated registry of cited regulations")
public class RegulationResource {
  /** Earliest and latest accepted issue years: the API's date bounds ({@link DateBounds}). */
  static final int MIN_YEAR = DateBounds.MIN_YEAR;

  static final int MAX_YEAR = DateBounds.MAX_YEAR;

  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final MeetingLists meetingLists;
  private final SearchService search;

  public RegulationResource(
      RegulationQueries regulations,
      MeetingQueries meetings,
      MeetingLists meetingLists,
      SearchService search) {
    this.regulations = regulations;
    this.meetings = meetings;
    this.meetingLists = meetingLists;
    this.search = search;
  }

  @GET
  @Operation(
      summary =
          "Regulations, most recently registered first (by relevance with q), cursor-paginated",
      description =
          "Filters combine with AND. With q, the regulations matching the search (GET"
              + " /api/v1/search) in its order: exact symbol, then kind and number, then title."
              + " Response {items, nextCursor}; while there is a next page, a"
              + " Link: <…>; rel=\"next\" header carries its URL. The same list as CSV: GET"
              + " /api/v1/exports/regulations.csv.")
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
              schema = @Schema(implementation = ListSchemas.RegulationList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "Regulations issued by the Bộ Chính trị",
                      value = OpenApiExamples.REGULATION_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  public Response list(
      @BeanParam RegulationListQuery query,
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
    RegulationFilter filter = query.filter();
    Page<RegulationDetail> page =
        filter.q() == null
            ? regulations.list(filter, Params.limit(limit), Params.blankToNull(cursor))
            : search
                .regulations(
                    filter.q(),
                    filter,
                    PageRequest.first(Params.limit(limit), Params.blankToNull(cursor)))
                .load(regulations::details)
                .toPage();
    ListResponse<RegulationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(RegulationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(
        Response.ok(entity, MediaType.APPLICATION_JSON_TYPE), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A regulation with its relations, citation and meeting counts and field conflicts",
      description =
          "The registry's record: the values most citing documents state, every relation any"
              + " document states, and the fields on which documents disagree. 404 when there is no"
              + " such regulation.")
  @Conditional
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The regulation",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegulationResponse.class),
              examples =
                  @ExampleObject(
                      name = "regulation",
                      summary = "Quy định số 58-QĐ/TW of the Bộ Chính trị",
                      value = OpenApiExamples.REGULATION)))
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
      description = "No regulation has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "notFound",
                      value = OpenApiExamples.PROBLEM_404_REGULATION)))
  public RegulationResponse get(
      @Parameter(
              description = "Regulation id",
              example = "25",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    long key = Params.id("id", id);
    return RegulationResponse.of(
        regulations.find(key).orElseThrow(() -> new ResourceNotFoundException("Regulation", key)));
  }

  @GET
  @Path("lookup")
  @Operation(
      summary = "The regulation a symbol denotes",
      description =
          "Accepts the symbol as written (\"58-QĐ/TW\", \"58-QĐ/TƯ\") and tolerates a missing Đ"
              + " stroke, swapped / and - and spaces (\"58-QD/TW\", \"58/QĐ-TW\", \"58 QĐ TW\")"
              + " when no regulation has the exact symbol. When several regulations share the"
              + " symbol (local series of other provinces, other terms), the most cited is"
              + " returned (then the most recently issued); year narrows them. 404 when none.")
  @Conditional
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The regulation",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegulationResponse.class),
              examples =
                  @ExampleObject(
                      name = "regulation",
                      summary = "Quy định số 58-QĐ/TW of the Bộ Chính trị",
                      value = OpenApiExamples.REGULATION)))
  @APIResponse(responseCode = "304", description = OpenApiTexts.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description = "symbol is missing, or year is not a year from 1900 to 2100",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "noSymbol", value = OpenApiExamples.PROBLEM_400_SYMBOL)))
  @APIResponse(
      responseCode = "404",
      description = "No regulation has this symbol",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_SYMBOL)))
  public RegulationResponse lookup(
      @Parameter(
              description = "The symbol as written, with or without diacritics",
              required = true,
              example = "58-QĐ/TW")
          @QueryParam("symbol")
          String symbol,
      @Parameter(
              description = "Issue year, to choose among regulations sharing a symbol",
              example = "2022",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1900",
                      maximum = "2100"))
          @QueryParam("year")
          String year) {
    if (symbol == null || symbol.isBlank()) {
      throw new InvalidInputException("symbol", "symbol is required, e.g. symbol=58-QĐ/TW");
    }
    return RegulationResponse.of(
        regulations
            .lookup(symbol, Params.year("year", year))
            .orElseThrow(() -> new ResourceNotFoundException("Regulation with symbol", symbol)));
  }

  @GET
  @Path("{id}/citations")
  @Operation(
      summary = "Citations of a regulation across documents, newest first, cursor-paginated",
      description =
          "Response {items, nextCursor} with a Link rel=\"next\" header while there is a next"
              + " page; as CSV: GET /api/v1/exports/regulations/{id}/citations.csv. 404 when"
              + " there is no such regulation.")
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
              schema = @Schema(implementation = ListSchemas.RegulationCitationList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "The citations of 58-QĐ/TW in one report",
                      value = OpenApiExamples.CITATION_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID_PAGE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  @APIResponse(
      responseCode = "404",
      description = "No regulation has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "notFound",
                      value = OpenApiExamples.PROBLEM_404_REGULATION)))
  public Response citations(
      @Parameter(
              description = "Regulation id",
              example = "25",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id,
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
    long key = Params.id("id", id);
    Page<CitationView> page =
        regulations.citations(key, Params.limit(limit), Params.blankToNull(cursor));
    ListResponse<RegulationCitationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(RegulationCitationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(
        Response.ok(entity, MediaType.APPLICATION_JSON_TYPE), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}/meetings")
  @Operation(
      summary =
          "Meetings that disseminated, reviewed or discussed a regulation, latest date first"
              + " (undated last), cursor-paginated",
      description =
          "The same list as GET /meetings?regulation={id}; as CSV: GET"
              + " /api/v1/exports/regulations/{id}/meetings.csv. 404 when there is no such"
              + " regulation.")
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
                      summary = "The meetings that disseminated 58-QĐ/TW",
                      value = OpenApiExamples.MEETING_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID_PAGE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  @APIResponse(
      responseCode = "404",
      description = "No regulation has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "notFound",
                      value = OpenApiExamples.PROBLEM_404_REGULATION)))
  public Response meetings(
      @Parameter(
              description = "Regulation id",
              example = "25",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id,
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
    long key = Params.id("id", id);
    if (regulations.find(key).isEmpty()) {
      throw new ResourceNotFoundException("Regulation", key);
    }
    MeetingFilter filter = MeetingFilter.ofRegulation(key);
    return meetingLists.page(
        meetings.list(filter, Params.limit(limit), Params.blankToNull(cursor)), uri);
  }
}
