package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/v1/citations/extract: text in, citations out, nothing stored, no key. */
@QuarkusTest
class CitationExtractTest {

  private static JsonPath extract(String text) {
    return given()
        .contentType("text/plain; charset=utf-8")
        .body(text.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/citations/extract")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  @Test
  void keepsTheSymbolAsWrittenWhenTheWordCorrectsIt() {
    JsonPath json = extract("Sơ kết Kết luận số 12-CT/TW của Bộ Chính trị.");
    assertThat(json.getString("citations[0].stated.kind")).isEqualTo("CONCLUSION");
    assertThat(json.getString("citations[0].stated.symbol")).isEqualTo("12-KL/TW");
    assertThat(json.getString("citations[0].stated.symbolAsWritten")).isEqualTo("12-CT/TW");
    assertThat(json.getBoolean("citations[0].stated.issuerInferred")).isFalse();
    JsonPath plain = extract("Quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị.");
    assertThat(plain.getMap("citations[0].stated")).containsEntry("symbolAsWritten", null);
  }

  @Test
  void findsCitationsResolvesKnownOnesAndStoresNothing() {
    String known = CitingArticles.number();
    RegulationApiTest.ingest(
        "Quán triệt Quy định số " + known + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị.");
    long knownId = RegulationApiTest.lookup(known + "-QĐ/TW").getLong("id");
    String unknown = CitingArticles.number();
    String text =
        "Logo báo\nTrang chủ > Xây dựng Đảng\nThực hiện Quy định số "
            + known
            + "-QĐ/TW ngày 8-2-2022 của Bộ Chính trị và Chỉ thị số "
            + unknown
            + "-CT/TW của Ban Bí thư, tỉnh triển khai Quy định "
            + known
            + ".";
    long before = Db.registryRows();
    JsonPath json = extract(text);
    assertThat(Db.registryRows()).isEqualTo(before);

    List<Map<String, Object>> citations = json.getList("citations");
    assertThat(citations).hasSize(3);
    for (Map<String, Object> c : citations) {
      assertThat(c.get("id")).isNull();
      assertThat(text.substring((Integer) c.get("start"), (Integer) c.get("end")))
          .isEqualTo(c.get("text"));
    }
    assertThat(json.getString("citations[0].text")).isEqualTo("Quy định số " + known + "-QĐ/TW");
    assertThat(json.getString("citations[0].form")).isEqualTo("FULL");
    assertThat(json.getString("citations[0].stated.kind")).isEqualTo("REGULATION");
    assertThat(json.getString("citations[0].stated.issuedOn")).isEqualTo("2022-02-08");
    assertThat(json.getString("citations[0].stated.issuer")).isEqualTo("Bộ Chính trị");
    assertThat(json.getLong("citations[0].regulation.id")).isEqualTo(knownId);
    assertThat(json.getString("citations[0].regulation.kindLabel")).isEqualTo("Quy định");
    assertThat(json.getString("citations[1].stated.symbol")).isEqualTo(unknown + "-CT/TW");
    assertThat(json.getMap("citations[1]")).containsEntry("regulation", null);
    assertThat(json.getString("citations[2].form")).isEqualTo("SHORT");
    assertThat(json.getLong("citations[2].regulation.id")).isEqualTo(knownId);
  }

  @Test
  void aLocalSymbolWithoutItsProvinceResolvesToTheKnownRegulation() {
    String n = CitingArticles.number();
    // The article is from Nghệ An: its "…/TU" series is Nghệ An's.
    RegulationApiTest.ingest(
        "Quán triệt Chỉ thị số " + n + "-CT/TU ngày 20/5/2020 về công tác cán bộ.");
    long id = RegulationApiTest.lookup(n + "-CT/TU").getLong("id");
    JsonPath json = extract("Thực hiện Chỉ thị số " + n + "-CT/TU.");
    assertThat(json.getLong("citations[0].regulation.id")).isEqualTo(id);
  }

  @Test
  void acceptsJsonAndNeedsNoKey() {
    String n = CitingArticles.number();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "Căn cứ Nghị định số 15/2020/NĐ-CP và Chỉ thị số " + n + "-CT/TW."))
        .post("/api/v1/citations/extract")
        .then()
        .statusCode(200)
        .body("citations.size()", equalTo(2))
        .body("citations[0].text", equalTo("Nghị định số 15/2020/NĐ-CP"))
        .body("citations[0].stated.kind", equalTo("DECREE"))
        .body("citations[1].text", equalTo("Chỉ thị số " + n + "-CT/TW"))
        .body("citations[1].regulation", nullValue());
  }

  @Test
  void spansIndexTheTextAsSentEvenWhenDecomposed() {
    String n = CitingArticles.number();
    String sent =
        Normalizer.normalize(
            "Hội nghị quán triệt Quy định số " + n + "-QĐ/TW của Bộ Chính trị.",
            Normalizer.Form.NFD);
    JsonPath json = extract(sent);
    assertThat(json.getList("citations")).hasSize(1);
    int start = json.getInt("citations[0].start");
    int end = json.getInt("citations[0].end");
    assertThat(json.getString("citations[0].text")).isEqualTo(sent.substring(start, end));
    assertThat(Normalizer.normalize(sent.substring(start, end), Normalizer.Form.NFC))
        .isEqualTo("Quy định số " + n + "-QĐ/TW");
  }

  @Test
  void aTextWithoutCitationsHasNone() {
    assertThat(extract("Theo Điều 1, Ban Chỉ đạo 35 họp.").getList("citations")).isEmpty();
    assertThat(extract("Hôm nay trời đẹp.").getList("citations")).isEmpty();
  }

  static Stream<Arguments> badRequests() {
    byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
    Arrays.fill(tooLarge, (byte) 'a');
    return Stream.of(
        Arguments.of("text/plain; charset=utf-8", tooLarge, 413, "body"),
        Arguments.of("text/plain; charset=utf-8", new byte[0], 400, "text"),
        Arguments.of("text/plain; charset=utf-8", utf8("  \n "), 400, "text"),
        Arguments.of("application/json", utf8("{\"text\": \"   \"}"), 400, "text"),
        Arguments.of("application/json", utf8("{\"url\": \"x\"}"), 400, "text"),
        Arguments.of("application/json", utf8("{\"text\": 5}"), 400, "text"),
        Arguments.of("application/json", utf8("{\"text\": \"Quy"), 400, "body"),
        Arguments.of("application/json", utf8("[\"Quy định số 58-QĐ/TW\"]"), 400, "body"),
        Arguments.of("text/plain; charset=iso-8859-1", utf8("abc"), 415, "Content-Type"),
        Arguments.of("application/xml", utf8("<a/>"), 415, "Content-Type"),
        Arguments.of("text/plain; charset=utf-8", new byte[] {'Q', (byte) 0xC3, '('}, 400, "body"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("badRequests")
  void badRequestsAreProblemsAndWriteNothing(
      String contentType, byte[] body, int status, String parameter) {
    long before = Db.registryRows();
    given()
        .contentType(contentType)
        .body(body)
        .post("/api/v1/citations/extract")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter))
        .body("detail", not(containsString("Exception")));
    assertThat(Db.registryRows()).isEqualTo(before);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
