package io.regtrack.api.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Cursor-paginated list responses: the RFC 8288 {@code Link: <…>; rel="next"} header. */
final class Pages {
  private Pages() {}

  /** Builds the response, adding a next link (same request, {@code cursor} replaced) if any. */
  static Response withNextLink(Response.ResponseBuilder response, String nextCursor, UriInfo uri) {
    return withNextLink(response, "cursor", nextCursor, uri);
  }

  /** Builds the response, adding a next link (same request, {@code parameter} set) if any. */
  static Response withNextLink(
      Response.ResponseBuilder response, String parameter, String value, UriInfo uri) {
    if (value != null) {
      URI next = PublicUrls.thisRequestWith(uri, parameter, value);
      response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return response.build();
  }
}
