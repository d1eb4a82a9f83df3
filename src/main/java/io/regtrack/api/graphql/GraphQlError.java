package io.regtrack.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The errors GraphQL clients see, each with its {@code extensions.code} (Apollo's names, which
 * frontend clients already switch on). Messages are written for clients; no class names or stack
 * traces are ever included.
 */
public sealed class GraphQlError extends RuntimeException {
  GraphQlError(String message) {
    super(message, null, false, false);
  }

  /** A bad argument: malformed id or cursor, page size out of range, empty article, … */
  @ErrorCode("BAD_USER_INPUT")
  public static final class BadUserInput extends GraphQlError {
    BadUserInput(String message) {
      super(message);
    }
  }

  /** The object an argument names does not exist. */
  @ErrorCode("NOT_FOUND")
  public static final class NotFound extends GraphQlError {
    NotFound(String message) {
      super(message);
    }
  }

  /** The operation needs an API key and none (or an unknown one) was sent. */
  @ErrorCode("UNAUTHENTICATED")
  public static final class Unauthenticated extends GraphQlError {
    Unauthenticated(String message) {
      super(message);
    }
  }

  /** The API key lacks the role the operation needs. */
  @ErrorCode("FORBIDDEN")
  public static final class Forbidden extends GraphQlError {
    Forbidden(String message) {
      super(message);
    }
  }
}
