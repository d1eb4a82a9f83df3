package io.regtrack.shared.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented as an API key. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
  private final String key;

  public ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
