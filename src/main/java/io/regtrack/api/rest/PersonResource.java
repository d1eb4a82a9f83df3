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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
  @APIResponse(
      responseCode = "200",
      description = "A page of persons",
      headers =
          @Header(
              name = "Link",
              description = OpenApiTexts.LINK,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListSchemas.PersonList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "Persons named Trần Quốc Khánh",
                      value = OpenApiExamples.PERSON_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "badLimit", value = OpenApiExamples.PROBLEM_400_LIMIT)))
  public Response list(
      @Parameter(
              description =
                  "Words that must all occur in the name, ignoring case and diacritics (\"lâm"
                      + " văn\", \"lam van man\"); results by relevance (the whole name first)."
                      + " When no name has them all, names of similar spelling (\"lam van mn\")",
              example = "tran quoc khanh")
          @QueryParam("q")
          String q,
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
    Page<PersonSummary> page =
        Params.blankToNull(q) == null
            ? persons.list(null, Params.limit(limit), Params.blankToNull(cursor))
            : search
                .persons(q, PageRequest.first(Params.limit(limit), Params.blankToNull(cursor)))
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
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The person",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonDetailResponse.class),
              examples =
                  @ExampleObject(
                      name = "person",
                      summary = "A person chairing one meeting",
                      value = OpenApiExamples.PERSON)))
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
      description = "No person has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_PERSON)))
  public PersonDetailResponse get(
      @Parameter(
              description = "Person id",
              example = "77",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    long key = Params.id("id", id);
    PersonDetail person =
        persons.find(key).orElseThrow(() -> new ResourceNotFoundException("Person", key));
    return PersonDetailResponse.of(person, meetings.participations(key));
  }
}
