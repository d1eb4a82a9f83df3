package io.regtrack.api.rest;

import io.regtrack.document.DocumentHeader;
import io.regtrack.document.DocumentService;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.meeting.MeetingSummary;
import io.regtrack.person.PersonQueries;
import io.regtrack.person.PersonSummary;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.regulation.RegulationSummary;
import io.regtrack.search.SearchHit;
import io.regtrack.search.SearchService;
import io.regtrack.search.SearchType;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.paging.Slice;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vietnamese search over documents, regulations, meetings and persons. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Diacritic-insensitive, typo-tolerant search")
public class SearchResource {
  private final SearchService search;
  private final DocumentService documents;
  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final PersonQueries persons;

  public SearchResource(
      SearchService search,
      DocumentService documents,
      RegulationQueries regulations,
      MeetingQueries meetings,
      PersonQueries persons) {
    this.search = search;
    this.documents = documents;
    this.regulations = regulations;
    this.meetings = meetings;
    this.persons = persons;
  }

  @GET
  @Operation(
      summary = "Search documents, regulations, meetings and persons",
      description =
          "Ignores case, diacritics and tone placement (\"quy dinh 58\", \"lam van man\", \"soc"
              + " trang\", \"uỷ\" = \"ủy\"). Understands symbols (\"58-QD/TW\", \"58 QĐ TW\","
              + " \"QĐ 58\", \"Quy định 58\"), phrases in quotes (\"\\\"bảo vệ chính trị\\\"\")"
              + " and Vietnamese dates (\"8-2-2022\", \"8/2/2022\", \"ngày 8 tháng 2 năm 2022\")."
              + " When nothing matches exactly, person names and regulation titles of similar spelling"
              + " are returned"
              + " (\"lam van mn\"). Hits are ordered by score (exact symbol > title > body), the"
              + " most recent first on ties. Response {items, nextCursor}; while there is a next"
              + " page, a Link: <…>; rel=\"next\" header carries its URL.")
  @APIResponse(
      responseCode = "200",
      description = "A page of hits, best first",
      headers =
          @Header(
              name = "Link",
              description = OpenApiTexts.LINK,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListSchemas.SearchHitList.class),
              examples =
                  @ExampleObject(
                      name = "hits",
                      summary = "Hits for q=quy dinh 58: the regulation, a report and its meeting",
                      value = OpenApiExamples.SEARCH)))
  @APIResponse(
      responseCode = "400",
      description =
          "q is missing or longer than 256 characters, an unknown type, or a malformed limit or"
              + " cursor",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "noQuery", value = OpenApiExamples.PROBLEM_400_QUERY)))
  public Response search(
      @Parameter(
              description = "The query, 1–256 characters",
              required = true,
              example = "quy dinh 58")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Types to search: repeat the parameter or separate them by commas; DOCUMENT,"
                      + " REGULATION, MEETING, PERSON, case-insensitive (default all)",
              example = "[\"REGULATION\", \"MEETING\"]",
              schema = @Schema(type = SchemaType.ARRAY, implementation = SearchType.class))
          @QueryParam("types")
          List<String> types,
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
    if (q == null || q.isBlank()) {
      throw new InvalidInputException("q", "q is required, e.g. q=quy dinh 58");
    }
    Slice<SearchHit> hits =
        search.search(
            q, types(types), PageRequest.first(Params.limit(limit), Params.blankToNull(cursor)));
    ListResponse<SearchHitResponse> entity =
        new ListResponse<>(responses(hits.items()), hits.toPage().nextCursor());
    return Pages.withNextLink(Response.ok(entity), entity.nextCursor(), uri);
  }

  /** The hits with their objects, loaded in one query per type. */
  private List<SearchHitResponse> responses(List<SearchHit> hits) {
    Map<SearchType, List<Long>> ids = new HashMap<>();
    hits.forEach(h -> ids.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(h.id()));
    Map<Long, DocumentHeader> docs =
        documents.headers(ids.getOrDefault(SearchType.DOCUMENT, List.of()));
    Map<Long, RegulationSummary> regs =
        regulations.summaries(ids.getOrDefault(SearchType.REGULATION, List.of()));
    Map<Long, MeetingSummary> meets =
        meetings.summaries(ids.getOrDefault(SearchType.MEETING, List.of()));
    Map<Long, PersonSummary> people =
        persons.findAll(ids.getOrDefault(SearchType.PERSON, List.of()));
    List<SearchHitResponse> out = new ArrayList<>(hits.size());
    for (SearchHit h : hits) {
      var highlights =
          h.highlights().stream().map(SearchHitResponse.HighlightResponse::of).toList();
      DocumentHeader d = docs.get(h.id());
      RegulationSummary r = regs.get(h.id());
      MeetingSummary m = meets.get(h.id());
      PersonSummary p = people.get(h.id());
      SearchHitResponse response =
          switch (h.type()) {
            case DOCUMENT ->
                d == null
                    ? null
                    : hit(h, NodeType.Document, highlights)
                        .with(DocumentSummary.of(d), null, null, null);
            case REGULATION ->
                r == null
                    ? null
                    : hit(h, NodeType.Regulation, highlights)
                        .with(null, RegulationRef.of(r), null, null);
            case MEETING ->
                m == null
                    ? null
                    : hit(h, NodeType.Meeting, highlights).with(null, null, MeetingRef.of(m), null);
            case PERSON ->
                p == null
                    ? null
                    : hit(h, NodeType.Person, highlights)
                        .with(null, null, null, PersonResponse.of(p));
          };
      if (response != null) {
        out.add(response);
      }
    }
    return out;
  }

  private static SearchHitResponse hit(
      SearchHit h, NodeType type, List<SearchHitResponse.HighlightResponse> highlights) {
    return new SearchHitResponse(
        h.type(), h.id(), GlobalId.of(type, h.id()), h.score(), highlights, null, null, null, null);
  }

  /** The types parameter: comma-separated and/or repeated names, case-insensitive. */
  static Set<SearchType> types(List<String> raw) {
    Set<SearchType> out = EnumSet.noneOf(SearchType.class);
    if (raw == null) {
      return out;
    }
    for (String value : raw) {
      for (String part : value.split(",")) {
        String name = part.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        if (name.endsWith("S") && !name.equals("S")) {
          name = name.substring(0, name.length() - 1); // "documents"
        }
        try {
          out.add(SearchType.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(
              "types",
              "types must be a comma-separated list of "
                  + Arrays.stream(SearchType.values())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))
                  + ", got '"
                  + part.strip()
                  + "'");
        }
      }
    }
    return out;
  }
}
