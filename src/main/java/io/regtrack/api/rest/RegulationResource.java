package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingFilter;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulation registry: list, read, look up by symbol, citations. */
@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations", description = "The deduplicated registry of cited regulations")
public class RegulationResource {
  /** Earliest and latest accepted issue years. */
  static final int MIN_YEAR = 1900;

  static final int MAX_YEAR = 2200;

  /** An issuer filter that is an organization id: digits only, e.g. "12". */
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final SearchService search;

  public RegulationResource(
      RegulationQueries regulations, MeetingQueries meetings, SearchService search) {
    this.regulations = regulations;
    this.meetings = meetings;
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
              + " Link: <…>; rel=\"next\" header carries its URL.")
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
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    String issuerValue = blankToNull(issuer);
    boolean issuerIsId = issuerValue != null && DIGITS.matcher(issuerValue).matches();
    RegulationFilter filter =
        new RegulationFilter(
            kind(kind),
            issuerIsId ? Long.valueOf(issuerValue) : null,
            issuerIsId ? null : issuerValue,
            year("year", year),
            blankToNull(q));
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
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
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
  @Operation(summary = "Citations of a regulation across documents, newest first, cursor-paginated")
  public Response citations(
      @Parameter(description = "Regulation id") @PathParam("id") String id,
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    Page<CitationView> page =
        regulations.citations(Params.id("id", id), Params.limit(limit), blankToNull(cursor));
    ListResponse<RegulationCitationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(RegulationCitationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}/meetings")
  @Operation(
      summary =
          "Meetings that disseminated, reviewed or discussed a regulation, latest date first"
              + " (undated last), cursor-paginated",
      description = "404 when there is no such regulation.")
  public Response meetings(
      @Parameter(description = "Regulation id") @PathParam("id") String id,
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    long key = Params.id("id", id);
    int size = Params.limit(limit);
    if (regulations.find(key).isEmpty()) {
      throw new ResourceNotFoundException("Regulation", key);
    }
    Page<MeetingDetail> page =
        meetings.list(MeetingFilter.ofRegulation(key), size, blankToNull(cursor));
    ListResponse<MeetingResponse> entity =
        new ListResponse<>(MeetingResponse.of(page.items(), regulations), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  private static RegulationKind kind(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return RegulationKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "kind",
          "kind must be one of "
              + Arrays.stream(RegulationKind.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", got '"
              + raw
              + "'");
    }
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
