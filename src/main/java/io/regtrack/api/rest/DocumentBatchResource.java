package io.regtrack.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.ingest.BulkImportService;
import io.regtrack.ingest.ImportBatch;
import io.regtrack.ingest.ImportConfig;
import io.regtrack.ingest.IngestConfig;
import io.regtrack.shared.error.PayloadTooLargeException;
import io.regtrack.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import of articles: {@code POST /api/v1/documents:batch} (also when the client sends the
 * colon percent-encoded: {@link BatchPathFilter}).
 */
@Path(DocumentBatchResource.PATH)
@Tag(name = "Documents")
public class DocumentBatchResource {
  static final String PATH = "/api/v1/documents:batch";
  static final String NDJSON = "application/x-ndjson";
  private static final Set<String> ZIP = Set.of("application/zip", "application/x-zip-compressed");

  private final BulkImportService imports;
  private final ImportConfig limits;
  private final IngestConfig ingest;
  private final ObjectMapper json;

  public DocumentBatchResource(
      BulkImportService imports, ImportConfig limits, IngestConfig ingest, ObjectMapper json) {
    this.imports = imports;
    this.limits = limits;
    this.ingest = ingest;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Import many articles as a background job",
      description =
          "Body: application/x-ndjson, one JSON object per line with the fields of the JSON ingest"
              + " ({\"text\", \"url\", \"source\", \"publishedAt\"}), or application/zip whose .txt"
              + " entries are articles as plain UTF-8 text and whose .html entries saved news pages"
              + " (as POST /documents takes text/html). Each article is ingested like POST"
              + " /documents, in a transaction of its own: one already stored counts as done, an"
              + " invalid line or entry is counted failed with its line number or entry name. 202"
              + " with Location: the job, to poll. 413 above regtrack.import.max-bytes,"
              + " max-entries or (zip) max-uncompressed-bytes. Requires the editor role.")
  @APIResponse(
      responseCode = "202",
      description = "The job, queued with its total",
      headers =
          @Header(
              name = "Location",
              description = OpenApiTexts.JOB_LOCATION,
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class),
              examples =
                  @ExampleObject(
                      name = "queued",
                      summary = "An import of two articles, queued",
                      value = OpenApiExamples.JOB_QUEUED)))
  @APIResponse(
      responseCode = "400",
      description = "No article in the body, or a body that is not a zip archive",
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
      description =
          "Body over regtrack.import.max-bytes (default 10 MB), more than"
              + " regtrack.import.max-entries articles (default 10,000), or a zip inflating to"
              + " more than regtrack.import.max-uncompressed-bytes (default 200 MB)",
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
  @APIResponse(
      responseCode = "503",
      description =
          "This instance has regtrack.jobs.max-pending jobs (default 16) queued or running",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = OpenApiTexts.RETRY_AFTER,
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "busy", value = OpenApiExamples.PROBLEM_503)))
  public Response importBatch(
      @RequestBody(
              required = true,
              description =
                  "application/x-ndjson: one JSON article a line; application/zip: .txt and"
                      + " .html files",
              content = {
                @Content(
                    mediaType = NDJSON,
                    schema =
                        @Schema(
                            type = SchemaType.STRING,
                            description =
                                "UTF-8 text, one JSON object a line with the fields of"
                                    + " ArticleRequest ({\"text\", \"url\", \"source\","
                                    + " \"publishedAt\"}); blank lines are skipped"),
                    // In META-INF/openapi.yaml: an annotation's value would be parsed as JSON.
                    examples = @ExampleObject(name = "ndjson", ref = "ArticlesNdjson")),
                @Content(
                    mediaType = "application/zip",
                    schema =
                        @Schema(
                            type = SchemaType.STRING,
                            format = "binary",
                            description =
                                "A zip archive: each .txt entry an article as plain UTF-8"
                                    + " text, each .html or .htm entry a saved news page."
                                    + " Directories, __MACOSX/ and hidden files are skipped; any"
                                    + " other entry is counted failed with its name"))
              })
          byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      SecurityContext security,
      UriInfo uri) {
    MediaType type = mediaType(contentType);
    if (body.length > limits.maxBytes()) {
      throw new PayloadTooLargeException(limits.maxBytes());
    }
    ImportBatch batch;
    if (type.isCompatible(MediaType.valueOf(NDJSON))) {
      RequestBodies.requireUtf8(type);
      batch = NdjsonBatch.of(body, json, limits.maxEntries());
    } else {
      batch =
          ZipBatch.of(
              body, limits.maxEntries(), limits.maxUncompressedBytes(), ingest.maxBodyBytes());
    }
    return AdminResource.accepted(
        imports.submit(batch, security.getUserPrincipal().getName()), uri);
  }

  /** The body's media type: NDJSON or zip, else 415. */
  private static MediaType mediaType(String contentType) {
    MediaType type;
    try {
      type = contentType == null ? null : MediaType.valueOf(contentType);
    } catch (IllegalArgumentException e) {
      type = null;
    }
    if (type == null
        || !(type.isCompatible(MediaType.valueOf(NDJSON))
            || ZIP.contains(type.getType() + "/" + type.getSubtype()))) {
      throw new UnsupportedMediaTypeException(
          "Send application/x-ndjson (one JSON article a line) or application/zip (.txt and .html"
              + " files)");
    }
    return type;
  }
}
