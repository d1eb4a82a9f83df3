package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. Never carries class names
 * or stack traces.
 *
 * @param type a URI identifying the problem type
 * @param title short, human-readable summary of the problem type
 * @param status the HTTP status code
 * @param detail explanation specific to this occurrence
 * @param parameter the request parameter or body field at fault, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    requiredProperties = {"type", "title", "status"},
    description =
        "An RFC 9457 problem detail, the body of every 4xx and 5xx response"
            + " (application/problem+json). Never carries class names or stack traces.")
public record Problem(
    @Schema(
            description =
                "The problem type: https://regtrack.io/problems/ followed by invalid-input (400),"
                    + " unauthorized (401), forbidden (403), not-found (404), payload-too-large"
                    + " (413), unsupported-media-type (415), busy (503), internal (500), or"
                    + " http-<status> for another HTTP error (405, 406)",
            example = "https://regtrack.io/problems/invalid-input")
        String type,
    @Schema(description = "The HTTP reason phrase of the status", example = "Bad Request")
        String title,
    @Schema(description = "The HTTP status code", example = "400") int status,
    @Schema(
            description = "What went wrong in this request, in English",
            example = "from must be an ISO-8601 date such as 2022-02-08, got '15/3/2022'")
        String detail,
    @Schema(
            description =
                "The query parameter, header or body field at fault (from, limit, id, text, body,"
                    + " Content-Type, Authorization, …), when there is one; absent otherwise",
            example = "from")
        String parameter) {
  public static final String MEDIA_TYPE = "application/problem+json";
  static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
  private static final String TYPE_BASE = "https://regtrack.io/problems/";

  static Problem of(Response.Status status, String slug, String detail, String parameter) {
    return new Problem(
        TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, parameter);
  }

  Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
