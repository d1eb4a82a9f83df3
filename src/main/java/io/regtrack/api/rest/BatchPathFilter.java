package io.regtrack.api.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Routes {@code /api/v1/documents%3Abatch} (a client that percent-encodes the colon, as REST
 * Assured and some URL builders do) to {@code /api/v1/documents:batch}: routing compares the raw
 * path, in which the two differ.
 */
public class BatchPathFilter {
  static final String ENCODED = "/api/v1/documents%3abatch";

  @ServerRequestFilter(preMatching = true)
  public void decodeColon(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path != null && path.toLowerCase(Locale.ROOT).endsWith(ENCODED)) {
      String decoded =
          path.substring(0, path.length() - ENCODED.length()) + DocumentBatchResource.PATH;
      request.setRequestUri(
          URI.create(
              uri.getScheme()
                  + "://"
                  + uri.getRawAuthority()
                  + decoded
                  + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }
  }
}
