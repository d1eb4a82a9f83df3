package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentListTest {

  @Test
  void cursorPaginationVisitsEveryDocumentOnceNewestFirst() {
    for (int i = 0; i < 5; i++) {
      given()
          .header("Authorization", TestKeys.EDITOR)
          .contentType("text/plain; charset=utf-8")
          .body(Articles.unique())
          .post("/api/v1/documents")
          .then()
          .statusCode(201);
    }
    long total = DocumentCounter.count();
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("limit", 2);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      Response response = request.get("/api/v1/documents");
      response.then().statusCode(200);
      JsonPath json = response.jsonPath();
      List<Long> ids = json.getList("items.id", Long.class);
      assertThat(ids).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids);
      cursor = json.getString("nextCursor");
      String link = response.header("Link");
      if (cursor != null) {
        assertThat(link).contains("rel=\"next\"").contains("cursor=").contains("limit=2");
      } else {
        assertThat(link).isNull();
      }
      pages++;
    } while (cursor != null && pages < 1000);
    assertThat(seen).hasSize((int) total);
    Set<Long> distinct = new HashSet<>(seen);
    assertThat(distinct).hasSize(seen.size());
    assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void listItemsOmitTheBody() {
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(Articles.unique())
        .post("/api/v1/documents");
    JsonPath json = given().queryParam("limit", 1).get("/api/v1/documents").jsonPath();
    assertThat(json.getMap("items[0]"))
        .containsKeys("id", "title", "contentHash")
        .doesNotContainKey("body");
  }

  @org.junit.jupiter.api.Test
  void regulationFilterTakesAnIdOrASymbol() {
    String n = io.regtrack.CitingArticles.number();
    long cited =
        io.restassured.RestAssured.given()
            .header("Authorization", io.regtrack.TestKeys.EDITOR)
            .contentType("text/plain; charset=utf-8")
            .body(
                io.regtrack.CitingArticles.article(
                    "Các cấp ủy quán triệt Chỉ thị số " + n + "-CT/TW của Ban Bí thư."))
            .post("/api/v1/documents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    for (String value : java.util.List.of(n + "-CT/TW", n + "-CT/TW".replace("/", " "))) {
      org.assertj.core.api.Assertions.assertThat(
              io.restassured.RestAssured.given()
                  .queryParam("regulation", value)
                  .get("/api/v1/documents")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items.id", Long.class))
          .as(value)
          .containsExactly(cited);
    }
    org.assertj.core.api.Assertions.assertThat(
            io.restassured.RestAssured.given()
                .queryParam("regulation", "1-XX/ZZ")
                .get("/api/v1/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
  }
}
