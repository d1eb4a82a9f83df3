package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Depth, complexity and size limits refuse abusive queries with a clear error, nothing run. */
@QuarkusTest
class GraphQlLimitsTest {
  @Test
  void aDepth30QueryIsRefused() {
    // organizations → nodes → parent → parent → … nests one level per parent.
    StringBuilder q = new StringBuilder("{ organizations(first: 1) { nodes { ");
    for (int i = 0; i < 28; i++) {
      q.append("parent { ");
    }
    q.append("name");
    q.append(" }".repeat(28)).append(" } } }");
    JsonPath r = GraphQl.post(q.toString());
    assertThat(r.getString("errors[0].message")).containsIgnoringCase("depth");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_LIMIT_EXCEEDED");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void aQueryWithinTheDepthLimitRuns() {
    JsonPath r =
        GraphQl.post(
            "{ meetings(first: 1) { nodes { regulations { regulation { timeline { entries {"
                + " meeting { participants { person { meetings(first: 1) { nodes { title } } } }"
                + " } } } } } } } }");
    assertThat(r.getString("errors")).isNull();
  }

  @Test
  void aThousandAliasQueryIsRefused() {
    StringBuilder q = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      q.append(" a").append(i).append(": provinces { name }");
    }
    q.append(" }");
    JsonPath r = GraphQl.post(q.toString());
    assertThat(r.getString("errors[0].message")).containsIgnoringCase("complexity");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_LIMIT_EXCEEDED");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void aOneMegabyteQueryIsRefusedByTheParser() {
    StringBuilder q = new StringBuilder("{ ");
    while (q.length() < 1_000_000) {
      q.append("__typename ");
    }
    q.append("}");
    JsonPath r = GraphQl.post(q.toString());
    assertThat(r.getString("errors[0].message"))
        .contains("too large")
        .containsIgnoringCase("token");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
    assertThat(r.getString("data")).isNull();
  }
}
