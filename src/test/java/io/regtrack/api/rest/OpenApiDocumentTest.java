package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document ({@code openapi/openapi.yaml}) is the REST contract integrators
 * and the generated client build on: this test fails on any difference from the live document and
 * says how to regenerate it.
 */
@QuarkusTest
class OpenApiDocumentTest {
  static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
  static final String UPDATE_PROPERTY = "regtrack.update-openapi";
  static final String REGENERATE =
      "./mvnw test -Dtest=OpenApiDocumentTest -D" + UPDATE_PROPERTY + "=true";

  @Test
  void committedDocumentMatchesTheLiveDocument() throws IOException {
    String live =
        normalize(
            given()
                .queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
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
            "The live OpenAPI document differs from %s. If the change is intended, regenerate the"
                + " file with:%n  %s%nand commit it.",
            COMMITTED, REGENERATE)
        .isEqualTo(live);
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n").strip() + "\n";
  }
}
