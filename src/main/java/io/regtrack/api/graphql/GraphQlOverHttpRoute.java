package io.regtrack.api.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts {@link GraphQlOverHttpHandler} on the GraphQL path ({@code
 * quarkus.smallrye-graphql.root-path}, default {@code /graphql}) ahead of SmallRye's own route for
 * it.
 *
 * <p>Order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT} + 1 = -1: after the body-size limit and
 * the HTTP security filters (negative orders), before every route extensions add without an
 * explicit order (Vert.x numbers those from 0, SmallRye's {@code /graphql} among them). The route's
 * path matches {@code /graphql} only, so {@code /graphql/schema.graphql} stays SmallRye's;
 * WebSocket upgrades (subscriptions) are passed on to SmallRye too. The body is read here with the
 * configured {@code quarkus.http.limits.max-body-size} (413 above it).
 */
@Singleton
class GraphQlOverHttpRoute {
  static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;
  private static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  private final String rootPath;
  private final boolean getEnabled;
  private final Optional<Boolean> nonBlocking;
  private final Optional<MemorySize> maxBodySize;
  private final Instance<CurrentIdentityAssociation> identityAssociation;
  private final Instance<CurrentVertxRequest> currentVertxRequest;

  GraphQlOverHttpRoute(
      @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
          String rootPath,
      @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false")
          boolean getEnabled,
      @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
          Optional<Boolean> nonBlocking,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
      Instance<CurrentIdentityAssociation> identityAssociation,
      Instance<CurrentVertxRequest> currentVertxRequest) {
    this.rootPath = rootPath;
    this.getEnabled = getEnabled;
    this.nonBlocking = nonBlocking;
    this.maxBodySize = maxBodySize;
    this.identityAssociation = identityAssociation;
    this.currentVertxRequest = currentVertxRequest;
  }

  void register(@Observes Router router) {
    // SmallRye runs its handler on a worker thread only when nonblocking.enabled=false.
    boolean runBlocking = nonBlocking.map(enabled -> !enabled).orElse(false);
    GraphQlOverHttpHandler handler =
        new GraphQlOverHttpHandler(
            getEnabled,
            runBlocking,
            identityAssociation.isResolvable() ? identityAssociation.get() : null,
            currentVertxRequest.get());
    Route route = router.route(path(rootPath)).order(ORDER).handler(bodyHandler());
    if (runBlocking) {
      route.blockingHandler(handler);
    } else {
      route.handler(handler);
    }
  }

  static String path(String rootPath) {
    String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Reads a POST body into memory (no file uploads); other requests go on unread. */
  private Handler<RoutingContext> bodyHandler() {
    BodyHandler body =
        BodyHandler.create(false)
            .setBodyLimit(maxBodySize.map(MemorySize::asLongValue).orElse(DEFAULT_MAX_BODY_BYTES));
    return ctx -> {
      if (ctx.request().method() != HttpMethod.POST) {
        ctx.next();
        return;
      }
      if (!ctx.request().isEnded()) {
        ctx.request().resume();
      }
      body.handle(ctx);
    };
  }
}
