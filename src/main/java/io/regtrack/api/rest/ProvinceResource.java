package io.regtrack.api.rest;

import io.regtrack.province.ProvinceEra;
import io.regtrack.province.ProvinceService;
import io.regtrack.province.ProvinceView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The province gazetteer. */
@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Provinces",
    description = "The 63 provinces before 1 July 2025, the 34 after, and the mapping between them")
public class ProvinceResource {
  private final ProvinceService provinces;

  public ProvinceResource(ProvinceService provinces) {
    this.provinces = provinces;
  }

  @GET
  @Operation(
      summary = "Every provincial-level unit, pre- and post-merger, with the merger mapping",
      description =
          "A small reference list, not paginated: 64 units, the 63 before the merger and the 34"
              + " after (33 of them continue, listed once as era BOTH); era narrows it.")
  @APIResponse(
      responseCode = "200",
      description = "Every unit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ProvinceResponse.class),
              examples =
                  @ExampleObject(
                      name = "units",
                      summary =
                          "Two of the units: Sóc Trăng, merged on 1 July 2025, and Cần Thơ, which"
                              + " it became part of",
                      value = OpenApiExamples.PROVINCES)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown era",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badEra", value = OpenApiExamples.PROBLEM_400)))
  public List<ProvinceResponse> list(
      @Parameter(
              description =
                  "Only the units of an era: PRE_2025 the 63 before 1 July 2025, POST_2025 the 34"
                      + " after, BOTH the 33 that continue (case-insensitive)",
              example = "POST_2025",
              schema = @Schema(implementation = ProvinceEra.class))
          @QueryParam("era")
          String era) {
    return provinces.inEra(Params.enumValue("era", era, ProvinceEra.class)).stream()
        .map(this::response)
        .toList();
  }

  private ProvinceResponse response(ProvinceView p) {
    return new ProvinceResponse(
        p.id(),
        p.code(),
        p.name(),
        p.kind(),
        p.era(),
        provinces.today(p).name(),
        p.era().existsToday()
            ? provinces.predecessors(p).stream().map(ProvinceView::name).toList()
            : List.of(),
        p.aliases());
  }
}
