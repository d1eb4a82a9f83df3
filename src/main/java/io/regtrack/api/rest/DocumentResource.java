package io.regtrack.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.document.DocumentFilter;
import io.regtrack.document.DocumentHeader;
import io.regtrack.document.DocumentService;
import io.regtrack.document.DocumentView;
import io.regtrack.ingest.ArticleSubmission;
import io.regtrack.ingest.DocumentDeletionService;
import io.regtrack.ingest.HtmlSubmission;
import io.regtrack.ingest.IngestConfig;
import io.regtrack.ingest.IngestOutcome;
import io.regtrack.ingest.IngestService;
import io.regtrack.meeting.MeetingQueries;
import io.regtrack.person.PersonQueries;
import io.regtrack.regulation.CitationView;
import io.regtrack.regulation.RegulationDetail;
import io.regtrack.regulation.RegulationQueries;
import io.regtrack.search.SearchService;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.paging.Page;
import io.regtrack.shared.paging.PageRequest;
import io.regtrack.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ingests articles and reads documents. Resources translate; services decide. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Ingested articles and what was extracted from them")
public class DocumentResource {
  private final IngestService ingest;
  private final DocumentDeletionService deletion;
  private final DocumentService documents;
  private final RegulationQueries regulations;
  private final MeetingQueries meetings;
  private final PersonQueries persons;
  private final SearchService search;
  private final IngestConfig config;
  private final ObjectMapper json;

