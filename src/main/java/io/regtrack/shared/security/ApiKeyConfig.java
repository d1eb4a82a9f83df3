package io.regtrack.shared.security;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Set;

/**
 * API keys accepted in {@code Authorization: Bearer <key>}. Keys are configured by name, as the
 * SHA-256 hash of the key (never the key itself), with the roles they grant:
 *
 * <pre>
 * regtrack.security.api-keys.scraper.hash=c775c8bb…  (sha256 hex of the key)
 * regtrack.security.api-keys.scraper.roles=editor
 * </pre>
 *
 * Production configures none by default.
 */
@ConfigMapping(prefix = "regtrack.security")
public interface ApiKeyConfig {

  /** The accepted keys, by a name that identifies the client in logs. */
  Map<String, ApiKey> apiKeys();

  /** One configured key. */
  interface ApiKey {
    /** Lower-case hex SHA-256 of the key, e.g. {@code printf %s "$KEY" | sha256sum}. */
    String hash();

    /** Roles granted to the key's holder ({@code editor}, {@code admin}). */
    Set<String> roles();
  }
}
