package io.regtrack.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Checks an API key against the configured SHA-256 hashes (constant-time comparison) and builds an
 * identity carrying the key's roles. An unknown key fails authentication (401).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
  private final ApiKeyConfig config;

  public ApiKeyIdentityProvider(ApiKeyConfig config) {
    this.config = config;
  }

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    byte[] presented = sha256(request.key());
    for (Map.Entry<String, ApiKeyConfig.ApiKey> entry : config.apiKeys().entrySet()) {
      byte[] expected = decodeHex(entry.getValue().hash());
      if (expected != null && MessageDigest.isEqual(presented, expected)) {
        return Uni.createFrom()
            .item(
                QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(entry.getKey()))
                    .addRoles(entry.getValue().roles())
                    .build());
      }
    }
    return Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key"));
  }

  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static byte[] decodeHex(String hex) {
    try {
      return HexFormat.of().parseHex(hex.trim().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
