package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/documents} with {@code Content-Type: text/html}: the saved pages under {@code
 * src/test/resources/html/} (invented articles).
 */
@QuarkusTest
class HtmlIngestTest {
  private static final String PAGE = "binh-dinh-quy-dinh-114";

  /**
   * The page and its plain-text scrape give the same body (same content hash), the same citations
   * and the same meeting: the text is ingested, read and deleted, then the page is ingested.
   */
  @Test
  void aPageIsExtractedLikeTheSameArticleAsText() {
    JsonPath fromText =
        post("text/plain; charset=utf-8", resource(PAGE + ".txt"), Map.of())
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    given()
        .header("Authorization", TestKeys.EDITOR)
        .delete("/api/v1/documents/" + fromText.getLong("id"))
        .then()
        .statusCode(204);

    Response created = post("text/html; charset=utf-8", resource(PAGE + ".html"), Map.of());
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/documents/"))
        .body(
            "title",
            equalTo(
                "Bình Định: Quán triệt Quy định số 114-QĐ/TW về kiểm soát quyền lực trong công tác"
                    + " cán bộ"))
        .body("publishedAt", equalTo("2023-09-14T15:20:00+07:00"))
        .body("publishedOn", equalTo("2023-09-14"))
        .body("source", equalTo("Báo Bình Định điện tử"))
        .body(
            "url",
            equalTo(
                "https://baobinhdinh.example.vn/chinh-tri/quan-triet-quy-dinh-114-qd-tw-a12345.html"))
        .body("author", equalTo("Ngọc Hân"))
        .body("citations.stated.symbol", hasItem("114-QĐ/TW"))
        .body("citations.stated.symbol", not(hasItem("205-QĐ/TW")))
        .body("body", not(containsString("Tin liên quan")));
    JsonPath fromHtml = created.jsonPath();

    assertThat(fromHtml.getString("contentHash")).isEqualTo(fromText.getString("contentHash"));
    assertThat(fromHtml.getString("body")).isEqualTo(fromText.getString("body"));
    assertThat(fromHtml.getList("captions")).isEqualTo(fromText.getList("captions"));
    assertThat(citations(fromHtml)).isNotEmpty().isEqualTo(citations(fromText));
    assertThat(meetings(fromHtml)).hasSize(1).isEqualTo(meetings(fromText));
    assertThat(fromHtml.getString("meetings[0].province")).isEqualTo("Bình Định");
    assertThat(fromHtml.getString("meetings[0].date")).isEqualTo("2023-09-14");
  }

  /** The same article posted as text after its page is a duplicate: 200 with the same document. */
  @Test
  void theSameArticleAsTextAfterItsPageIsTheSameDocument() {
    String page = "hoa-binh-quy-dinh-41";
    Response created = post("text/html", resource(page + ".html"), Map.of());
    created
        .then()
        .statusCode(201)
        .body("author", equalTo("Thanh Hà"))
        .body("source", equalTo("Báo Hòa Bình điện tử"))
        .body("publishedAt", equalTo("2022-03-15T10:05:00+07:00"))
        .body("citations.stated.symbol", hasItem("41-QĐ/TW"))
        .body("meetings[0].province", equalTo("Hòa Bình"));
    long id = created.jsonPath().getLong("id");
    // The HTML stage's own text is the same article.
    String text =
        io.regtrack.extraction.text.HtmlArticle.parse(
                new String(resource(page + ".html"), StandardCharsets.UTF_8))
            .text();
    post("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of())
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));
    // And the page again.
    post("text/html; charset=UTF-8", resource(page + ".html"), Map.of())
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));
  }

  /** Metadata the request gives wins over the page's; what it leaves out comes from the page. */
  @Test
  void requestMetadataOverridesThePage() {
    post(
            "text/html",
            resource("cao-loc-quy-dinh-144.html"),
            Map.of("url", "https://caoloc.example.vn/tin/1", "source", "Huyện ủy Cao Lộc"))
        .then()
        .statusCode(201)
        .body(
            "title",
            equalTo(
                "Cao Lộc quán triệt Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên"))
        .body("url", equalTo("https://caoloc.example.vn/tin/1"))
        .body("source", equalTo("Huyện ủy Cao Lộc"))
        .body("publishedAt", equalTo("2024-06-20T16:45:00+07:00"))
        .body("author", equalTo("Hồng Nhung (Ban Tuyên giáo Huyện ủy)"))
        .body("citations.stated.symbol", hasItem("144-QĐ/TW"))
        .body("citations.stated.symbol", not(hasItem("29-CT/TU")))
        .body("meetings[0].kind", equalTo("DISSEMINATION"));
  }

  @Test
  void aMetaCharsetUtf8PageWithoutCharsetParameterIsAccepted() {
    // hoa-binh declares <meta http-equiv="Content-Type" content="text/html; charset=utf-8">,
    // binh-dinh <meta charset="utf-8">; both were posted without a charset parameter above.
    assertThat(RequestBodies.metaCharset(resource("hoa-binh-quy-dinh-41.html"))).isEqualTo("utf-8");
    assertThat(RequestBodies.metaCharset(resource(PAGE + ".html"))).isEqualTo("utf-8");
    assertThat(RequestBodies.metaCharset("<p>no meta</p>".getBytes(StandardCharsets.UTF_8)))
        .isNull();
  }

  // ---------------------------------------------------------------- helpers

  private static Response post(String contentType, byte[] body, Map<String, String> query) {
    return given()
        .config(BadInputTest.AS_SENT)
        .header("Authorization", TestKeys.EDITOR)
        .queryParams(query)
        .contentType(contentType)
        .body(body)
        .post("/api/v1/documents");
  }

  /** The citations without database ids: text, span, form, stated fields, regulation symbol. */
  private static List<Map<String, Object>> citations(JsonPath doc) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Map<String, Object> c : doc.<Map<String, Object>>getList("citations")) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("text", c.get("text"));
      row.put("start", c.get("start"));
      row.put("end", c.get("end"));
      row.put("form", c.get("form"));
      row.put("stated", c.get("stated"));
      Object regulation = c.get("regulation");
      row.put("regulation", regulation == null ? null : ((Map<?, ?>) regulation).get("symbol"));
      out.add(row);
    }
    return out;
  }

  /** The meetings without database ids. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> meetings(JsonPath doc) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Map<String, Object> m : doc.<Map<String, Object>>getList("meetings")) {
      Map<String, Object> row = new LinkedHashMap<>(m);
      row.remove("id");
      row.remove("nodeId");
      row.remove("documents");
      Map<String, Object> organizer = (Map<String, Object>) m.get("organizer");
      row.put("organizer", organizer == null ? null : organizer.get("name"));
      row.put(
          "participants",
          ((List<Map<String, Object>>) m.get("participants"))
              .stream()
                  .map(
                      p ->
                          List.of(
                              ((Map<String, Object>) p.get("person")).get("name"),
                              p.get("role"),
                              p.get("positions")))
                  .toList());
      row.put(
          "regulations",
          ((List<Map<String, Object>>) m.get("regulations"))
              .stream()
                  .map(
                      r ->
                          List.of(
                              r.get("role"),
                              String.valueOf(
                                  ((Map<String, Object>) r.get("regulation")).get("symbol"))))
                  .toList());
      out.add(row);
    }
    return out;
  }

  static byte[] resource(String name) {
    try (InputStream in = HtmlIngestTest.class.getResourceAsStream("/html/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
