package io.regtrack.api.rest;

import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonDetail;
import io.regtrack.person.PersonQueries;
import io.regtrack.person.PersonSummary;
import io.regtrack.search.SearchService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Persons the documents name, merged across documents. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "Persons named in the articles, with positions over time")
public class PersonResource {
  private final PersonQueries persons;
  private final MeetingQueries meetings;
  private final SearchService search;

  public PersonResource(PersonQueries persons, MeetingQueries meetings, SearchService search) {
    this.persons = persons;
    this.meetings = meetings;
    this.search = search;
  }

  @GET
  @Operation(
      summary = "Persons, most recently added first (by relevance with q), cursor-paginated",
      description =
          "Response {items, nextCursor}; while there is a next page, a Link: <…>; rel=\"next\""
              + " header carries its URL.")
  public Response list(
      @Parameter(
              description =
                  "Words that must all occur in the name, ignoring case and diacritics (\"lâm"
                      + " văn\", \"lam van man\"); results by relevance (the whole name first)."
                      + " When no name has them all, names of similar spelling (\"lam van mn\")")
          @QueryParam("q")
          String q,
      @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "Opaque cursor from the previous page's nextCursor")
          @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    Page<PersonSummary> page =
        blankToNull(q) == null
            ? persons.list(null, Params.limit(limit), blankToNull(cursor))
            : search
                .persons(q, PageRequest.first(Params.limit(limit), blankToNull(cursor)))
                .load(persons::findAll)
                .toPage();
    ListResponse<PersonResponse> entity =
        new ListResponse<>(
            page.items().stream().map(PersonResponse::of).toList(), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A person with positions over time and meetings",
      description =
          "Each appearance (document) with its date, the positions stated there and the meetings"
              + " of that document the person took part in; then every meeting. 404 when there is"
              + " no such person.")
  @Conditional
  public PersonDetailResponse get(
      @Parameter(description = "Person id") @PathParam("id") String id) {
    long key = Params.id("id", id);
    PersonDetail person =
        persons.find(key).orElseThrow(() -> new ResourceNotFoundException("Person", key));
    return PersonDetailResponse.of(person, meetings.participations(key));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
