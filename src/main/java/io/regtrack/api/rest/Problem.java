package io.regtrack.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
public record Problem(String type, String title, int status, String detail, String parameter) {
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
