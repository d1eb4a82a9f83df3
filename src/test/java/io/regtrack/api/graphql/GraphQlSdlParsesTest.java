package io.regtrack.api.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The committed SDL, built by a real GraphQL implementation (graphql-java's {@link SchemaParser}
 * and {@link UnExecutableSchemaGenerator}, which refuse a reference to an undeclared type such as a
 * missing {@code scalar Date}), describes the schema the server introspects: the same named types,
 * the same fields and arguments with the same types, the same directives. Regenerate the file with
 * {@link GraphQlSchemaTest#REGENERATE}.
 */
@QuarkusTest
class GraphQlSdlParsesTest {

  @Test
  void committedSdlBuildsAndMatchesTheIntrospectedSchema() throws IOException {
    String sdl = Files.readString(GraphQlSchemaTest.COMMITTED, StandardCharsets.UTF_8);
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    GraphQLSchema committed = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);

    Map<String, Object> introspection =
        given()
            .contentType("application/json")
            .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY))
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("data");
    Document live = new IntrospectionResultToSchema().createSchemaDefinition(introspection);
    GraphQLSchema served =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(live));

    assertThat(shape(committed)).as("types, fields and arguments").isEqualTo(shape(served));
    assertThat(committed.getDirectives().stream().map(d -> d.getName()).sorted().toList())
        .as("directives")
        .isEqualTo(served.getDirectives().stream().map(d -> d.getName()).sorted().toList());
    assertThat(committed.getType("Date")).as("scalar Date declared").isNotNull();
    assertThat(committed.getType("DateTime")).as("scalar DateTime declared").isNotNull();
  }

  /**
   * Every named type (introspection types aside) with its fields, their types and arguments, and
   * its enum values, each list sorted (the printer sorts, introspection keeps declaration order).
   */
  private static Map<String, String> shape(GraphQLSchema schema) {
    Map<String, String> shape = new TreeMap<>();
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (type.getName().startsWith("__")) {
        continue;
      }
      List<String> members = new ArrayList<>();
      if (type instanceof GraphQLObjectType o) {
        for (GraphQLFieldDefinition f : o.getFieldDefinitions()) {
          List<String> args = new ArrayList<>();
          f.getArguments()
              .forEach(a -> args.add(a.getName() + ":" + GraphQLTypeUtil.simplePrint(a.getType())));
          args.sort(null);
          members.add(f.getName() + ":" + GraphQLTypeUtil.simplePrint(f.getType()) + args);
        }
      } else if (type instanceof GraphQLInputObjectType i) {
        i.getFieldDefinitions()
            .forEach(
                f -> members.add(f.getName() + ":" + GraphQLTypeUtil.simplePrint(f.getType())));
      } else if (type instanceof GraphQLEnumType e) {
        e.getValues().forEach(v -> members.add(v.getName()));
      }
      members.sort(null);
      shape.put(type.getName(), type.getClass().getSimpleName() + " " + members);
    }
    return shape;
  }
}
