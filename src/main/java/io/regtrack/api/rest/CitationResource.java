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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
  @RequestBody(description = "The text to search, as text/plain or JSON {\"text\"}")
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
