package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The URLs the API hands out never come from the Host header (issue 16): without a configured
 * public base URL, Link and Location are relative references.
 */
@QuarkusTest
class PublicUrlsTest {
  private static final String EVIL = "evil.example";

  @Test
  void aNextLinkIsRelativeWhateverHostSays() {
    ingest();
    ingest();
    Response page = given().header("Host", EVIL).get("/api/v1/documents?limit=1");
    assertThat(page.statusCode()).isEqualTo(200);
    String link = page.header("Link");
    assertThat(link).startsWith("</api/v1/documents?").contains("cursor=").doesNotContain(EVIL);
  }

  @Test
  void aLocationIsRelativeWhateverHostSays() {
    Response created =
        given()
            .header("Host", EVIL)
            .header("Authorization", TestKeys.EDITOR)
            .contentType("text/plain; charset=utf-8")
            .body(Articles.unique().getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/documents");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/documents/" + created.jsonPath().getLong("id"));
    // and it works as it is, resolved against the URL the client called
    given().get(created.header("Location")).then().statusCode(200);
  }

  private static void ingest() {
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(Articles.unique().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/documents")
        .then()
        .statusCode(201);
  }
}
