package io.regtrack.api.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /graphql} as the GraphQL over HTTP specification asks (graphql-http's server audits pass
 * without warnings), in place of SmallRye's own handler, whose status codes and media types differ:
 *
 * <ul>
 *   <li>Responses are {@code application/graphql-response+json} or {@code application/json} (always
 *       UTF-8), negotiated from {@code Accept} ({@link GraphQlMediaType}); no acceptable type: 406.
 *   <li>POST needs {@code Content-Type: application/json} (UTF-8): else 415. A body that is not
 *       UTF-8 JSON, not an object, without a string {@code query}, or with an {@code operationName}
 *       that is not a string or {@code variables}/{@code extensions} that are not objects: 400.
 *   <li>GET (when {@code quarkus.smallrye-graphql.http.get.enabled}) takes the same parameters from
 *       the query string, {@code variables} and {@code extensions} as JSON; a mutation over GET:
 *       405 with {@code Allow: POST}. Other methods: 405.
 *   <li>Executed requests: with {@code application/graphql-response+json}, a result without {@code
 *       data} (document parse or validation error, variable coercion error, unknown operation) is
 *       400, anything else 200; with {@code application/json} always 200 (the legacy rule).
 *   <li>Errors of this layer are GraphQL responses ({@code {"errors":[{"message":…}]}}) with fixed
 *       messages; an unexpected failure is logged and answered with a generic 500. Coercion
 *       messages of graphql-java name JSON kinds instead of Java classes ({@link JavaTypeNames}).
 * </ul>
 *
 * <p>Execution is SmallRye's: the request goes to its {@code ExecutionService} through SmallRye's
 * {@link SmallRyeGraphQLAbstractHandler}, which activates the request context and associates the
 * (lazily authenticated) security identity exactly as for SmallRye's own route. That base class is
 * public but internal to the Quarkus extension: check this class when upgrading Quarkus.
 */
final class GraphQlOverHttpHandler extends SmallRyeGraphQLAbstractHandler {
  private static final Logger LOG = Logger.getLogger(GraphQlOverHttpHandler.class);

  private static final String QUERY = "query";
  private static final String OPERATION_NAME = "operationName";
  private static final String VARIABLES = "variables";
  private static final String EXTENSIONS = "extensions";

  private final boolean getEnabled;

  GraphQlOverHttpHandler(
      boolean getEnabled,
      boolean runBlocking,
      CurrentIdentityAssociation currentIdentityAssociation,
      CurrentVertxRequest currentVertxRequest) {
    super(currentIdentityAssociation, currentVertxRequest, runBlocking);
    this.getEnabled = getEnabled;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (isWebSocketUpgrade(ctx.request())) {
      ctx.next(); // subscriptions: SmallRye's WebSocket route
      return;
    }
    super.handle(ctx);
  }

