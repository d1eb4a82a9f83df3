package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
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
