package io.regtrack.api.rest;

import io.regtrack.organization.OrganizationDetail;
import io.regtrack.organization.OrganizationFilter;
import io.regtrack.organization.OrganizationKind;
import io.regtrack.organization.OrganizationService;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import io.regtrack.search.SearchQuery;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations: issuers, organizers and the bodies positions name. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Issuers, organizers and bodies named in positions")
public class OrganizationResource {
  private final OrganizationService organizations;
  private final ProvinceService provinces;

  public OrganizationResource(OrganizationService organizations, ProvinceService provinces) {
    this.organizations = organizations;
    this.provinces = provinces;
  }

  @GET
  @Operation(
      summary = "Organizations, most recently registered first, cursor-paginated",
      description =
          "Filters combine with AND. Response {items, nextCursor}; while there is a next page, a"
              + " Link: <…>; rel=\"next\" header carries its URL.")
  public Response list(
      @Parameter(
              description =
                  "Words that must all occur in the name, ignoring case and diacritics (\"tinh uy"
                      + " ha nam\")")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Kind: PARTY_CENTRAL, PARTY_LOCAL, STATE_CENTRAL, STATE_LOCAL,"
                      + " MASS_ORGANIZATION, OTHER")
          @QueryParam("kind")
          String kind,
      @Parameter(
              description =
                  "Province name, alias or code; a unit existing today also covers the"
                      + " pre-merger units that became part of it")
          @QueryParam("province")
          String province,
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    OrganizationFilter filter = new OrganizationFilter(words(q), kind(kind), province(province));
    Page<OrganizationDetail> page =
        organizations.list(filter, Params.limit(limit), blankToNull(cursor));
    ListResponse<OrganizationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(OrganizationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An organization", description = "404 when there is no such organization.")
  @Conditional
  public OrganizationResponse get(
      @Parameter(description = "Organization id") @PathParam("id") String id) {
    long key = Params.id("id", id);
    OrganizationDetail org = organizations.details(List.of(key)).get(key);
    if (org == null) {
      throw new ResourceNotFoundException("Organization", key);
    }
    return OrganizationResponse.of(org);
  }

  private ProvinceView province(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return provinces
        .byName(raw)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "province",
                    "province must be a province name, alias or code (\"Hà Nam\", \"ha-nam\"),"
                        + " got '"
                        + raw
                        + "'"));
  }

  /** The q filter: at most as long as a search query, like q on the other lists. */
  private static String words(String raw) {
    String q = blankToNull(raw);
    if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
      throw new InvalidInputException(
          "q", "q must be at most " + SearchQuery.MAX_LENGTH + " characters, got " + q.length());
    }
    return q;
  }

  private static OrganizationKind kind(String raw) {
    return Params.enumValue("kind", raw, OrganizationKind.class);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
