package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The regulation endpoints over articles ingested through the API. */
@QuarkusTest
class RegulationApiTest {

  static long ingest(String sentence) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(CitingArticles.article(sentence))
        .post("/api/v1/documents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static JsonPath lookup(String symbol) {
    return given()
        .queryParam("symbol", symbol)
        .get("/api/v1/regulations/lookup")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void saysWhenTheIssuerWasInferred() {
    String implied = CitingArticles.number();
    String written = CitingArticles.number();
    ingest(
        "Ban Thường vụ Huyện ủy Đức Phổ triển khai Kế hoạch số "
            + implied
            + "-KH/HU. Các chi bộ thực hiện Kế hoạch số "
            + written
            + "-KH/HU ngày 2/3/2024 của Ban Thường vụ Huyện ủy Đức Phổ.");
    JsonPath inferred = lookup(implied + "-KH/HU");
    assertThat(inferred.getString("issuer.name")).isEqualTo("Ban Thường vụ Huyện ủy Đức Phổ");
    assertThat(inferred.getBoolean("issuerInferred")).isTrue();
    JsonPath stated = lookup(written + "-KH/HU");
    assertThat(stated.getString("issuer.name")).isEqualTo("Ban Thường vụ Huyện ủy Đức Phổ");
    assertThat(stated.getBoolean("issuerInferred")).isFalse();
  }

  static List<String> symbols(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/api/v1/regulations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.symbol", String.class);
  }

  @Test
  void aRegulationHasItsFieldsRelationsAndCounts() {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    ingest(
        "Hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị về công tác thử nghiệm mã "
            + n
            + ".");
    ingest(
        "Ban Tổ chức Trung ương ban hành Hướng dẫn số "
            + m
            + "-HD/BTCTW ngày 5-8-2022 hướng dẫn thực hiện Quy định số "
            + n
            + "-QĐ/TW.");
    JsonPath reg = lookup(n + "-QĐ/TW");
    long id = reg.getLong("id");
    given()
        .get("/api/v1/regulations/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id))
        .body("kind", equalTo("REGULATION"))
        .body("kindLabel", equalTo("Quy định"))
        .body("number", equalTo(n))
        .body("symbol", equalTo(n + "-QĐ/TW"))
        .body("symbolInferred", equalTo(false))
        .body("issuer.name", equalTo("Bộ Chính trị"))
        .body("issuedOn", equalTo("2022-02-08"))
        .body("title", equalTo("về công tác thử nghiệm mã " + n))
        .body("chapters", nullValue())
        .body("articles", nullValue())
        .body("citationCount", equalTo(2))
        .body("documentCount", equalTo(2))
        // The Nghệ An meeting of 10/10 that disseminated it.
        .body("meetingCount", equalTo(1))
        .body("conflicts.size()", equalTo(0))
        .body("relations.size()", equalTo(1))
        .body("relations[0].type", equalTo("GUIDES"))
        .body("relations[0].direction", equalTo("INCOMING"))
        .body("relations[0].regulation.symbol", equalTo(m + "-HD/BTCTW"))
        .body("relations[0].regulation.kindLabel", equalTo("Hướng dẫn"))
        .body("relations[0].regulation.issuer.name", equalTo("Ban Tổ chức Trung ương"));
    JsonPath guidance = lookup(m + "-HD/BTCTW");
    assertThat(guidance.getString("relations[0].direction")).isEqualTo("OUTGOING");
    assertThat(guidance.getLong("relations[0].regulation.id")).isEqualTo(id);
  }

  /**
   * Similar spelling (the fallback when nothing matches exactly) is for words, never for numbers:
   * "2579" must not find 2571-HD/BTCTW by its trigrams, with or without words beside it.
   */
  @Test
  void aNumberIsNeverMatchedBySimilarSpelling() {
    String n = CitingArticles.number();
    ingest(
        "Ban Tổ chức Trung ương ban hành Hướng dẫn số "
            + n
            + "-HD/BTCTW ngày 5-8-2022 về công tác rà soát mã "
            + n
            + ".");
    String guidance = n + "-HD/BTCTW";
    char last = n.charAt(n.length() - 1);
    String other = n.substring(0, n.length() - 1) + (last == '9' ? '8' : (char) (last + 1));
    assertThat(symbols(Map.of("q", n, "kind", "GUIDANCE"))).containsExactly(guidance);
    assertThat(symbols(Map.of("q", other, "kind", "GUIDANCE"))).doesNotContain(guidance);
    assertThat(symbols(Map.of("q", "huong dan " + other))).doesNotContain(guidance);
    assertThat(symbols(Map.of("q", "ra soat ma " + other))).doesNotContain(guidance);
    // A typo in a word still finds it, the number exact.
    assertThat(symbols(Map.of("q", "ra soaat " + n))).contains(guidance);
  }

  @Test
  void theListFiltersByKindIssuerYearAndWords() {
    String n = CitingArticles.number();
    ingest(
        "Hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị về công tác lọc danh sách mã "
            + n
            + ".");
    String symbol = n + "-QĐ/TW";
    long issuer = lookup(symbol).getLong("issuer.id");
    assertThat(symbols(Map.of("q", n))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "kind", "REGULATION"))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "kind", "regulation"))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "kind", "GUIDANCE"))).isEmpty();
    assertThat(symbols(Map.of("q", n, "year", "2022"))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "year", "2021"))).isEmpty();
    assertThat(symbols(Map.of("q", n, "issuer", "Bộ Chính trị"))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "issuer", "bo chinh tri"))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "issuer", String.valueOf(issuer)))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n, "issuer", "Ban Tổ chức Trung ương"))).isEmpty();
    assertThat(symbols(Map.of("q", n, "issuer", "Không có cơ quan này"))).isEmpty();
    assertThat(symbols(Map.of("q", "loc danh sach ma " + n))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", "Quy Định " + n))).containsExactly(symbol);
    assertThat(symbols(Map.of("q", n + "-qd/tw"))).containsExactly(symbol);
    // Punctuation is not a wildcard: "%" alone has nothing to search for.
    assertThat(symbols(Map.of("q", "%"))).isEmpty();
    assertThat(symbols(Map.of("q", "%" + n))).containsExactly(symbol);
  }

  @Test
  void theListIsCursorPaginatedNewestFirst() {
    String code = "phân trang " + CitingArticles.number();
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sentence
          .append("Quán triệt Chỉ thị số ")
          .append(CitingArticles.number())
          .append("-CT/TW ngày 18/8/2014 của Ban Bí thư về ")
          .append(code)
          .append(". ");
    }
    ingest(sentence.toString());
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("q", code).queryParam("limit", 2);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      Response response = request.get("/api/v1/regulations");
      response.then().statusCode(200);
      seen.addAll(response.jsonPath().getList("items.id", Long.class));
      cursor = response.jsonPath().getString("nextCursor");
      if (cursor != null) {
        assertThat(response.header("Link")).contains("rel=\"next\"").contains("limit=2");
      } else {
        assertThat(response.header("Link")).isNull();
      }
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void citationsOfARegulationArePaginatedWithTheirDocuments() {
    String n = CitingArticles.number();
    List<Long> documents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      documents.add(
          ingest("Quán triệt Kết luận số " + n + "-KL/TW ngày 22/9/2021 của Bộ Chính trị."));
    }
    long id = lookup(n + "-KL/TW").getLong("id");
    Response first = given().queryParam("limit", 2).get("/api/v1/regulations/" + id + "/citations");
    first
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items[0].document.id", equalTo(documents.get(2).intValue()))
        .body("items[0].document.title", equalTo("Hội nghị quán triệt văn bản của Đảng"))
        .body("items[0].text", equalTo("Kết luận số " + n + "-KL/TW"))
        .body("items[0].form", equalTo("FULL"))
        .body("items[0].stated.symbol", equalTo(n + "-KL/TW"))
        .body("items[0].stated.issuedOn", equalTo("2021-09-22"));
    assertThat(first.header("Link")).contains("rel=\"next\"");
    String body = given().get("/api/v1/documents/" + documents.get(2)).jsonPath().getString("body");
    int start = first.jsonPath().getInt("items[0].start");
    int end = first.jsonPath().getInt("items[0].end");
    assertThat(body.substring(start, end)).isEqualTo("Kết luận số " + n + "-KL/TW");
    given()
        .queryParam("limit", 2)
        .queryParam("cursor", first.jsonPath().getString("nextCursor"))
        .get("/api/v1/regulations/" + id + "/citations")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].document.id", equalTo(documents.get(0).intValue()))
        .body("nextCursor", nullValue());
  }

  static Stream<String> symbolVariants() {
    return Stream.of(
        "%s-QĐ/TW",
        "%s-QD/TW",
        "%s/QĐ-TW",
        "%s QĐ TW",
        "%s-qđ/tw",
        "%s – QĐ/TƯ",
        "%s-QĐ/T.Ư",
        " %s-QĐ/TW ",
        "%s-QĐ / TW");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symbolVariants")
  void lookupToleratesTypos(String variant) {
    String n = TOLERANCE_NUMBER;
    long id = toleranceId();
    assertThat(lookup(variant.formatted(n)).getLong("id")).isEqualTo(id);
  }

  private static final String TOLERANCE_NUMBER = CitingArticles.number();
  private static Long toleranceId;

  /** The regulation the lookup table resolves to, ingested on first use. */
  private static synchronized long toleranceId() {
    if (toleranceId == null) {
      ingest(
          "Quán triệt Quy định số " + TOLERANCE_NUMBER + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị.");
      toleranceId = lookup(TOLERANCE_NUMBER + "-QĐ/TW").getLong("id");
    }
    return toleranceId;
  }

  @ParameterizedTest
  @ValueSource(strings = {"%s-CT/TW", "%s-QĐ/TU", "%s-QĐ/BTCTW"})
  void lookupOfAnotherSymbolIs404(String variant) {
    toleranceId();
    given()
        .queryParam("symbol", variant.formatted(TOLERANCE_NUMBER))
        .get("/api/v1/regulations/lookup")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void lookupNarrowsByYear() {
    String n = CitingArticles.number();
    ingest("Quán triệt Nghị quyết số " + n + "-NQ/TW ngày 16/1/2012 của Ban Chấp hành Trung ương.");
    ingest(
        "Quán triệt Nghị quyết số " + n + "-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương.");
    ingest("Học tập Nghị quyết số " + n + "-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương.");
    // Two regulations share the symbol: the most cited is returned, year picks the other.
    assertThat(lookup(n + "-NQ/TW").getString("issuedOn")).isEqualTo("2016-10-30");
    assertThat(
            given()
                .queryParam("symbol", n + "-NQ/TW")
                .queryParam("year", 2012)
                .get("/api/v1/regulations/lookup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("issuedOn"))
        .isEqualTo("2012-01-16");
  }

  static Stream<Arguments> badReads() {
    // A valid cursor of another list.
    String documentsCursor =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("documents:v1:5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("/api/v1/regulations?kind=FOO", 400, "kind"),
        Arguments.of("/api/v1/regulations?year=abc", 400, "year"),
        Arguments.of("/api/v1/regulations?year=99", 400, "year"),
        Arguments.of("/api/v1/regulations?limit=0", 400, "limit"),
        Arguments.of("/api/v1/regulations?limit=many", 400, "limit"),
        Arguments.of("/api/v1/regulations?cursor=bm90LWEtY3Vyc29y", 400, "cursor"),
        Arguments.of("/api/v1/regulations?cursor=%%%", 400, "cursor"),
        Arguments.of("/api/v1/regulations?cursor=" + documentsCursor, 400, "cursor"),
        Arguments.of("/api/v1/regulations/abc", 400, "id"),
        Arguments.of("/api/v1/regulations/0", 400, "id"),
        Arguments.of("/api/v1/regulations/999999999", 404, null),
        Arguments.of("/api/v1/regulations/abc/citations", 400, "id"),
        Arguments.of("/api/v1/regulations/999999999/citations", 404, null),
        Arguments.of("/api/v1/regulations/1/citations?cursor=zzz", 400, "cursor"),
        Arguments.of("/api/v1/regulations/1/citations?limit=101", 400, "limit"),
        Arguments.of("/api/v1/regulations/lookup", 400, "symbol"),
        Arguments.of("/api/v1/regulations/lookup?symbol=", 400, "symbol"),
        Arguments.of("/api/v1/regulations/lookup?symbol=-/", 400, "symbol"),
        Arguments.of("/api/v1/regulations/lookup?symbol=58-QD/TW&year=next", 400, "year"));
  }

  @ParameterizedTest(name = "GET {0} -> {1}")
  @MethodSource("badReads")
  void badReadsAreProblemsNamingTheParameter(String path, int status, String parameter) {
    if (path.startsWith("/api/v1/regulations/1/")) {
      // An existing regulation, so that the failure is the parameter's.
      path = path.replace("/regulations/1/", "/regulations/" + toleranceId() + "/");
    }
    given()
        .get(path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter));
  }
}
