package io.regtrack.search;

import static io.regtrack.MeetingArticles.article;
import static io.regtrack.MeetingArticles.dayMonth;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The search over REST and GraphQL: paging by cursor, types, errors, highlights, and {@code q} on
 * the lists combined with their filters. Each test searches for words of its own (a made-up code
 * word), so the other test classes' data never interferes.
 */
@QuarkusTest
class SearchApiTest {

  /** A made-up word no article contains: "kq" and six random letters. */
  static String codeWord() {
    StringBuilder sb = new StringBuilder("kq");
    for (int i = 0; i < 6; i++) {
      sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return sb.toString();
  }

  static long ingest(String text) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(text)
        .post("/api/v1/documents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A meeting report in {@code province} on {@code day}, mentioning {@code word} in the body. */
  static String report(String province, LocalDate day, String title, String word) {
    String n = CitingArticles.number();
    return article(
        title,
        day,
        "Sáng "
            + dayMonth(day)
            + ", Ban Thường vụ Tỉnh ủy "
            + province
            + " tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị về công tác "
            + word
            + ". Đồng chí "
            + MeetingArticles.name()
            + ", Bí thư Tỉnh ủy chủ trì hội nghị.");
  }

  @Test
  void pagesByCursorWithoutGapsOrRepeatsBestFirst() {
    String word = codeWord();
    List<Long> ids = new ArrayList<>();
    // Three with the word in the title (0.7), four with it in the body only (0.4), dates varied.
    for (int i = 0; i < 7; i++) {
      LocalDate day = LocalDate.of(2021, 1 + i, 10);
      String title =
          i < 3 ? "Hội nghị về " + word + " lần " + (i + 1) : "Hội nghị quán triệt lần " + (i + 1);
      ids.add(ingest(report("Nghệ An", day, title, word)));
    }
    List<Long> seen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          given().queryParam("q", word).queryParam("types", "document").queryParam("limit", 3);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      Response response = request.get("/api/v1/search");
      response.then().statusCode(200);
      JsonPath body = response.jsonPath();
      seen.addAll(body.getList("items.id", Long.class));
      scores.addAll(body.getList("items.score", Double.class));
      cursor = body.getString("nextCursor");
      if (cursor != null) {
        assertThat(response.header("Link")).contains("rel=\"next\"").contains("limit=3");
      }
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pages).isEqualTo(3);
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // Title hits first, most recent first; then body hits, most recent first.
    assertThat(seen)
        .containsExactly(
            ids.get(2), ids.get(1), ids.get(0), ids.get(6), ids.get(5), ids.get(4), ids.get(3));
  }

  @Test
  void aCursorBelongsToItsQuery() {
    String word = codeWord();
    ingest(report("Hà Tĩnh", LocalDate.of(2022, 5, 5), "Hội nghị " + word, word));
    ingest(report("Hà Tĩnh", LocalDate.of(2022, 5, 6), "Hội nghị " + word, word));
    String cursor =
        given()
            .queryParam("q", word)
            .queryParam("limit", 1)
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("nextCursor");
    assertThat(cursor).isNotNull();
    given()
        .queryParam("q", word + " khác")
        .queryParam("cursor", cursor)
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("cursor"));
    given()
        .queryParam("q", word)
        .queryParam("cursor", "not-a-cursor")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("cursor"));
    // The list of documents has cursors of its own.
    given()
        .queryParam("q", word)
        .queryParam("cursor", cursor)
        .get("/api/v1/documents")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("cursor"));
  }

  @Test
  void badInputIsA400NamingTheParameter() {
    given().get("/api/v1/search").then().statusCode(400).body("parameter", equalTo("q"));
    given()
        .queryParam("q", "  ")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("q"));
    given()
        .queryParam("q", "a".repeat(300))
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("q"));
    given()
        .queryParam("q", "hội nghị")
        .queryParam("types", "document,meetup")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("types"));
    given()
        .queryParam("q", "hội nghị")
        .queryParam("limit", 0)
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("limit"));
    // Nothing to search for: no hits, not an error.
    given()
        .queryParam("q", "%%")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void typesRestrictTheHits() {
    String name = MeetingArticles.name();
    ingest(
        article(
            "Hội nghị quán triệt tại Cà Mau",
            LocalDate.of(2023, 4, 4),
            "Sáng 4/4, Ban Thường vụ Tỉnh ủy Cà Mau tổ chức hội nghị quán triệt Quy định số "
                + CitingArticles.number()
                + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị. Đồng chí "
                + name
                + ", Bí thư Tỉnh ủy chủ trì hội nghị."));
    JsonPath all = given().queryParam("q", name).get("/api/v1/search").then().extract().jsonPath();
    assertThat(all.getList("items.type")).contains("PERSON", "DOCUMENT");
    assertThat(all.getString("items[0].type")).isEqualTo("PERSON");
    assertThat(all.getString("items[0].person.name")).isEqualTo(name);
    JsonPath persons =
        given()
            .queryParam("q", name)
            .queryParam("types", "PERSON")
            .get("/api/v1/search")
            .then()
            .extract()
            .jsonPath();
    assertThat(persons.getList("items.type")).containsOnly("PERSON");
    JsonPath documents =
        given()
            .queryParam("q", name)
            .queryParam("types", "documents")
            .queryParam("types", "meeting")
            .get("/api/v1/search")
            .then()
            .extract()
            .jsonPath();
    assertThat(documents.getList("items.type")).doesNotContain("PERSON").contains("DOCUMENT");
  }

  @Test
  @SuppressWarnings("unchecked")
  void highlightsAreOffsetsIntoTheField() {
    String word = codeWord();
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      filler.append("Các đại biểu đã thảo luận, làm rõ những nội dung mới của văn bản. ");
    }
    long id =
        ingest(
            article(
                "Hội nghị về công tác " + word,
                LocalDate.of(2023, 6, 6),
                filler.toString(),
                "Đồng chí Bí thư nhấn mạnh công tác " + word + " và bảo vệ chính trị nội bộ.",
                filler.toString()));
    JsonPath hit =
        given()
            .queryParam("q", word + " bảo vệ")
            .queryParam("types", "DOCUMENT")
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(hit.getLong("items[0].id")).isEqualTo(id);
    String body =
        given().get("/api/v1/documents/" + id).then().extract().jsonPath().getString("body");
    String title = hit.getString("items[0].document.title");
    List<Map<String, Object>> highlights = hit.getList("items[0].highlights");
    Map<String, String> fields = Map.of("title", title, "body", body);
    assertThat(highlights).extracting(h -> h.get("field")).contains("title", "body");
    for (Map<String, Object> h : highlights) {
      String value = fields.get((String) h.get("field"));
      int offset = (Integer) h.get("offset");
      String text = (String) h.get("text");
      assertThat(value.substring(offset, offset + text.length())).isEqualTo(text);
      for (Map<String, Integer> r : (List<Map<String, Integer>>) h.get("ranges")) {
        String marked = value.substring(r.get("start"), r.get("end"));
        assertThat(SearchText.fold(marked)).matches("(" + word + "|bao|ve|bao ve)");
      }
    }
    Map<String, Object> bodyHighlight =
        highlights.stream().filter(h -> h.get("field").equals("body")).findFirst().orElseThrow();
    assertThat(((String) bodyHighlight.get("text")).length()).isLessThanOrEqualTo(240);
  }

  @Test
  void theListsCombineTheirFiltersWithQ() {
    String word = codeWord();
    long early = ingest(report("Sóc Trăng", LocalDate.of(2021, 3, 3), "Hội nghị " + word, word));
    long late = ingest(report("Hà Nam", LocalDate.of(2023, 3, 3), "Hội nghị " + word, word));
    assertThat(
            given()
                .queryParam("q", word)
                .get("/api/v1/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(late, early);
    assertThat(
            given()
                .queryParam("q", word)
                .queryParam("from", "2022-01-01")
                .get("/api/v1/documents")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(late);
    // Meetings: q and the province filter (Sóc Trăng is part of Cần Thơ today).
    assertThat(
            given()
                .queryParam("q", word)
                .queryParam("province", "Cần Thơ")
                .get("/api/v1/meetings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.province", String.class))
        .containsExactly("Sóc Trăng");
    assertThat(
            given()
                .queryParam("q", "soc trang " + word)
                .get("/api/v1/meetings")
                .then()
                .extract()
                .jsonPath()
                .getList("items.province", String.class))
        .containsExactly("Sóc Trăng");
    // Regulations: q and kind (the regulations of the reports above are about the word too).
    String n = CitingArticles.number();
    String subject = codeWord();
    ingest(
        CitingArticles.article(
            "Quán triệt Chỉ thị số "
                + n
                + "-CT/TW ngày 3/3/2023 của Ban Bí thư về "
                + subject
                + "."));
    assertThat(regulationSymbols(Map.of("q", subject))).containsExactly(n + "-CT/TW");
    assertThat(regulationSymbols(Map.of("q", "chi thi " + n))).containsExactly(n + "-CT/TW");
    assertThat(regulationSymbols(Map.of("q", "CT " + n, "kind", "DIRECTIVE")))
        .containsExactly(n + "-CT/TW");
    assertThat(regulationSymbols(Map.of("q", subject, "kind", "REGULATION"))).isEmpty();
    assertThat(regulationSymbols(Map.of("q", word, "kind", "REGULATION"))).hasSize(2);
  }

  @Test
  void personsFallBackToSimilarNames() {
    String name = MeetingArticles.name();
    ingest(
        article(
            "Hội nghị tại Yên Bái",
            LocalDate.of(2023, 8, 9),
            "Sáng 9/8, Ban Thường vụ Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt Quy định số "
                + CitingArticles.number()
                + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị. Đồng chí "
                + name
                + ", Bí thư Tỉnh ủy chủ trì hội nghị."));
    // A typo in the given name: drop its second letter.
    String folded = SearchText.fold(name);
    int at = folded.lastIndexOf(' ') + 2;
    String typo = folded.substring(0, at) + folded.substring(at + 1);
    JsonPath page =
        given()
            .queryParam("q", typo)
            .get("/api/v1/persons")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.name", String.class)).contains(name);
  }

  @Test
  void graphqlSearchWithNodesHighlightsAndPages() {
    String word = codeWord();
    long first = ingest(report("Hưng Yên", LocalDate.of(2022, 9, 1), "Hội nghị " + word, word));
    long second = ingest(report("Hưng Yên", LocalDate.of(2022, 9, 2), "Hội nghị " + word, word));
    String query =
        "query($q: String!, $after: String) { search(q: $q, types: [DOCUMENT], first: 1, after:"
            + " $after) { totalCount edges { cursor node { type score highlights { field text"
            + " offset ranges { start end } } node { __typename id ... on Document { databaseId"
            + " title } } } } pageInfo { hasNextPage endCursor } } }";
    JsonPath page1 = graphql(query, Map.of("q", word));
    assertThat(page1.getInt("data.search.totalCount")).isEqualTo(2);
    assertThat(page1.getString("data.search.edges[0].node.type")).isEqualTo("DOCUMENT");
    assertThat(page1.getString("data.search.edges[0].node.node.__typename")).isEqualTo("Document");
    assertThat(page1.getLong("data.search.edges[0].node.node.databaseId")).isEqualTo(second);
    assertThat(page1.getString("data.search.edges[0].node.highlights[0].field")).isEqualTo("title");
    assertThat(page1.getBoolean("data.search.pageInfo.hasNextPage")).isTrue();
    Map<String, Object> vars = new HashMap<>();
    vars.put("q", word);
    vars.put("after", page1.getString("data.search.pageInfo.endCursor"));
    JsonPath page2 = graphql(query, vars);
    assertThat(page2.getLong("data.search.edges[0].node.node.databaseId")).isEqualTo(first);
    assertThat(page2.getBoolean("data.search.pageInfo.hasNextPage")).isFalse();
    // Without types: every type, the documents and their meetings alike.
    JsonPath all =
        graphql(
            "query($q: String!) { search(q: $q, first: 10) { totalCount nodes { type } } }",
            Map.of("q", word));
    assertThat(all.getList("errors")).isNull();
    assertThat(all.getList("data.search.nodes.type", String.class)).contains("DOCUMENT", "MEETING");
    // The lists' q: documents and meetings.
    JsonPath lists =
        graphql(
            "query($q: String) { documents(filter: {q: $q}) { totalCount nodes { databaseId } }"
                + " meetings(filter: {q: $q, province: \"Hưng Yên\"}) { totalCount } }",
            Map.of("q", word));
    assertThat(lists.getList("data.documents.nodes.databaseId", Long.class))
        .containsExactly(second, first);
    assertThat(lists.getInt("data.documents.totalCount")).isEqualTo(2);
    assertThat(lists.getInt("data.meetings.totalCount")).isEqualTo(2);
    // Backward paging is refused with q.
    JsonPath backward =
        graphql(
            "query($q: String) { documents(filter: {q: $q}, last: 1) { totalCount } }",
            Map.of("q", word));
    assertThat(backward.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  private static JsonPath graphql(String query, Map<String, Object> variables) {
    return given()
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(Map.of("query", query, "variables", variables))
        .post("/graphql")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> regulationSymbols(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/api/v1/regulations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.symbol", String.class);
  }
}
