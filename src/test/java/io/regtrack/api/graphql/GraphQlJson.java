package io.regtrack.api.graphql;

import io.restassured.path.json.JsonPath;

/** Assertions on GraphQL responses. */
final class GraphQlJson {
  private GraphQlJson() {}

  /** {@code response}, after checking it has no errors. */
  static JsonPath ok(JsonPath response) {
    if (response.get("errors") != null) {
      throw new AssertionError("GraphQL errors: " + response.prettify());
    }
    return response;
  }
}
