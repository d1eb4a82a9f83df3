package io.regtrack.api.graphql;

import graphql.Directives;
import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
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

/**
 * Says exactly what the date scalars hold (issue 15): SmallRye names them "Scalar for Date", which
 * tells a client nothing. Each gets a description of its format and a {@code @specifiedBy} URL of
 * the community scalar specification it follows, so that code generators and validators can map it
 * to a date type.
 *
 * <p>An {@link EventingService} (SmallRye's SPI, registered in {@code
 * META-INF/services/io.smallrye.graphql.spi.EventingService}, which GraalVM's service loader
 * support keeps in a native image): before SmallRye builds the schema, the schema built so far is
 * transformed with the two scalars replaced (graphql-java's {@link SchemaTransformer} swaps every
 * reference to them). Not a CDI observer: SmallRye's CDI events are off (they would fire on every
 * data fetch) and it ignores an observer's returned builder.
 */
public final class GraphQlScalars implements EventingService {
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

  /** The schema SmallRye built, with the date scalars described. */
  @Override
  public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
    GraphQLSchema described =
        SchemaTransformer.transformSchema(
            builder.build(),
            new GraphQLTypeVisitorStub() {
              @Override
              public TraversalControl visitGraphQLScalarType(
                  GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
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
