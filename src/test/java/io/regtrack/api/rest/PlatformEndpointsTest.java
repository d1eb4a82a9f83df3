package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

  @Test
  void readinessIsUp() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiDescribesTheDocumentsApi() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/documents"));
  }

  /** Ingestion documents its three body types, the lists their two response types. */
  @Test
  void openApiDescribesHtmlIngestionAndCsvExports() {
    JsonPath api =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(api.getMap("paths.'/api/v1/documents'.post.requestBody.content"))
        .containsKeys("text/plain", "application/json", "text/html");
    assertThat(api.getList("paths.'/api/v1/documents'.post.parameters.name"))
        .contains("url", "source", "publishedAt");
    // Each list has one response type (JSON); its CSV export is an operation of its own.
    for (String path :
        List.of(
            "/api/v1/meetings",
            "/api/v1/regulations",
            "/api/v1/regulations/{id}/citations",
            "/api/v1/regulations/{id}/meetings")) {
      String export = path.replaceFirst("^/api/v1/", "/api/v1/exports/") + ".csv";
      assertThat(api.getMap("paths.'" + path + "'.get.responses.'200'.content"))
          .as(path)
          .containsOnlyKeys("application/json");
      assertThat(api.getMap("paths.'" + export + "'.get.responses.'200'.content"))
          .as(export)
          .containsOnlyKeys("text/csv");
      assertThat(api.getMap("paths.'" + export + "'.get.responses.'200'.headers"))
          .as(export)
          .containsKeys("Link", "Content-Disposition");
      for (String p : List.of(path, export)) {
        assertThat(api.getMap("paths.'" + p + "'.get.responses")).as(p).containsKey("406");
      }
    }
  }

  @Test
  void graphqlAnswers() {
    given()
        .contentType("application/json")
        .body("{\"query\":\"{ document(id: \\\"999999999\\\") { id title } }\"}")
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.document", equalTo(null));
  }

  @Test
  void unknownPathsAreProblems() {
    given().get("/api/v1/nothing-here").then().statusCode(404);
  }
}
