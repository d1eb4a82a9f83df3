package io.regtrack.api.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed SDL ({@code graphql-schema/schema.graphql}) is the GraphQL contract: this test
 * fails on any difference from the live schema and says how to regenerate the file.
 */
@QuarkusTest
class GraphQlSchemaTest {
  static final Path COMMITTED = Path.of("graphql-schema", "schema.graphql");
  static final String UPDATE_PROPERTY = "regtrack.update-schema";
  static final String REGENERATE =
      "./mvnw test -Dtest=GraphQlSchemaTest -D" + UPDATE_PROPERTY + "=true";

  @Test
  void committedSchemaMatchesTheLiveSchema() throws IOException {
    String live =
        normalize(
            given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED))
        .as("%s is missing; generate it with: %s", COMMITTED, REGENERATE)
        .isTrue();
    String committed = normalize(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    assertThat(committed)
        .as(
            "The live GraphQL schema differs from %s. If the change is intended, regenerate the"
                + " file with:%n  %s%nand commit it.",
            COMMITTED, REGENERATE)
        .isEqualTo(live);
  }

  private static String normalize(String sdl) {
    return sdl.replace("\r\n", "\n").strip() + "\n";
  }
}
