package io.regtrack.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching of single resources: the {@code ETag} is a SHA-256 of the JSON representation, so it
 * changes exactly when the representation does (a merged meeting gaining a report, a regulation's
 * voted date flipping). A client revalidating with {@code If-None-Match} gets {@code 304} and no
 * body when nothing changed.
 */
@Provider
@Conditional
class ETagFilter implements ContainerResponseFilter {
  private final ObjectMapper json;

  ETagFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != 200
        || response.getEntity() == null) {
      return;
    }
    EntityTag tag;
    try {
      tag = new EntityTag(sha256(json.writeValueAsBytes(response.getEntity())));
    } catch (JsonProcessingException e) {
      return; // the writer will fail the same way and report it
    }
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
    }
  }

  /** RFC 9110 §13.1.2: "*" or a list of tags compared weakly. */
  private static boolean matches(String header, EntityTag tag) {
    for (String candidate : header.split(",")) {
      String t = candidate.strip();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("\"" + tag.getValue() + "\"")) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
