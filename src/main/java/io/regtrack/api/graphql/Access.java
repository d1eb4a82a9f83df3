package io.regtrack.api.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.regtrack.shared.security.ApiKeyAuthenticationMechanism;

/** Role checks of mutations, answered with UNAUTHENTICATED / FORBIDDEN errors. */
final class Access {
  private Access() {}

  /**
   * Passes when the caller's API key has {@code role}.
   *
   * @throws GraphQlError.Unauthenticated when no API key or an unknown one was sent
   * @throws GraphQlError.Forbidden when the key lacks the role
   */
  static void require(SecurityIdentity identity, String role) {
    if (identity != null
        && Boolean.TRUE.equals(identity.getAttribute(ApiKeyAuthenticationMechanism.INVALID_KEY))) {
      throw new GraphQlError.Unauthenticated(
          "The API key is not valid: send Authorization: Bearer <key> with a known key");
    }
    if (identity == null || identity.isAnonymous()) {
      throw new GraphQlError.Unauthenticated(
          "This operation needs an API key: send Authorization: Bearer <key>");
    }
    if (!identity.hasRole(role)) {
      throw new GraphQlError.Forbidden(
          "This operation needs an API key with the " + role + " role");
    }
  }
}