  @Override
  protected void doHandle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    HttpMethod method = request.method();
    if (method == HttpMethod.OPTIONS) {
      ctx.response().putHeader(HttpHeaders.ALLOW, allowed()).setStatusCode(204).end();
      return;
    }
    if (method != HttpMethod.POST && method != HttpMethod.GET) {
      ctx.response().putHeader(HttpHeaders.ALLOW, allowed());
      sendError(ctx, 405, GraphQlMediaType.JSON, "Method not allowed: use POST or GET");
      return;
    }
    Optional<GraphQlMediaType> negotiated =
        GraphQlMediaType.negotiate(request.headers().get(HttpHeaders.ACCEPT));
    if (negotiated.isEmpty()) {
      sendError(
          ctx,
          406,
          GraphQlMediaType.JSON,
          "Not acceptable: accept application/graphql-response+json or application/json");
      return;
    }
    GraphQlMediaType mediaType = negotiated.get();
    if (method == HttpMethod.GET && !getEnabled) {
      ctx.response().putHeader(HttpHeaders.ALLOW, allowed());
      sendError(ctx, 405, mediaType, "Method not allowed: use POST");
      return;
    }
    JsonObject input;
    try {
      input = method == HttpMethod.POST ? fromBody(ctx) : fromQueryString(ctx);
    } catch (BadRequest e) {
      sendError(ctx, e.status, mediaType, e.getMessage());
      return;
    }
    if (method == HttpMethod.GET
        && isMutation(input.getString(QUERY), input.getString(OPERATION_NAME, null))) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
      sendError(ctx, 405, mediaType, "Mutations are not allowed over GET: use POST");
      return;
    }
    Optional<String> syntaxError = syntaxError(input.getString(QUERY));
    if (syntaxError.isPresent()) {
      // A request error: 400 for graphql-response+json, 200 under the legacy application/json.
      int status = mediaType == GraphQlMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
      sendError(ctx, status, mediaType, syntaxError.get(), "GRAPHQL_PARSE_FAILED");
      return;
    }
    Optional<String> nul = nulCharacter(input.getString(QUERY), input.get(VARIABLES));
    if (nul.isPresent()) {
      // Like the REST API's 400: PostgreSQL text cannot hold U+0000, and no name, symbol or query
      // contains one; refused before anything runs.
      int status = mediaType == GraphQlMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
      sendError(
          ctx,
          status,
          mediaType,
          nul.get() + " contains a NUL character (U+0000), which no value may contain",
          "BAD_USER_INPUT");
      return;
    }
    getExecutionService().executeAsync(input, getMetaData(ctx), new Writer(ctx, mediaType));
  }

  /**
   * Where a request carries a NUL character, if it does: a string literal of the (parsable) query
   * or a variable, named for the message ("variable $symbol", "a string in the query").
   */
  static Optional<String> nulCharacter(String query, JsonValue variables) {
    if (variables instanceof JsonObject object) {
      for (var entry : object.entrySet()) {
        if (containsNul(entry.getValue())) {
          return Optional.of("variable $" + entry.getKey());
        }
      }
    }
    Deque<graphql.language.Node<?>> pending = new ArrayDeque<>();
    pending.push(Parser.parse(query));
    while (!pending.isEmpty()) {
      graphql.language.Node<?> node = pending.pop();
      if (node instanceof StringValue value && value.getValue().indexOf('\0') >= 0) {
        return Optional.of("a string in the query");
      }
      node.getChildren().forEach(pending::push);
    }
    return Optional.empty();
  }

  private static boolean containsNul(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString().indexOf('\0') >= 0;
      case ARRAY -> value.asJsonArray().stream().anyMatch(GraphQlOverHttpHandler::containsNul);
      case OBJECT ->
          value.asJsonObject().entrySet().stream()
              .anyMatch(e -> e.getKey().indexOf('\0') >= 0 || containsNul(e.getValue()));
      default -> false;
    };
  }

  /**
   * The parser's own message when the document does not parse: the offending token and its line and
   * column, or the limit it exceeds (SmallRye only says "Unparseable input document"). Parsed with
   * the same limits SmallRye configures; execution parses again through its query cache.
   */
  static Optional<String> syntaxError(String query) {
    try {
      Parser.parse(query);
      return Optional.empty();
    } catch (ParseCancelledException e) {
      return Optional.of("The query is too large: " + e.getMessage());
    } catch (InvalidSyntaxException e) {
      return Optional.of(e.getMessage());
    }
  }

  private String allowed() {
    return getEnabled ? "GET, POST, OPTIONS" : "POST, OPTIONS";
  }

  private static boolean isWebSocketUpgrade(HttpServerRequest request) {
    String upgrade = request.getHeader(HttpHeaders.UPGRADE);
    return upgrade != null && upgrade.equalsIgnoreCase("websocket");
  }

  /** The GraphQL request of a POST: a UTF-8 JSON object in an {@code application/json} body. */
  private static JsonObject fromBody(RoutingContext ctx) throws BadRequest {
    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (!isJsonUtf8(contentType)) {
      throw new BadRequest(415, "Unsupported media type: send application/json (UTF-8)");
    }
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw new BadRequest(400, "The request body is empty: send a JSON object with a query");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body.getBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequest(400, "The request body is not valid UTF-8");
    }
    JsonValue json = parseJson(text, "The request body is not valid JSON");
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequest(400, "The request body must be a JSON object");
    }
    JsonObject request = json.asJsonObject();
    return input(
        request.get(QUERY),
        request.get(OPERATION_NAME),
        request.get(VARIABLES),
        request.get(EXTENSIONS));
  }

  /** The GraphQL request of a GET: parameters in the query string, variables/extensions JSON. */
  private static JsonObject fromQueryString(RoutingContext ctx) throws BadRequest {
    String query = single(ctx, QUERY);
    String operationName = single(ctx, OPERATION_NAME);
    String variables = single(ctx, VARIABLES);
    String extensions = single(ctx, EXTENSIONS);
    return input(
        query == null ? null : jsonProvider().createValue(query),
        operationName == null ? null : jsonProvider().createValue(operationName),
        isEmpty(variables) ? null : parseJson(variables, "variables is not valid JSON"),
        isEmpty(extensions) ? null : parseJson(extensions, "extensions is not valid JSON"));
  }

  private static boolean isEmpty(String parameter) {
    return parameter == null || parameter.isBlank();
  }

  private static String single(RoutingContext ctx, String name) throws BadRequest {
    List<String> values = ctx.queryParam(name);
    if (values.size() > 1) {
      throw new BadRequest(400, name + " must be given once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** The ExecutionService input; nulls stand for absent parameters. */
  private static JsonObject input(
      JsonValue query, JsonValue operationName, JsonValue variables, JsonValue extensions)
      throws BadRequest {
    if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
      throw new BadRequest(400, "query must be a string");
    }
    JsonObjectBuilder input = jsonProvider().createObjectBuilder().add(QUERY, query);
    if (!isNull(operationName)) {
      if (operationName.getValueType() != JsonValue.ValueType.STRING) {
        throw new BadRequest(400, "operationName must be a string or null");
      }
      if (!((JsonString) operationName).getString().isEmpty()) {
        input.add(OPERATION_NAME, operationName);
      }
    }
    if (!isNull(variables)) {
      if (variables.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadRequest(400, "variables must be an object or null");
      }
      input.add(VARIABLES, variables);
    }
    if (!isNull(extensions)) {
      if (extensions.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadRequest(400, "extensions must be an object or null");
      }
      input.add(EXTENSIONS, extensions);
    }
    return input.build();
  }

  private static boolean isNull(JsonValue value) {
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  /** One JSON value, with nothing but whitespace after it. */
  private static JsonValue parseJson(String text, String message) throws BadRequest {
    try (JsonParser parser = jsonProvider().createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new BadRequest(400, message);
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) { // the parser throws on anything but the end of the input
        throw new BadRequest(400, message);
      }
      return value;
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw new BadRequest(400, message);
    }
  }

  /** {@code application/json}, with no charset or UTF-8. */
  static boolean isJsonUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0
          && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")
          && !GraphQlMediaType.isUtf8(parameter.substring(equals + 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the operation a GET would execute is a mutation. Documents that do not parse are left
   * to execution, which reports the syntax error; parsing here honours the parser limits SmallRye
   * configures.
   */
  static boolean isMutation(String query, String operationName) {
    List<OperationDefinition> operations;
    try {
      operations = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class);
    } catch (RuntimeException e) {
      return false;
    }
    for (OperationDefinition operation : operations) {
      boolean selected =
          operationName == null
              ? operations.size() == 1
              : operationName.equals(operation.getName());
      if (selected) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
      }
    }
    return false;
  }

  private static void sendError(
      RoutingContext ctx, int status, GraphQlMediaType mediaType, String message) {
    sendError(ctx, status, mediaType, message, null);
  }

  private static void sendError(
      RoutingContext ctx, int status, GraphQlMediaType mediaType, String message, String code) {
    JsonObjectBuilder error = jsonProvider().createObjectBuilder().add("message", message);
    if (code != null) {
      error.add("extensions", jsonProvider().createObjectBuilder().add("code", code));
    }
    String body =
        jsonProvider()
            .createObjectBuilder()
            .add("errors", jsonProvider().createArrayBuilder().add(error))
            .build()
            .toString();
    send(ctx, status, mediaType, body);
  }

  private static void send(
      RoutingContext ctx, int status, GraphQlMediaType mediaType, String body) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.closed()) {
      return;
    }
    try {
      response
          .setStatusCode(status)
          .putHeader(HttpHeaders.CONTENT_TYPE, mediaType.contentType())
          .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)
          .end(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
    } catch (IllegalStateException e) {
      LOG.debugf("Response already written: %s", e.getMessage()); // client went away
    }
  }

  /** Writes SmallRye's execution result with the status GraphQL over HTTP asks for. */
  private static final class Writer implements ExecutionResponseWriter {
    private final RoutingContext ctx;
    private final GraphQlMediaType mediaType;

    Writer(RoutingContext ctx, GraphQlMediaType mediaType) {
      this.ctx = ctx;
      this.mediaType = mediaType;
    }

    @Override
    public void write(ExecutionResponse response) {
      String body;
      try {
        ExecutionResult executed = response.getExecutionResult();
        body =
            InputErrors.tidy(
                    ErrorCodes.complete(
                        JavaTypeNames.scrub(response.getExecutionResultAsJsonObject()),
                        executed == null ? java.util.List.of() : executed.getErrors()))
                .toString();
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      ExecutionResult result = response.getExecutionResult();
      boolean requestError = result == null || !result.isDataPresent();
      int status = mediaType == GraphQlMediaType.GRAPHQL_RESPONSE_JSON && requestError ? 400 : 200;
      send(ctx, status, mediaType, body);
    }

    @Override
    public void fail(Throwable failure) {
      LOG.error("GraphQL execution failed", failure);
      sendError(ctx, 500, mediaType, "Internal server error");
    }
  }

  /** A request this layer answers itself with a 4xx status. */
  private static final class BadRequest extends Exception {
    final int status;

    BadRequest(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
