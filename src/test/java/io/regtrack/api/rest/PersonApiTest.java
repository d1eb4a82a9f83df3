package io.regtrack.api.rest;

import static io.regtrack.MeetingArticles.article;
import static io.regtrack.MeetingArticles.dayMonth;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.shared.text.TextKeys;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons across documents: the conservative merge rule and the person endpoints. */
@QuarkusTest
class PersonApiTest {

  /**
   * A report from {@code province} naming {@code name} with {@code positions} as chair, or without
   * positions as the speaker concluding the meeting.
   */
  static JsonPath report(String province, LocalDate day, String name, String positions) {
    String n = CitingArticles.number();
    return MeetingApiTest.ingest(
        article(
            "Hội nghị quán triệt Quy định số " + n + "-QĐ/TW tại " + province,
            day,
            "Sáng "
                + dayMonth(day)
                + ", Ban Thường vụ Tỉnh ủy "
                + province
                + " tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW của Bộ Chính trị về công tác thử nghiệm."
                + (positions.isEmpty()
                    ? " Phát biểu kết luận hội nghị, đồng chí "
                        + name
                        + " đề nghị các cấp ủy triển khai nghiêm túc."
                    : " Đồng chí " + name + ", " + positions + " chủ trì hội nghị.")));
  }

  static long personId(JsonPath document, String name) {
    int i = document.getList("persons.name").indexOf(name);
    assertThat(i).as("%s in %s", name, document.getList("persons.name")).isNotNegative();
    return document.getLong("persons[" + i + "].id");
  }

  static JsonPath person(long id) {
    return given().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void sameNameAndASharedPositionIsOnePerson() {
    String name = MeetingArticles.name();
    String post = "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương";
    JsonPath a = report("Bắc Giang", LocalDate.of(2022, 6, 10), name, post);
    JsonPath b = report("Sóc Trăng", LocalDate.of(2022, 9, 12), name, post);
    long id = personId(a, name);
    assertThat(personId(b, name)).isEqualTo(id);
    JsonPath p = person(id);
    assertThat(p.getString("name")).isEqualTo(name);
    assertThat(p.getList("positions")).containsExactly(post);
    // Positions over time: each appearance with its date, document and meeting, latest first.
    assertThat(p.getList("appearances.date")).containsExactly("2022-09-12", "2022-06-10");
    assertThat(p.getList("appearances.document.id", Long.class))
        .containsExactly(b.getLong("id"), a.getLong("id"));
    assertThat(p.getList("appearances[0].meetings.id", Long.class))
        .containsExactly(b.getLong("meetings[0].id"));
    assertThat(p.getList("appearances[0].positions")).containsExactly(post);
    assertThat(p.getList("meetings.id", Long.class))
        .containsExactly(b.getLong("meetings[0].id"), a.getLong("meetings[0].id"));
    assertThat(p.getList("meetings.role")).containsOnly("CHAIR");
    assertThat(p.getList("meetings.positions[0]")).containsExactly(post);
  }

  @Test
  void aPromotionInTheSameBodyIsOnePersonWithBothPositions() {
    String name = MeetingArticles.name();
    JsonPath before = report("Nghệ An", LocalDate.of(2021, 4, 2), name, "Phó Bí thư Tỉnh ủy");
    JsonPath after = report("Nghệ An", LocalDate.of(2023, 4, 3), name, "Bí thư Tỉnh ủy");
    long id = personId(before, name);
    assertThat(personId(after, name)).isEqualTo(id);
    assertThat(person(id).getList("positions"))
        .containsExactlyInAnyOrder("Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy");
  }

  @Test
  void homonymsWithUnrelatedPostsStayApart() {
    String name = MeetingArticles.name();
    // The same post title, but of two provinces.
    JsonPath a = report("Sóc Trăng", LocalDate.of(2022, 3, 1), name, "Bí thư Tỉnh ủy");
    JsonPath b = report("Bắc Giang", LocalDate.of(2022, 3, 2), name, "Bí thư Tỉnh ủy");
    // Unrelated posts in one province.
    JsonPath c = report("Hà Tĩnh", LocalDate.of(2022, 3, 3), name, "Giám đốc Công an tỉnh");
    JsonPath d = report("Hà Tĩnh", LocalDate.of(2022, 3, 4), name, "Chủ tịch UBND tỉnh");
    assertThat(List.of(personId(a, name), personId(b, name), personId(c, name), personId(d, name)))
        .doesNotHaveDuplicates();
    assertThat(
            given()
                .queryParam("q", name)
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .hasSize(4);
  }

  @Test
  void anAppearanceWithoutPositionsJoinsTheNameInTheSameProvinceOnly() {
    String name = MeetingArticles.name();
    JsonPath bare = report("Quảng Trị", LocalDate.of(2022, 5, 5), name, "");
    assertThat(bare.getList("persons.name")).contains(name);
    assertThat(
            bare.getList("persons[" + bare.getList("persons.name").indexOf(name) + "].positions"))
        .isEmpty();
    JsonPath stated = report("Quảng Trị", LocalDate.of(2022, 5, 6), name, "Phó Chủ tịch HĐND tỉnh");
    JsonPath elsewhere = report("Cà Mau", LocalDate.of(2022, 5, 7), name, "");
    assertThat(personId(stated, name)).isEqualTo(personId(bare, name));
    assertThat(personId(elsewhere, name)).isNotEqualTo(personId(bare, name));
  }

  @Test
  void theSearchIgnoresCaseAndDiacritics() {
    String name = MeetingArticles.name();
    JsonPath doc = report("Lào Cai", LocalDate.of(2022, 7, 7), name, "Phó Bí thư Tỉnh ủy");
    long id = personId(doc, name);
    for (String q : List.of(name, TextKeys.fold(name), name.toUpperCase(), name.split(" ")[2])) {
      assertThat(
              given()
                  .queryParam("q", q)
                  .queryParam("limit", 100)
                  .get("/api/v1/persons")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items.id", Long.class))
          .as(q)
          .contains(id);
    }
    JsonPath hit = given().queryParam("q", name).get("/api/v1/persons").then().extract().jsonPath();
    assertThat(hit.getString("items[0].name")).isEqualTo(name);
    assertThat(hit.getList("items[0].positions")).containsExactly("Phó Bí thư Tỉnh ủy");
    assertThat(hit.getInt("items[0].documentCount")).isEqualTo(1);
  }

  @Test
  void thePersonListIsCursorPaginated() {
    var first = given().queryParam("limit", 1).get("/api/v1/persons");
    first.then().statusCode(200);
    String cursor = first.jsonPath().getString("nextCursor");
    if (cursor != null) {
      assertThat(first.header("Link")).contains("rel=\"next\"");
      long firstId = first.jsonPath().getLong("items[0].id");
      long secondId =
          given()
              .queryParam("limit", 1)
              .queryParam("cursor", cursor)
              .get("/api/v1/persons")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("items[0].id");
      assertThat(secondId).isLessThan(firstId);
    }
  }

  @Test
  void unknownAndMalformedRequests() {
    given().get("/api/v1/persons/987654321").then().statusCode(404);
    given().get("/api/v1/persons/x").then().statusCode(400).body("parameter", equalTo("id"));
    given()
        .queryParam("limit", "500")
        .get("/api/v1/persons")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("limit"));
    given()
        .queryParam("cursor", "bad")
        .get("/api/v1/persons")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("cursor"));
  }
}
