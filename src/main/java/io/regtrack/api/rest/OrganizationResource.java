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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
  @APIResponse(
      responseCode = "200",
      description = "A page of organizations",
      headers =
          @Header(
              name = "Link",
              description = OpenApiTexts.LINK,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListSchemas.OrganizationList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "Organizations in Sóc Trăng",
                      value = OpenApiExamples.ORGANIZATION_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "badProvince",
                      value = OpenApiExamples.PROBLEM_400_PROVINCE)))
  public Response list(
      @Parameter(
              description =
                  "Words that must all occur in the name, ignoring case and diacritics (\"tinh uy"
                      + " ha nam\"); at most 256 characters",
              example = "tinh uy soc trang")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Kind: PARTY_CENTRAL, PARTY_LOCAL, STATE_CENTRAL, STATE_LOCAL,"
                      + " MASS_ORGANIZATION, OTHER (case-insensitive)",
              example = "PARTY_LOCAL",
              schema = @Schema(implementation = OrganizationKind.class))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description =
                  "Province name, alias or code; a unit existing today also covers the"
                      + " pre-merger units that became part of it (\"Cần Thơ\" covers Sóc Trăng)",
              example = "Sóc Trăng")
          @QueryParam("province")
          String province,
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
    OrganizationFilter filter = new OrganizationFilter(words(q), kind(kind), province(province));
    Page<OrganizationDetail> page =
        organizations.list(filter, Params.limit(limit), Params.blankToNull(cursor));
    ListResponse<OrganizationResponse> entity =
        new ListResponse<>(
            page.items().stream().map(OrganizationResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "An organization",
      description =
          "Its canonical name, kind, province and the body it is part of. 404 when there is no"
              + " such organization.")
  @Conditional
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The organization",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationResponse.class),
              examples =
                  @ExampleObject(
                      name = "organization",
                      summary = "The standing committee of the Sóc Trăng Party Committee",
                      value = OpenApiExamples.ORGANIZATION)))
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
      description = "No organization has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "notFound",
                      value = OpenApiExamples.PROBLEM_404_ORGANIZATION)))
  public OrganizationResponse get(
      @Parameter(
              description = "Organization id",
              example = "12",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
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
    String q = Params.blankToNull(raw);
    if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
      throw new InvalidInputException(
          "q", "q must be at most " + SearchQuery.MAX_LENGTH + " characters, got " + q.length());
    }
    return q;
  }

  private static OrganizationKind kind(String raw) {
    return Params.enumValue("kind", raw, OrganizationKind.class);
  }
}
