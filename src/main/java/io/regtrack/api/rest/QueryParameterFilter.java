package io.regtrack.api.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter holding a NUL character ({@code %00}) with a 400 naming it, before any
 * resource sees it: no filter, name or symbol contains one, and PostgreSQL cannot take one in a
 * text value. Other parameters the endpoint does not know are ignored.
 */
public class QueryParameterFilter {
  @ServerRequestFilter
  public Response refuseNul(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      String name = parameter.getKey();
      if (name.indexOf('\u0000') >= 0) {
        return nul("A query parameter name");
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\u0000') >= 0) {
          return Problem.of(
                  Response.Status.BAD_REQUEST,
                  "invalid-input",
                  name + " must not contain NUL characters (%00)",
                  name)
              .toResponse();
        }
      }
    }
    return null;
  }

  private static Response nul(String what) {
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "invalid-input",
            what + " must not contain NUL characters (%00)",
            null)
        .toResponse();
  }
}
