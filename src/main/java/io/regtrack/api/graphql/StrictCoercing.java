package io.regtrack.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A built-in scalar's coercion without its leniency towards variables: graphql-java turns the JSON
 * string {@code "5"} into the Int 5, which the GraphQL spec's input coercion does not allow and
 * which hides client bugs. A variable value of the wrong JSON type is refused (one BAD_USER_INPUT
 * error naming the argument); literals, results and everything else are the built-in scalar's own.
 *
 * <p>Int and Float only: Boolean (and String) cannot be replaced, graphql-java's introspection
 * types use its own instances and the schema would hold two types of one name.
 *
 * @param delegate the built-in coercion
 * @param accepts which JSON values a variable of the scalar may hold
 * @param expected what {@code accepts} takes, for the error message ("a JSON number")
 */
record StrictCoercing(Coercing<?, ?> delegate, Predicate<Object> accepts, String expected)
    implements Coercing<Object, Object> {

  /** Int and Float variables take JSON numbers. */
  static final Predicate<Object> NUMBER =
      v ->
          v instanceof Integer
              || v instanceof Long
              || v instanceof Short
              || v instanceof Byte
              || v instanceof BigInteger
              || v instanceof BigDecimal
              || v instanceof Double
              || v instanceof Float;

  @Override
  public Object serialize(Object result, GraphQLContext context, Locale locale) {
    return delegate.serialize(result, context, locale);
  }

  @Override
  public Object parseValue(Object input, GraphQLContext context, Locale locale) {
    if (!accepts.test(input)) {
      throw new CoercingParseValueException(
          "Expected "
              + expected
              + " but was "
              + (input instanceof String ? "a string" : "'" + input + "'"));
    }
    return delegate.parseValue(input, context, locale);
  }

  @Override
  public Object parseLiteral(
      Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
    return delegate.parseLiteral(input, variables, context, locale);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
    return delegate.valueToLiteral(input, context, locale);
  }
}