  public DocumentResource(
      IngestService ingest,
      DocumentDeletionService deletion,
      DocumentService documents,
      RegulationQueries regulations,
      MeetingQueries meetings,
      PersonQueries persons,
      SearchService search,
      IngestConfig config,
      ObjectMapper json) {
    this.ingest = ingest;
    this.deletion = deletion;
    this.documents = documents;
    this.regulations = regulations;
    this.meetings = meetings;
    this.persons = persons;
    this.search = search;
    this.config = config;
    this.json = json;
  }

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Ingest an article",
      description =
          "Body: the article as text/plain; charset=utf-8, as application/json {\"text\", \"url\","
              + " \"source\", \"publishedAt\"}, or as the saved news page in text/html (UTF-8: the"
              + " charset parameter, else a <meta charset> declaration, else UTF-8 is assumed;"
              + " any other charset is 415). From a page the article is extracted (headline,"
              + " publish time, paragraphs, captions, byline; navigation, scripts, styles,"
              + " comments, share bars and related-article lists left out) and ingested like the"
              + " same article as text; its canonical URL, og:site_name and publish time fill"
              + " url, source and publishedAt when the request does not give them. 201 +"
              + " Location for a new document; 200 with the existing document when the same"
              + " article (same normalized body) was ingested before. Requires an API key with"
              + " the editor role.")
  @RequestBody(
      required = true,
      description =
          "The article: a JSON submission, the scraped text, or the saved news page; UTF-8",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples =
                @ExampleObject(
                    name = "json",
                    summary = "A report of a Sóc Trăng meeting, with its URL and outlet",
                    value = OpenApiExamples.ARTICLE_JSON)),
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "The scraped article text: headline, publish line, paragraphs, captions,"
                            + " byline"),
            examples =
                @ExampleObject(
                    name = "text",
                    summary = "The same report as scraped text",
                    value = OpenApiExamples.ARTICLE_TEXT)),
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING, description = "The saved news page"),
            examples =
                @ExampleObject(
                    name = "page",
                    summary = "The same report as a news page",
                    value = OpenApiExamples.ARTICLE_HTML))
      })
  @APIResponse(
      responseCode = "201",
      description = "A new document",
      headers =
          @Header(
              name = "Location",
              description = OpenApiTexts.LOCATION,
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentResponse.class),
              examples =
                  @ExampleObject(
                      name = "document",
                      summary = "The document extracted from the report",
                      value = OpenApiExamples.DOCUMENT)))
  @APIResponse(
      responseCode = "200",
      description = "The article was ingested before: the existing document",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentResponse.class),
              examples =
                  @ExampleObject(
                      name = "document",
                      summary = "The document stored for the same article",
                      value = OpenApiExamples.DOCUMENT)))
  @APIResponse(
      responseCode = "400",
      description =
          "Empty body, no article found (parameter text, or body for an HTML page), invalid"
              + " UTF-8 or JSON, or a malformed publishedAt",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "empty", value = OpenApiExamples.PROBLEM_400_BODY)))
  @APIResponse(
      responseCode = "401",
      description = OpenApiTexts.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noKey", value = OpenApiExamples.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = OpenApiTexts.FORBIDDEN,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noRole", value = OpenApiExamples.PROBLEM_403)))
  @APIResponse(
      responseCode = "413",
      description = "Body larger than regtrack.ingest.max-body-bytes (default 2 MB)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "tooLarge", value = OpenApiExamples.PROBLEM_413)))
  @APIResponse(
      responseCode = "415",
      description = "Another Content-Type, or a charset other than UTF-8",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unsupported", value = OpenApiExamples.PROBLEM_415)))
  public Response ingest(
      byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(
              description =
                  "Where the article was published. Overrides the page's canonical URL; a JSON"
                      + " body's url field overrides this",
              example =
                  "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58")
          @QueryParam("url")
          String url,
      @Parameter(
              description =
                  "The outlet. Overrides og:site_name and the outlet the text names; a JSON body's"
                      + " source field overrides this",
              example = "Báo Sóc Trăng")
          @QueryParam("source")
          String source,
      @Parameter(
              description =
                  "Publish time, ISO-8601 date-time (with or without offset) or date. Overrides"
                      + " the page's or text's publish line; a JSON body's publishedAt field"
                      + " overrides this",
              example = "2022-03-15T10:20:00+07:00")
          @QueryParam("publishedAt")
          String publishedAt,
      UriInfo uri) {
    MediaType type = MediaType.valueOf(contentType);
    ArticleSubmission given =
        new ArticleSubmission(
            null,
            blankToNull(url),
            blankToNull(source),
            Params.dateTime("publishedAt", publishedAt));
    IngestOutcome outcome;
    if (RequestBodies.isHtml(type)) {
      String html = RequestBodies.html(body, type, config.maxBodyBytes());
      outcome =
          ingest.ingestHtml(
              new HtmlSubmission(html, given.url(), given.source(), given.publishedAt()));
    } else {
      String text = RequestBodies.text(body, type, config.maxBodyBytes());
      outcome =
          ingest.ingest(
              RequestBodies.isJson(type)
                  ? fromJson(text, given)
                  : new ArticleSubmission(text, given.url(), given.source(), given.publishedAt()));
    }
    DocumentResponse doc = response(load(outcome.documentId()));
    if (!outcome.created()) {
      return Response.ok(doc).build();
    }
    // A header, not Response.created: JAX-RS would resolve a relative URI against the Host header.
    URI location = PublicUrls.of("/api/v1/documents/" + doc.id());
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, location)
        .entity(doc)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A document with its citations, meetings and persons",
      description =
          "The article's body and metadata, every citation with its resolved regulation, the"
              + " meetings it reports (merged with other documents' reports of the same meeting)"
              + " and the persons it names. 404 when there is no such document.")
  @Conditional
  @Parameter(
      name = HttpHeaders.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = OpenApiTexts.IF_NONE_MATCH,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The document",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = OpenApiTexts.ETAG,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentResponse.class),
              examples =
                  @ExampleObject(
                      name = "document",
                      summary = "A report of a Sóc Trăng meeting disseminating Quy định 58-QĐ/TW",
                      value = OpenApiExamples.DOCUMENT)))
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
      description = "No document has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_DOCUMENT)))
  public DocumentResponse get(
      @Parameter(
              description = "Document id",
              example = "42",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    return response(load(Params.id("id", id)));
  }

  @DELETE
  @Path("{id}")
  // No body on success: a client may accept only the problem of a failure (generated clients do).
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Delete a document",
      description =
          "Deletes the document with its citations, relations, appearances and meeting reports, in"
              + " one transaction. Meetings, persons and regulations left without a report,"
              + " appearance or citation are deleted; the others are recomputed without the"
              + " document. Each deletion is recorded for the change feed. 204 on success, 404 for"
              + " an unknown id. Requires an API key with the editor role.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badId", value = OpenApiExamples.PROBLEM_400_ID)))
  @APIResponse(
      responseCode = "401",
      description = OpenApiTexts.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noKey", value = OpenApiExamples.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = OpenApiTexts.FORBIDDEN,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noRole", value = OpenApiExamples.PROBLEM_403)))
  @APIResponse(
      responseCode = "404",
      description = "No document has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_DOCUMENT)))
  public Response delete(
      @Parameter(
              description = "Document id",
              example = "42",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    deletion.delete(Params.id("id", id));
    return Response.noContent().build();
  }

  @GET
  @Operation(
      summary = "Documents, newest first (by relevance with q), cursor-paginated",
      description =
          "Filters combine with AND. With q, the documents matching the search (GET"
              + " /api/v1/search) in its order: best score first, the most recent first on ties."
              + " Response {items, nextCursor}; while there is a next page, a Link: <…>;"
              + " rel=\"next\" header carries its URL.")
  @APIResponse(
      responseCode = "200",
      description = "A page of documents, without their bodies",
      headers =
          @Header(
              name = "Link",
              description = OpenApiTexts.LINK,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListSchemas.DocumentList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      summary = "Documents citing 58-QĐ/TW",
                      value = OpenApiExamples.DOCUMENT_LIST)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_LIST,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badDate", value = OpenApiExamples.PROBLEM_400)))
  public Response list(
      @Parameter(
              description =
                  "Search words, ignoring case and diacritics: symbols (\"58-QD/TW\", \"QĐ 58\"),"
                      + " phrases in quotes, dates (\"8-2-2022\")",
              example = "quy dinh 58")
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
      @Parameter(
              description = "Earliest publish date, ISO-8601 (inclusive)",
              example = "2022-01-01",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Latest publish date, ISO-8601 (inclusive)",
              example = "2022-12-31",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "A regulation the document cites: its id or its symbol (\"58-QĐ/TW\", also"
                      + " \"58-QD/TW\"); a numeric value is an id and must be a positive integer",
              example = "58-QĐ/TW")
          @QueryParam("regulation")
          String regulation,
      UriInfo uri) {
    Params.IdOrText regulationValue = Params.idOrText("regulation", regulation, Params.A_SYMBOL);
    List<Long> regulationIds =
        regulationValue.id() != null
            ? List.of(regulationValue.id())
            : regulationValue.text() != null
                ? regulations.idsBySymbol(regulationValue.text())
                : null;
    DocumentFilter filter =
        new DocumentFilter(Params.date("from", from), Params.date("to", to), regulationIds);
    Page<DocumentHeader> page =
        blankToNull(q) == null
            ? documents.list(filter, Params.limit(limit), blankToNull(cursor))
            : search
                .documents(q, filter, PageRequest.first(Params.limit(limit), blankToNull(cursor)))
                .load(documents::headers)
                .toPage();
    ListResponse<DocumentSummary> entity =
        new ListResponse<>(
            page.items().stream().map(DocumentSummary::of).toList(), page.nextCursor());
    return Pages.withNextLink(Response.ok(entity), page.nextCursor(), uri);
  }

  /**
   * The document with its citations (each with its regulation, loaded in one batch), its meetings
   * and its persons.
   */
  private DocumentResponse response(DocumentView doc) {
    List<CitationView> citations = regulations.citationsOfDocument(doc.id());
    Map<Long, RegulationDetail> details =
        regulations.details(citations.stream().map(CitationView::regulationId).toList());
    return DocumentResponse.of(
        doc,
        citations.stream().map(c -> CitationResponse.of(c, details)).toList(),
        MeetingResponse.of(meetings.ofDocument(doc.id()), regulations),
        persons.ofDocument(doc.id()).stream().map(DocumentPersonResponse::of).toList());
  }

  private DocumentView load(long id) {
    return documents.find(id).orElseThrow(() -> new ResourceNotFoundException("Document", id));
  }

  /** The JSON submission; a field it leaves out is taken from {@code given} (query parameters). */
  private ArticleSubmission fromJson(String text, ArticleSubmission given) {
    ArticleSubmission request = ArticleRequest.submission(json, text, "request body");
    return new ArticleSubmission(
        request.text(),
        blankToNull(request.url()) != null ? request.url() : given.url(),
        blankToNull(request.source()) != null ? request.source() : given.source(),
        request.publishedAt() != null ? request.publishedAt() : given.publishedAt());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
