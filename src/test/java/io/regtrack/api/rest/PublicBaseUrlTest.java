package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With regtrack.http.public-base-url set, Link and Location are absolute URLs on it. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.Configured.class)
class PublicBaseUrlTest {
  static final String BASE = "https://api.regtrack.test/";

  /** The public base URL of a deployment behind a proxy. */
  public static class Configured implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("regtrack.http.public-base-url", BASE);
    }
  }

  @Test
  void linkAndLocationAreOnThePublicBaseUrl() {
    Response created = null;
    for (int i = 0; i < 2; i++) {
      created =
          given()
              .header("Host", "evil.example")
              .header("Authorization", TestKeys.EDITOR)
              .contentType("text/plain; charset=utf-8")
              .body(Articles.unique().getBytes(StandardCharsets.UTF_8))
              .post("/api/v1/documents");
      assertThat(created.statusCode()).isEqualTo(201);
    }
    assertThat(created.header("Location"))
        .isEqualTo(
            "https://api.regtrack.test/api/v1/documents/" + created.jsonPath().getLong("id"));
    String link =
        given().header("Host", "evil.example").get("/api/v1/documents?limit=1").header("Link");
    assertThat(link).startsWith("<https://api.regtrack.test/api/v1/documents?").contains("cursor=");
  }
}
