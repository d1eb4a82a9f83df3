package io.regtrack.api.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Posting GraphQL operations in tests. */
final class GraphQl {
  private GraphQl() {}

  /** The response of {@code query} with {@code variables} (alternating names and values). */
  static JsonPath post(String query, Object... variables) {
    return postAs(null, query, variables);
  }

  /** The same with an {@code Authorization} header ({@code null}: none). */
  static JsonPath postAs(String authorization, String query, Object... variables) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      vars.put((String) variables[i], variables[i + 1]);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    body.put("variables", vars);
    // application/json: errors come with 200 (GraphQL over HTTP, legacy media type).
    RequestSpecification request =
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
    if (authorization != null) {
      request = request.header("Authorization", authorization);
    }
    return request.post("/graphql").then().statusCode(200).extract().jsonPath();
  }

  /** The data of a query that must succeed without errors. */
  static JsonPath data(String query, Object... variables) {
    JsonPath response = post(query, variables);
    if (response.get("errors") != null) {
      throw new AssertionError("GraphQL errors: " + response.prettify());
    }
    return response.setRootPath("data");
  }
}
