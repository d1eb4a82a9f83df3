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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulation registry: list, read, look up by symbol, citations. */
@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations", description = "The deduplicated registry of cited regulations")
public class RegulationResource {
  /** Earliest and latest accepted issue years. */
  static final int MIN_YEAR = 1900;

  static final int MAX_YEAR = 2200;

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
            description = "<URL of the next page or of the rest of the export>; rel=\"next\""),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"regulations.csv\"")
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.RegulationList.class)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = "A malformed filter, limit or cursor",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "406",
      description = "Accept names neither application/json nor text/csv",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response list(
      @Parameter(
              description =
                  "Kind: REGULATION, DIRECTIVE, RESOLUTION, GUIDANCE, CONCLUSION,"
                      + " DECISION, NOTICE, PLAN, RULES, DECREE, CIRCULAR, LAW, OFFICIAL_LETTER, OTHER")
          @QueryParam("kind")
          String kind,
      @Parameter(
              description =
                  "Issuer: an organization id, or its name ignoring case and diacritics (\"Bộ"
                      + " Chính trị\", \"bo chinh tri\")")
          @QueryParam("issuer")
          String issuer,
      @Parameter(description = "Issue year, e.g. 2022") @QueryParam("year") String year,
      @Parameter(
              description =
                  "Search words that must all occur in the kind, number, symbol or title,"
                      + " ignoring case and diacritics (\"quy định 58\", \"bao ve chinh tri\"), or"
                      + " a symbol (\"58-QD/TW\", \"QĐ 58\") or issue date (\"8-2-2022\")")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Page size, 1–100 (default 20); for text/csv the most rows, 1–100,000 (default"
                      + " 100,000)")
          @QueryParam("limit")
          String limit,
      @Parameter(
              description =
                  "Opaque cursor from the previous page's nextCursor (or a Link rel=\"next\"):"
                      + " the list continues after it")
          @QueryParam("cursor")
          String cursor,
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
      summary = "A regulation with its relations, citation and meeting counts and field conflicts")
  @Conditional
  public RegulationResponse get(
      @Parameter(description = "Regulation id") @PathParam("id") String id) {
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
  public RegulationResponse lookup(
      @Parameter(description = "The symbol, e.g. 58-QĐ/TW", required = true) @QueryParam("symbol")
          String symbol,
      @Parameter(description = "Issue year, to choose among regulations sharing a symbol")
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
            description = "<URL of the next page or of the rest of the export>; rel=\"next\""),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"citations.csv\"")
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.RegulationCitationList.class)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = "A malformed filter, limit or cursor",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "406",
      description = "Accept names neither application/json nor text/csv",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such regulation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response citations(
      @Parameter(description = "Regulation id") @PathParam("id") String id,
      @Parameter(
              description =
                  "Page size, 1–100 (default 20); for text/csv the most rows, 1–100,000 (default"
                      + " 100,000)")
          @QueryParam("limit")
          String limit,
      @Parameter(
              description =
                  "Opaque cursor from the previous page's nextCursor (or a Link rel=\"next\"):"
                      + " the list continues after it")
          @QueryParam("cursor")
          String cursor,
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
            description = "<URL of the next page or of the rest of the export>; rel=\"next\""),
        @Header(
            name = "Content-Disposition",
            description = "CSV only: attachment; filename=\"meetings.csv\"")
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListSchemas.MeetingList.class)),
        @Content(
            mediaType = CsvExport.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, description = ListSchemas.CSV))
      })
  @APIResponse(
      responseCode = "400",
      description = "A malformed filter, limit or cursor",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "406",
      description = "Accept names neither application/json nor text/csv",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such regulation",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response meetings(
      @Parameter(description = "Regulation id") @PathParam("id") String id,
      @Parameter(
              description =
                  "Page size, 1–100 (default 20); for text/csv the most rows, 1–100,000 (default"
                      + " 100,000)")
          @QueryParam("limit")
          String limit,
      @Parameter(
              description =
                  "Opaque cursor from the previous page's nextCursor (or a Link rel=\"next\"):"
                      + " the list continues after it")
          @QueryParam("cursor")
          String cursor,
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
