package io.regtrack.api.graphql;

import graphql.Directives;
import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What SmallRye's schema does not say, or says loosely, refined before the schema is built (issue
 * 15):
 *
 * <ul>
 *   <li>the date scalars say exactly what they hold: SmallRye describes them as "Scalar for Date",
 *       which tells a client nothing; each gets a description of its format and the {@code
 *       @specifiedBy} URL of the community scalar specification it follows, so that code generators
 *       and validators can map it to a date type;
 *   <li>Int and Float variables are coerced strictly ({@link StrictCoercing}): {@code "5"}
 *       is not an Int;
 *   <li>{@code nodes(ids:)} takes {@code [ID!]!} ({@link #ID_LISTS}).
 * </ul>
 *
 * <p>An {@link EventingService} (SmallRye's SPI, registered in {@code
 * META-INF/services/io.smallrye.graphql.spi.EventingService}, which GraalVM's service loader
 * support keeps in a native image): before SmallRye builds the schema, the schema built so far is
 * transformed (graphql-java's {@link SchemaTransformer} swaps every reference to a replaced
 * element). Not a CDI observer: SmallRye's CDI events are off (they would fire on every data
 * fetch) and it ignores an observer's returned builder.
 */
public final class GraphQlSchemaRefinements implements EventingService {
  /** A scalar's description and its {@code @specifiedBy} URL. */
  record Spec(String description, String specifiedBy) {}

  static final Map<String, Spec> SPECS =
      Map.of(
          "Date",
          new Spec(
              "A calendar date without time or offset: ISO 8601 / RFC 3339 full-date YYYY-MM-DD"
                  + " (\"2022-02-08\"), years 1900–2100",
              "https://scalars.graphql.org/andimarek/local-date.html"),
          "DateTime",
          new Spec(
              "A point in time as RFC 3339 date-time with offset, seconds precision"
                  + " (\"2022-03-15T10:20:00+07:00\"), years 1900–2100. Served in Vietnam time"
                  + " (Asia/Ho_Chi_Minh, +07:00 since 1975); an input with another offset is"
                  + " converted to it, one without an offset is refused",
              "https://scalars.graphql.org/andimarek/date-time.html"));

  /** The built-in scalars whose variables must hold the JSON type itself (StrictCoercing). */
  static final Map<String, StrictCoercingSpec> STRICT =
      Map.of(
          "Int", new StrictCoercingSpec(StrictCoercing.NUMBER, "a JSON number"),
          "Float", new StrictCoercingSpec(StrictCoercing.NUMBER, "a JSON number"));

  /** Which JSON values a variable of a strict scalar takes, and how the error names them. */
  record StrictCoercingSpec(Predicate<Object> accepts, String expected) {}

  /**
   * Arguments that are lists of global ids, by field of Query: {@code nodes(ids:)}. SmallRye 2.17
   * declares {@code @Id} on a list argument as a second scalar named ID, which the schema refuses
   * ("All types within a GraphQL schema must have unique names"), so the Java signature says {@code
   * List<String>} and the schema is given the type Relay and GitHub use, {@code [ID!]!}: the ID
   * scalar takes a string (or an integer) and hands the data fetcher the same Java string.
   */
  static final Map<String, String> ID_LISTS = Map.of("nodes", "ids");

  private static boolean isIdList(
      GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
    return context.getParentNode() instanceof GraphQLFieldDefinition field
        && argument.getName().equals(ID_LISTS.get(field.getName()))
        && context.getParentContext() != null
        && context.getParentContext().getParentNode() instanceof GraphQLObjectType parent
        && parent.getName().equals("Query");
  }

  /** Always on: the scalars are part of the contract, not an optional feature. */
  @Override
  public String getConfigKey() {
    return null;
  }

  private static GraphQLAppliedDirective specifiedBy(String url) {
    return GraphQLAppliedDirective.newDirective()
        .name(Directives.SpecifiedByDirective.getName())
        .argument(
            GraphQLAppliedDirectiveArgument.newArgument()
                .name("url")
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLString))
                .valueProgrammatic(url)
                .build())
        .build();
  }

  /** The schema SmallRye built, refined. */
  @Override
  public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
    GraphQLSchema built = builder.build();
    // SmallRye's own ID scalar (a second instance named ID would make the schema invalid)
    GraphQLNonNull idList =
        GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(built.getType("ID"))));
    GraphQLSchema described =
        SchemaTransformer.transformSchema(
            built,
            new GraphQLTypeVisitorStub() {
              @Override
              public TraversalControl visitGraphQLArgument(
                  GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
                if (isIdList(argument, context)) {
                  return changeNode(context, argument.transform(b -> b.type(idList)));
                }
                return TraversalControl.CONTINUE;
              }

              @Override
              public TraversalControl visitGraphQLScalarType(
                  GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                StrictCoercingSpec strict = STRICT.get(scalar.getName());
                if (strict != null) {
                  return changeNode(
                      context,
                      scalar.transform(
                          b ->
                              b.coercing(
                                  new StrictCoercing(
                                      scalar.getCoercing(), strict.accepts(), strict.expected()))));
                }
                Spec spec = SPECS.get(scalar.getName());
                if (spec == null) {
                  return TraversalControl.CONTINUE;
                }
                return changeNode(
                    context,
                    scalar.transform(
                        b ->
                            b.description(spec.description())
                                .specifiedByUrl(spec.specifiedBy())
                                // what the SDL printer prints: the applied @specifiedBy(url:)
                                .withAppliedDirective(specifiedBy(spec.specifiedBy()))));
              }
            });
    return GraphQLSchema.newSchema(described)
        .codeRegistry(described.getCodeRegistry().transform(b -> resolveInSchema(described, b)));
  }

  /**
   * Type resolvers that answer with the transformed schema's own object types: SmallRye's resolve
   * to the types it built, which the transformation replaced, and graphql-java would then apply no
   * fragment on them ({@code ... on Document} inside {@code node}).
   */
  private static void resolveInSchema(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      TypeResolver original =
          switch (type) {
            case GraphQLInterfaceType i -> schema.getCodeRegistry().getTypeResolver(i);
            case GraphQLUnionType u -> schema.getCodeRegistry().getTypeResolver(u);
            default -> null;
          };
      if (original != null) {
        registry.typeResolver(
            type.getName(),
            env -> {
              GraphQLObjectType resolved = original.getType(env);
              return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
            });
      }
    }
  }
}
