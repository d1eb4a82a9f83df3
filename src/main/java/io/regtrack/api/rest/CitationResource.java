package io.regtrack.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regtrack.ingest.CitationLookupService;
import io.regtrack.ingest.IngestConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Citation look-up over a submitted text. Resources translate; services decide. */
@Path("/api/v1/citations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citations", description = "Find and resolve regulation citations in any text")
public class CitationResource {
  private final CitationLookupService lookup;
  private final IngestConfig config;
  private final ObjectMapper json;

  public CitationResource(CitationLookupService lookup, IngestConfig config, ObjectMapper json) {
    this.lookup = lookup;
    this.config = config;
    this.json = json;
  }

  @POST
  @Path("extract")
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Find the citations in a text",
      description =
          "Body: the text as text/plain; charset=utf-8, or application/json {\"text\"}. Returns"
              + " every citation with its span (UTF-16 offsets into the text as sent), form, stated"
              + " fields and, when the registry knows it, the resolved regulation. Nothing is"
              + " stored; no API key is needed. The text is read as a whole (no boilerplate is"
              + " removed). Texts larger than the ingest maximum are refused with 413.")
  @RequestBody(
      required = true,
      description = "The text to search, as JSON {\"text\"} or text/plain; UTF-8",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CitationTextRequest.class),
            examples =
                @ExampleObject(
                    name = "json",
                    summary = "A sentence citing a regulation and its guidance",
                    value = OpenApiExamples.CITATION_JSON)),
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, description = "The text"),
            examples =
                @ExampleObject(
                    name = "text",
                    summary = "The same sentence as plain text",
                    value = OpenApiExamples.CITATION_TEXT))
      })
  @APIResponse(
      responseCode = "200",
      description = "The citations found, in text order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CitationExtractResponse.class),
              examples =
                  @ExampleObject(
                      name = "found",
                      summary =
                          "58-QĐ/TW resolved to the registry; 01-HD/BTCTW not (yet) registered",
                      value = OpenApiExamples.CITATIONS_FOUND)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid UTF-8, a JSON body that is not an object, or a text field that is not a string",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "notJson",
                      value =
                          """
                          {"type": "https://regtrack.io/problems/invalid-input",
                           "title": "Bad Request", "status": 400,
                           "detail": "The request body is not a JSON object {\\"text\\": …}",
                           "parameter": "body"}
                          """)))
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
  public CitationExtractResponse extract(
      byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
    MediaType type = MediaType.valueOf(contentType);
    String text = RequestBodies.text(body, type, config.maxBodyBytes());
    if (RequestBodies.isJson(type)) {
      text = RequestBodies.jsonField(json, text, "text");
    }
    return new CitationExtractResponse(
        lookup.extract(text).stream().map(CitationResponse::of).toList());
  }
}
