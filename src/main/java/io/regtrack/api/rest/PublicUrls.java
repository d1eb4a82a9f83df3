package io.regtrack.api.rest;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * The URLs the API hands out in {@code Link} and {@code Location}: on the configured public base
 * URL ({@link HttpConfig#publicBaseUrl()}) or relative, never on the request's {@code Host} header
 * (issue 16: {@code Host: evil.example} came back in both).
 */
@Singleton // no client proxy: the static methods read the instance's own field
@Unremovable // looked up by the static methods, injected nowhere
class PublicUrls {
  private final Optional<String> base;

  PublicUrls(HttpConfig config) {
    this.base =
        config
            .publicBaseUrl()
            .map(URI::toString)
            .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  /** {@code pathAndQuery} ("/api/v1/documents/5") on the public base URL, or as it is. */
  static URI of(String pathAndQuery) {
    return base().map(b -> URI.create(b + pathAndQuery)).orElseGet(() -> URI.create(pathAndQuery));
  }

  /** The URL of this request with {@code parameter} set to {@code value}. */
  static URI thisRequestWith(UriInfo uri, String parameter, String value) {
    URI request = uri.getRequestUriBuilder().replaceQueryParam(parameter, value).build();
    return of(
        request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()));
  }

  /** The configured base without a trailing slash (the bean: static callers such as Pages). */
  private static Optional<String> base() {
    return Arc.container().instance(PublicUrls.class).get().base;
  }
}
