package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationOrder;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Keyset.Direction;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.time.DateBounds;
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
import java.util.Map;
import java.util.Objects;
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
  @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
  @Operation(
      summary =
          "Regulations, most recently registered first (by relevance with q), cursor-paginated;"
              + " CSV export",
      description =
          "Filters combine with AND. With q, the regulations matching the search (GET"
              + " /api/v1/search) in its order: exact symbol, then kind and number, then title."
              + " Response {items, nextCursor}; while there is a next page, a"
              + " Link: <…>; rel=\"next\" header carries its URL. With Accept: text/csv the"
              + " same filtered list as a CSV file (regulations.csv): see the text/csv response.")
  @APIResponse(
      responseCode = "200",
      description =
          "JSON {items, nextCursor} by default; with Accept: text/csv the whole filtered list as"
              + " a regulations.csv attachment",
      headers = {
        @Header(
            name = "Link",
            description = OpenApiTexts.CSV_LINK,
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"regulations.csv\"",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.RegulationList.class),
            examples =
                @ExampleObject(
                    name = "page",
                    summary = "Regulations issued by the Bộ Chính trị",
                    value = OpenApiExamples.REGULATION_LIST)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
            examples =
                @ExampleObject(
                    name = "csv",
                    summary = "regulations.csv",
                    value = OpenApiExamples.REGULATIONS_CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
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
                  "Kind: REGULATION, DIRECTIVE, RESOLUTION, GUIDANCE, CONCLUSION, DECISION,"
                      + " NOTICE, PLAN, RULES, DECREE, CIRCULAR, LAW, OFFICIAL_LETTER, OTHER"
                      + " (case-insensitive)",
              example = "REGULATION",
              schema = @Schema(implementation = RegulationKind.class))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description =
                  "Issuer: an organization id, or its name ignoring case and diacritics (\"Bộ"
                      + " Chính trị\", \"bo chinh tri\"); a numeric value is an id and must be a positive integer",
              example = "Bộ Chính trị")
          @QueryParam("issuer")
          String issuer,
      @Parameter(
              description = "Issue year, 1900–2100",
              example = "2022",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1900",
                      maximum = "2100"))
          @QueryParam("year")
          String year,
      @Parameter(
              description =
                  "Search words that must all occur in the kind, number, symbol or title,"
                      + " ignoring case and diacritics (\"quy định 58\", \"bao ve chinh tri\"), or"
                      + " a symbol (\"58-QD/TW\", \"QĐ 58\") or issue date (\"8-2-2022\")",
              example = "quy dinh 58")
          @QueryParam("q")
          String q,
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
    Params.IdOrText issuerValue = Params.idOrText("issuer", issuer, Params.A_NAME);
    RegulationFilter filter =
        new RegulationFilter(
            kind(kind), issuerValue.id(), issuerValue.text(), year("year", year), blankToNull(q));
    if (CsvExport.wanted(headers)) {
      return CsvExport.response(
          "regulations.csv",
          CsvTables.REGULATIONS,
          blankToNull(cursor),
          CsvExport.limit(limit),
          filter.q() == null
              ? request ->
                  regulations.ids(filter, request, RegulationOrder.REGISTERED, Direction.DESC)
              : request -> search.regulations(filter.q(), filter, request),
          batch -> inOrder(batch, regulations.details(batch), RegulationResponse::of),
          uri);
    }
    Page<RegulationDetail> page =
        filter.q() == null
            ? regulations.list(filter, Params.limit(limit), blankToNull(cursor))
            : search
                .regulations(
                    filter.q(), filter, PageRequest.first(Params.limit(limit), blankToNull(cursor)))
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
            .lookup(symbol, year("year", year))
            .orElseThrow(() -> new ResourceNotFoundException("Regulation with symbol", symbol)));
  }

  @GET
  @Path("{id}/citations")
  @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
  @Operation(
      summary =
          "Citations of a regulation across documents, newest first, cursor-paginated; CSV"
              + " export",
      description =
          "Response {items, nextCursor} with a Link rel=\"next\" header while there is a next"
              + " page; with Accept: text/csv all of them as a CSV file (citations.csv). 404 when"
              + " there is no such regulation.")
  @APIResponse(
      responseCode = "200",
      description =
          "JSON {items, nextCursor} by default; with Accept: text/csv the whole filtered list as"
              + " a citations.csv attachment",
      headers = {
        @Header(
            name = "Link",
            description = OpenApiTexts.CSV_LINK,
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"citations.csv\"",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.RegulationCitationList.class),
            examples =
                @ExampleObject(
                    name = "page",
                    summary = "The citations of 58-QĐ/TW in one report",
                    value = OpenApiExamples.CITATION_LIST)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV),
            examples =
                @ExampleObject(
                    name = "csv",
                    summary = "citations.csv",
                    value = OpenApiExamples.CITATIONS_CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID_PAGE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  @APIResponse(
      responseCode = "406",
      description = OpenApiTexts.NOT_ACCEPTABLE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notAcceptable", value = OpenApiExamples.PROBLEM_406)))
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
    long key = Params.id("id", id);
    if (CsvExport.wanted(headers)) {
      int rows = CsvExport.limit(limit);
      if (regulations.find(key).isEmpty()) {
        throw new ResourceNotFoundException("Regulation", key);
      }
      return CsvExport.response(
          "citations.csv",
          CsvTables.CITATIONS,
          blankToNull(cursor),
          rows,
          request -> regulations.citationIds(key, request),
          batch -> inOrder(batch, regulations.citationViews(batch), RegulationCitationResponse::of),
          uri);
    }
    Page<CitationView> page = regulations.citations(key, Params.limit(limit), blankToNull(cursor));
    ListResponse<RegulationCitationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(RegulationCitationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(
        Response.ok(entity, MediaType.APPLICATION_JSON_TYPE), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}/meetings")
  @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
  @Operation(
      summary =
          "Meetings that disseminated, reviewed or discussed a regulation, latest date first"
              + " (undated last), cursor-paginated; CSV export",
      description =
          "The same list as GET /meetings?regulation={id}, also as text/csv (meetings.csv). 404"
              + " when there is no such regulation.")
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
                    summary = "The meetings that disseminated 58-QĐ/TW",
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
      description = OpenApiTexts.BAD_ID_PAGE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badFilter", value = OpenApiExamples.PROBLEM_400)))
  @APIResponse(
      responseCode = "406",
      description = OpenApiTexts.NOT_ACCEPTABLE,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notAcceptable", value = OpenApiExamples.PROBLEM_406)))
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
    long key = Params.id("id", id);
    boolean csv = CsvExport.wanted(headers);
    int size = csv ? CsvExport.limit(limit) : Params.limit(limit);
    if (regulations.find(key).isEmpty()) {
      throw new ResourceNotFoundException("Regulation", key);
    }
    MeetingFilter filter = MeetingFilter.ofRegulation(key);
    if (csv) {
      return meetingLists.csv(
          request -> meetings.ids(filter, request, Direction.DESC), blankToNull(cursor), size, uri);
    }
    return meetingLists.page(meetings.list(filter, size, blankToNull(cursor)), uri);
  }

  /** The items of {@code ids} in their order, converted; vanished ones left out. */
  private static <V, R> List<R> inOrder(List<Long> ids, Map<Long, V> found, Function<V, R> to) {
    return ids.stream().map(found::get).filter(Objects::nonNull).map(to).toList();
  }

  private static RegulationKind kind(String raw) {
    return Params.enumValue("kind", raw, RegulationKind.class);
  }

  private static Integer year(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(raw.strip());
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(
        name,
        name + " must be a year from " + MIN_YEAR + " to " + MAX_YEAR + ", got '" + raw + "'");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
