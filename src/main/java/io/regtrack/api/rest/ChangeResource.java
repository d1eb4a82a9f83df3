package io.regtrack.api.rest;

import io.regtrack.change.ChangePage;
import io.regtrack.change.ChangeService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sync feed: what was created, updated or deleted, for integrations that re-sync. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Changes",
    description =
        "The sync feed: created, updated and deleted documents, meetings, regulations and persons")
public class ChangeResource {
  static final String DESCRIPTION =
      """
      Every creation, update and deletion of a document, meeting, regulation or person, oldest \
      first. Response {items, nextToken, hasMore}; each item is {type, id, nodeId, action, at}. \
      Keep nextToken and pass it back as since: it is always present, also when there is nothing \
      new yet, and while hasMore is true a Link: <…>; rel="next" header carries the URL of the \
      next page.

      Guarantee: reading on from a nextToken never misses a change, and paging on returns each \
      change once, in a stable order (by writing transaction, then by the order of its changes). \
      A change that commits late is not lost behind a position already read: the feed shows a \
      transaction's changes only once every transaction that started writing before it has \
      finished, so a change may show up a little later (while an older write is still running), \
      never out of order. A transaction reports each object once with its net effect: CREATED \
      (also when it was then updated), UPDATED, or DELETED (also when it was created first).

      UPDATED means that what GET returns for the object may have changed: its fields or its own \
      links (a meeting's documents, participants and regulations; a person's appearances and \
      meetings; a regulation's citations, relations and counts; a document's meetings and \
      persons). Objects shown inside another (a meeting inside a document, a regulation inside a \
      citation) report their changes under their own type and id. A meeting or person merged into \
      another is DELETED and the survivor UPDATED; a deleted object leaves a tombstone, so its \
      DELETED item never goes away. Apply items in order; the same object appears again for each \
      later transaction that changes it.

      since as a date-time starts with the first change made at or after it (changes of \
      transactions that started before it and committed after it come too): use it for a first \
      sync, then the token. Without since the feed starts at the beginning.
      """;

  private final ChangeService changes;

  public ChangeResource(ChangeService changes) {
    this.changes = changes;
  }

  @GET
  @Operation(
      summary = "What was created, updated or deleted since a token or time",
      description = DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "A page of changes",
      headers =
          @Header(
              name = "Link",
              description = "<URL of the next page>; rel=\"next\", while hasMore is true",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangesResponse.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "A page after ingesting an article, then deleting another",
                      value =
                          """
                          {"items": [
                            {"type": "DOCUMENT", "id": 42, "nodeId": "RG9jdW1lbnQ6NDI", "action": "CREATED", "at": "2025-03-14T02:11:09.412Z"},
                            {"type": "REGULATION", "id": 25, "nodeId": "UmVndWxhdGlvbjoyNQ", "action": "UPDATED", "at": "2025-03-14T02:11:09.412Z"},
                            {"type": "PERSON", "id": 77, "nodeId": "UGVyc29uOjc3", "action": "CREATED", "at": "2025-03-14T02:11:09.412Z"},
                            {"type": "MEETING", "id": 3, "nodeId": "TWVldGluZzoz", "action": "UPDATED", "at": "2025-03-14T02:11:09.412Z"},
                            {"type": "DOCUMENT", "id": 9, "nodeId": "RG9jdW1lbnQ6OQ", "action": "DELETED", "at": "2025-03-14T02:15:40.003Z"},
                            {"type": "MEETING", "id": 8, "nodeId": "TWVldGluZzo4", "action": "DELETED", "at": "2025-03-14T02:15:40.003Z"}],
                           "nextToken": "Y2hhbmdlczp2MTo4MTIuMTA0Nw",
                           "hasMore": false}
                          """)))
  @APIResponse(
      responseCode = "400",
      description =
          "since is neither a date-time with an offset nor a token; limit is out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "badSince", value = OpenApiExamples.PROBLEM_400_SINCE)))
  public Response list(
      @Parameter(
              description =
                  "Where to start: the nextToken of a previous page, or an ISO-8601 date-time with"
                      + " an offset (2025-03-14T00:00:00Z, 2025-03-14T07:00:00+07:00; encode + as"
                      + " %2B). Omit it to read from the beginning.",
              example = "2025-03-14T00:00:00Z")
          @QueryParam("since")
          String since,
      @Parameter(
              description = "Page size, 1–1000 (default 100)",
              example = "100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "1000",
                      defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      UriInfo uri) {
    ChangePage page =
        changes.read(
            since, Params.limit(limit, ChangeService.DEFAULT_LIMIT, ChangeService.MAX_LIMIT));
    return Pages.withNextLink(
        Response.ok(ChangesResponse.of(page)),
        "since",
        page.hasMore() ? page.nextToken() : null,
        uri);
  }
}
