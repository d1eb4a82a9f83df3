package io.regtrack.api.graphql;

import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import io.regtrack.shared.error.ResourceNotFoundException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Translates the features' exceptions into client errors with codes, in one place: invalid input →
 * BAD_USER_INPUT (the message names the argument), a missing object → NOT_FOUND, an oversized
 * article → BAD_USER_INPUT. Anything else stays an internal error, whose message SmallRye hides.
 */
@TranslatesErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class ErrorTranslator {
  @AroundInvoke
  Object translate(InvocationContext context) throws Exception {
    try {
      return context.proceed();
    } catch (InvalidInputException e) {
      throw new GraphQlError.BadUserInput(e.parameter() + ": " + e.getMessage());
    } catch (PayloadTooLargeException e) {
      throw new GraphQlError.BadUserInput("text: " + e.getMessage());
    } catch (ResourceNotFoundException e) {
      throw new GraphQlError.NotFound(e.getMessage());
    }
  }
}
