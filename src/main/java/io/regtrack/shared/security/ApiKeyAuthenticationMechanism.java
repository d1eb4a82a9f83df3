package io.regtrack.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code Authorization: Bearer <key>} and hands the key to {@link ApiKeyIdentityProvider}.
 *
 * <p>On the GraphQL endpoint an unknown key does not fail the HTTP request: GraphQL clients expect
 * a GraphQL response, so the request goes on as anonymous with {@link #INVALID_KEY} set, public
 * queries are answered as for any anonymous caller and a mutation gets an {@code UNAUTHENTICATED}
 * error saying the key is not valid. Everywhere else an unknown key is a 401 problem.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** Identity attribute (Boolean) set when the request carried a key that is not known. */
  public static final String INVALID_KEY = "regtrack.invalid-api-key";

  private static final String BEARER = "Bearer ";

  private final String graphQlPath;

  public ApiKeyAuthenticationMechanism(
      @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath,
      @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
          String graphQlRootPath) {
    this.graphQlPath = join(rootPath, graphQlRootPath);
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String header = context.request().getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Uni.createFrom().nullItem();
    }
    // Taken as sent (RFC 6750: "Bearer" SP token): a key with extra or inner whitespace is not a
    // configured key and fails as any wrong key does (401), it is not trimmed into one.
    String key = header.substring(BEARER.length());
    Uni<SecurityIdentity> identity =
        identityProviderManager.authenticate(
            HttpSecurityUtils.setRoutingContextAttribute(
                new ApiKeyAuthenticationRequest(key), context));
    if (!graphQlPath.equals(context.normalizedPath())) {
      return identity;
    }
    return identity
        .onFailure(AuthenticationFailedException.class)
        .recoverWithItem(ApiKeyAuthenticationMechanism::anonymousWithInvalidKey);
  }

  private static SecurityIdentity anonymousWithInvalidKey() {
    return QuarkusSecurityIdentity.builder()
        .setAnonymous(true)
        .setPrincipal(new QuarkusPrincipal(""))
        .addAttribute(INVALID_KEY, Boolean.TRUE)
        .build();
  }

  /** {@code "/"} + {@code "graphql"} → {@code "/graphql"}; an absolute GraphQL path wins. */
  static String join(String rootPath, String graphQlRootPath) {
    if (graphQlRootPath.startsWith("/")) {
      return graphQlRootPath;
    }
    String root = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    return (root.startsWith("/") ? root : "/" + root) + graphQlRootPath;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"regtrack\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyAuthenticationRequest.class);
  }
}
