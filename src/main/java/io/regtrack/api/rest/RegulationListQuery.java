package io.regtrack.api.rest;

import io.regtrack.regulation.RegulationFilter;
import io.regtrack.regulation.RegulationKind;
import io.regtrack.regulation.RegulationOrder;
import io.regtrack.regulation.RegulationQueries;
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
 * The filters of the regulation list, shared by its JSON pages (GET /api/v1/regulations) and its
 * CSV export (GET /api/v1/exports/regulations.csv).
 */
public record RegulationListQuery(
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
        String q) {

  /**
   * The feature filter (its {@code q} the search words, or null).
   *
   * @throws io.regtrack.shared.error.InvalidInputException naming the parameter at fault
   */
  RegulationFilter filter() {
    Params.IdOrText issuerValue = Params.idOrText("issuer", issuer, Params.A_NAME);
    return new RegulationFilter(
        Params.enumValue("kind", kind, RegulationKind.class),
        issuerValue.id(),
        issuerValue.text(),
        Params.year("year", year),
        Params.blankToNull(q));
  }

  /**
   * The ids of the list in its order: by relevance with {@code q}, else most recently registered
   * first.
   *
   * @param filter this query's {@link #filter()}
   */
  static Function<PageRequest, Slice<Long>> ids(
      RegulationFilter filter, RegulationQueries regulations, SearchService search) {
    return filter.q() == null
        ? request -> regulations.ids(filter, request, RegulationOrder.REGISTERED, Direction.DESC)
        : request -> search.regulations(filter.q(), filter, request);
  }
}
