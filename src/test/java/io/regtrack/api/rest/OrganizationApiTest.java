package io.regtrack.api.rest;

import static io.regtrack.MeetingArticles.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organizations (with province and parent) and the province gazetteer. */
@QuarkusTest
class OrganizationApiTest {

  static JsonPath organizations(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .queryParam("limit", 100)
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void organizersAndTheBodiesOfPositionsGetProvinceAndParent() {
    String n = CitingArticles.number();
    MeetingApiTest.ingest(
        article(
            "Bắc Giang: Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
            LocalDate.of(2022, 6, 10),
            "Sáng 10/6, Ban Tổ chức Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + MeetingArticles.name()
                + ", Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương trình"
                + " bày nội dung Quy định."));

    JsonPath organizer = organizations(Map.of("q", "ban to chuc tinh uy bac giang"));
    assertThat(organizer.getList("items.name")).containsExactly("Ban Tổ chức Tỉnh ủy Bắc Giang");
    assertThat(organizer.getString("items[0].kind")).isEqualTo("PARTY_LOCAL");
    assertThat(organizer.getString("items[0].province")).isEqualTo("Bắc Giang");
    assertThat(organizer.getString("items[0].parent.name")).isEqualTo("Tỉnh ủy Bắc Giang");

    JsonPath department = organizations(Map.of("q", "Cục Bảo vệ chính trị nội bộ"));
    assertThat(department.getList("items.name")).containsExactly("Cục Bảo vệ chính trị nội bộ");
    assertThat(department.getString("items[0].parent.name")).isEqualTo("Ban Tổ chức Trung ương");
    assertThat(department.getString("items[0].province")).isNull();
    assertThat(department.getString("items[0].kind")).isEqualTo("PARTY_CENTRAL");
    long parent = department.getLong("items[0].parent.id");
    given()
        .get("/api/v1/organizations/" + parent)
        .then()
        .statusCode(200)
        .body("name", equalTo("Ban Tổ chức Trung ương"))
        .body("kind", equalTo("PARTY_CENTRAL"));

    // Bắc Giang became part of Bắc Ninh on 1 July 2025: both names find it.
    for (String province : List.of("Bắc Giang", "Bắc Ninh", "bac-giang")) {
      assertThat(
              organizations(Map.of("province", province, "q", "tinh uy bac giang"))
                  .getList("items.name"))
          .as(province)
          .contains("Tỉnh ủy Bắc Giang", "Ban Tổ chức Tỉnh ủy Bắc Giang");
    }
    assertThat(
            organizations(Map.of("province", "Hà Nam", "q", "tinh uy bac giang")).getList("items"))
        .isEmpty();
    assertThat(
            organizations(Map.of("kind", "PARTY_CENTRAL", "q", "ban to chuc"))
                .getList("items.kind"))
        .containsOnly("PARTY_CENTRAL")
        .isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({"kind, PARTY", "province, Atlantis", "limit, -1", "cursor, x"})
  void badParametersAre400sNamingTheParameter(String parameter, String value) {
    given()
        .queryParam(parameter, value)
        .get("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("parameter", equalTo(parameter));
  }

  @Test
  void unknownOrganization() {
    given().get("/api/v1/organizations/987654321").then().statusCode(404);
  }

  @ParameterizedTest(name = "era={0} -> {1} units")
  @CsvSource({"PRE_2025, 63", "post_2025, 34", "BOTH, 33"})
  void theGazetteerNarrowsToAnEra(String era, int units) {
    given()
        .queryParam("era", era)
        .get("/api/v1/provinces")
        .then()
        .statusCode(200)
        .body("size()", equalTo(units));
  }

  @Test
  void anUnknownEraIsABadRequest() {
    given()
        .queryParam("era", "FOO")
        .get("/api/v1/provinces")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("era"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theProvinceGazetteerHasTheMergerMapping() {
    JsonPath provinces =
        given().get("/api/v1/provinces").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> all = provinces.getList("$");
    assertThat(all.stream().filter(p -> !"POST_2025".equals(p.get("era")))).hasSize(63);
    assertThat(all.stream().filter(p -> !"PRE_2025".equals(p.get("era")))).hasSize(34);
    Map<String, Object> socTrang =
        all.stream().filter(p -> p.get("name").equals("Sóc Trăng")).findFirst().orElseThrow();
    assertThat(socTrang)
        .containsEntry("code", "soc-trang")
        .containsEntry("era", "PRE_2025")
        .containsEntry("today", "Cần Thơ")
        .containsEntry("predecessors", List.of());
    Map<String, Object> canTho =
        all.stream().filter(p -> p.get("name").equals("Cần Thơ")).findFirst().orElseThrow();
    assertThat(canTho).containsEntry("today", "Cần Thơ").containsEntry("kind", "CITY");
    assertThat((List<Object>) canTho.get("predecessors"))
        .containsExactlyInAnyOrder("Cần Thơ", "Hậu Giang", "Sóc Trăng");
    Map<String, Object> hue =
        all.stream().filter(p -> p.get("name").equals("Huế")).findFirst().orElseThrow();
    assertThat(hue).containsEntry("era", "POST_2025");
    assertThat((List<Object>) hue.get("predecessors")).containsExactly("Thừa Thiên Huế");
  }
}
