package io.regtrack.api.rest;

import io.regtrack.document.DocumentService;
import io.regtrack.document.DocumentView;
import io.regtrack.meeting.MeetingDetail;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonQueries;
import io.regtrack.person.PersonSummary;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationQueries;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
              + " When nothing matches exactly, titles and names of similar spelling are returned"
              + " (\"lam van mn\"). Hits are ordered by score (exact symbol > title > body), the"
              + " most recent first on ties. Response {items, nextCursor}; while there is a next"
              + " page, a Link: <…>; rel=\"next\" header carries its URL.")
  public Response search(
      @Parameter(description = "The query, 1–256 characters", required = true) @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Types to search, comma-separated: DOCUMENT, REGULATION, MEETING, PERSON"
                      + " (default all)")
          @QueryParam("types")
          List<String> types,
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    if (q == null || q.isBlank()) {
      throw new InvalidInputException("q", "q is required, e.g. q=quy dinh 58");
    }
    Slice<SearchHit> hits =
        search.search(q, types(types), PageRequest.first(Params.limit(limit), blankToNull(cursor)));
    ListResponse<SearchHitResponse> entity =
        new ListResponse<>(responses(hits.items()), hits.toPage().nextCursor());
    return Pages.withNextLink(Response.ok(entity), entity.nextCursor(), uri);
  }

  /** The hits with their objects, loaded in one batch per type. */
  private List<SearchHitResponse> responses(List<SearchHit> hits) {
    Map<SearchType, List<Long>> ids = new HashMap<>();
    hits.forEach(h -> ids.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(h.id()));
    Map<Long, DocumentView> docs =
        documents.findAll(ids.getOrDefault(SearchType.DOCUMENT, List.of()));
    Map<Long, RegulationDetail> regs =
        regulations.details(ids.getOrDefault(SearchType.REGULATION, List.of()));
    Map<Long, MeetingResponse> meets = new HashMap<>();
    List<MeetingDetail> meetingDetails =
        List.copyOf(meetings.details(ids.getOrDefault(SearchType.MEETING, List.of())).values());
    List<MeetingResponse> meetingResponses = MeetingResponse.of(meetingDetails, regulations);
    for (int i = 0; i < meetingDetails.size(); i++) {
      meets.put(meetingDetails.get(i).id(), meetingResponses.get(i));
    }
    Map<Long, PersonSummary> people =
        persons.findAll(ids.getOrDefault(SearchType.PERSON, List.of()));
    List<SearchHitResponse> out = new ArrayList<>(hits.size());
    for (SearchHit h : hits) {
      var highlights =
          h.highlights().stream().map(SearchHitResponse.HighlightResponse::of).toList();
      SearchHitResponse response =
          switch (h.type()) {
            case DOCUMENT -> {
              DocumentView d = docs.get(h.id());
              yield d == null
                  ? null
                  : new SearchHitResponse(
                      "DOCUMENT",
                      h.id(),
                      GlobalId.of(NodeType.Document, h.id()),
                      h.score(),
                      highlights,
                      DocumentSummary.of(d),
                      null,
                      null,
                      null);
            }
            case REGULATION -> {
              RegulationDetail r = regs.get(h.id());
              yield r == null
                  ? null
                  : new SearchHitResponse(
                      "REGULATION",
                      h.id(),
                      GlobalId.of(NodeType.Regulation, h.id()),
                      h.score(),
                      highlights,
                      null,
                      RegulationResponse.of(r),
                      null,
                      null);
            }
            case MEETING -> {
              MeetingResponse m = meets.get(h.id());
              yield m == null
                  ? null
                  : new SearchHitResponse(
                      "MEETING",
                      h.id(),
                      GlobalId.of(NodeType.Meeting, h.id()),
                      h.score(),
                      highlights,
                      null,
                      null,
                      m,
                      null);
            }
            case PERSON -> {
              PersonSummary p = people.get(h.id());
              yield p == null
                  ? null
                  : new SearchHitResponse(
                      "PERSON",
                      h.id(),
                      GlobalId.of(NodeType.Person, h.id()),
                      h.score(),
                      highlights,
                      null,
                      null,
                      null,
                      PersonResponse.of(p));
            }
          };
      if (response != null) {
        out.add(response);
      }
    }
    return out;
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
