package io.regtrack.api.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.regtrack.job.JobQueueFullException;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import io.regtrack.shared.error.ResourceNotFoundException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Translates exceptions into RFC 9457 problem responses. Each mapper is narrow: it names the
 * exception it handles; anything unexpected becomes a generic 500 without internals.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response notFound(ResourceNotFoundException e) {
    return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage(), null).toResponse();
  }

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e) {
    return Problem.of(Status.BAD_REQUEST, "invalid-input", e.getMessage(), e.parameter())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response tooLarge(PayloadTooLargeException e) {
    return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", e.getMessage(), "body")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    String parameter =
        e.getConstraintViolations().stream()
            .findFirst()
            .map(v -> lastNode(v.getPropertyPath().toString()))
            .orElse(null);
    String detail =
        e.getConstraintViolations().stream()
            .findFirst()
            .map(v -> parameter + ": " + v.getMessage())
            .orElse("Invalid request");
    return Problem.of(Status.BAD_REQUEST, "invalid-input", detail, parameter).toResponse();
  }

  @ServerExceptionMapper
  public Response unsupportedMediaType(NotSupportedException e) {
    return Problem.of(
            Status.UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Send UTF-8: text/plain; charset=utf-8 or application/json (and, for documents,"
                + " text/html)",
            "Content-Type")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response unsupportedMediaType(UnsupportedMediaTypeException e) {
    return Problem.of(
            Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.getMessage(), "Content-Type")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response busy(JobQueueFullException e) {
    Response r = Problem.of(Status.SERVICE_UNAVAILABLE, "busy", e.getMessage(), null).toResponse();
    return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "60").build();
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    Response r =
        Problem.of(
                Status.UNAUTHORIZED,
                "unauthorized",
                "A valid API key is required: Authorization: Bearer <key>",
                "Authorization")
            .toResponse();
    return Response.fromResponse(r)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"regtrack\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return Problem.of(
            Status.FORBIDDEN,
            "forbidden",
            "The API key does not grant the role this operation needs",
            null)
        .toResponse();
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("Request failed", e);
      return internal();
    }
    Status known = Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    return new Problem(
            "https://regtrack.io/problems/http-" + status,
            title,
            status,
            known == Status.NOT_FOUND ? "No such resource" : title,
            null)
        .toResponse();
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    LOG.error("Unexpected error", e);
    return internal();
  }

  private static Response internal() {
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR, "internal", "An unexpected error occurred", null)
        .toResponse();
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
