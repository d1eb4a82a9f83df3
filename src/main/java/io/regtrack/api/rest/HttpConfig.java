package io.regtrack.api.rest;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/** How the API names itself in the URLs it hands out ({@code Link}, {@code Location}). */
@ConfigMapping(prefix = "regtrack.http")
public interface HttpConfig {
  /**
   * The public base URL clients reach the API at, e.g. {@code https://api.regtrack.io} (env {@code
   * REGTRACK_HTTP_PUBLIC_BASE_URL}): {@code Link} and {@code Location} are absolute URLs on it.
   * Unset, they are relative references ({@code </api/v1/documents?cursor=…>}), resolved by the
   * client against the URL it called. Never taken from the request's {@code Host} header, which any
   * client can set.
   */
  Optional<URI> publicBaseUrl();
}
