package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV exports (GET /api/v1/exports/…, {@link ExportResource}): each export is read back with a
 * strict RFC 4180 reader and compared, row by row, with the JSON list it mirrors (the same
 * parameters, all its pages), flattened here independently of the server's {@link CsvTables}.
 */
@QuarkusTest
class CsvExportTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Pattern NEXT_LINK = Pattern.compile("^<([^>]+)>; rel=\"next\"$");
  private static boolean loaded;

  /** The sample corpus and an article whose title has ASCII quotes and a comma. */
  @BeforeEach
  void corpus() {
    if (loaded) {
      return;
    }
    for (int i = 1; i <= 8; i++) {
      ingest(resource("/sample/sample-0" + i + ".txt"));
    }
    ingest(
        Articles.unique(
            "Hội nghị quán triệt Quy định \"về công tác kiểm tra, giám sát\" tại Nghệ An"));
    loaded = true;
  }

  // ---------------------------------------------------------------- columns, from the JSON

  private static final Map<String, Function<Map<String, Object>, Object>> MEETING =
      new LinkedHashMap<>();
  private static final Map<String, Function<Map<String, Object>, Object>> REGULATION =
      new LinkedHashMap<>();
  private static final Map<String, Function<Map<String, Object>, Object>> CITATION =
      new LinkedHashMap<>();

  static {
    for (String f :
        List.of(
            "id",
            "nodeId",
            "date",
            "dateInferred",
            "datePartial",
            "partOfDay",
            "kind",
            "title",
            "province",
            "provinceToday",
            "location")) {
      MEETING.put(f, m -> m.get(f));
    }
    MEETING.put("organizerId", m -> field(m, "organizer", "id"));
    MEETING.put("organizer", m -> field(m, "organizer", "name"));
    for (String f : List.of("online", "bridgePoints", "attendeeCount", "attendeeCountQualifier")) {
      MEETING.put(f, m -> m.get(f));
    }
    MEETING.put(
        "chairs",
        m ->
            list(m, "participants").stream()
                .filter(p -> "CHAIR".equals(p.get("role")))
                .map(p -> field(p, "person", "name"))
                .toList());
    MEETING.put(
        "regulationIds",
        m -> list(m, "regulations").stream().map(r -> field(r, "regulation", "id")).toList());
    MEETING.put(
        "regulations",
        m -> list(m, "regulations").stream().map(r -> label(map(r.get("regulation")))).toList());
    MEETING.put("documentIds", m -> list(m, "documents").stream().map(d -> d.get("id")).toList());

    for (String f :
        List.of("id", "nodeId", "kind", "kindLabel", "number", "symbol", "symbolInferred")) {
      REGULATION.put(f, r -> r.get(f));
    }
    REGULATION.put("issuerId", r -> field(r, "issuer", "id"));
    REGULATION.put("issuer", r -> field(r, "issuer", "name"));
    for (String f :
        List.of(
            "issuedOn",
            "title",
            "chapters",
            "articles",
            "term",
            "citationCount",
            "documentCount",
            "meetingCount")) {
      REGULATION.put(f, r -> r.get(f));
    }

    CITATION.put("id", c -> c.get("id"));
    CITATION.put("nodeId", c -> c.get("nodeId"));
    CITATION.put("documentId", c -> field(c, "document", "id"));
    CITATION.put("documentTitle", c -> field(c, "document", "title"));
    CITATION.put("documentPublishedOn", c -> field(c, "document", "publishedOn"));
    for (String f : List.of("text", "start", "end", "form")) {
      CITATION.put(f, c -> c.get(f));
    }
    for (String f :
        List.of(
            "kind",
            "number",
            "symbol",
            "issuer",
            "issuedOn",
            "title",
            "chapters",
            "articles",
            "term")) {
      CITATION.put(
          "stated" + Character.toUpperCase(f.charAt(0)) + f.substring(1),
          c -> field(c, "stated", f));
    }
  }

  // ---------------------------------------------------------------- the exports equal the JSON

  @Test
  void meetingsAsCsvAreTheJsonList() {
    int all = sameAsJson("/api/v1/meetings", Map.of(), MEETING, "meetings.csv");
    assertThat(all).isGreaterThanOrEqualTo(8);
    sameAsJson("/api/v1/meetings", Map.of("kind", "DISSEMINATION"), MEETING, "meetings.csv");
    sameAsJson("/api/v1/meetings", Map.of("province", "Quảng Ninh"), MEETING, "meetings.csv");
    sameAsJson(
        "/api/v1/meetings",
        Map.of("regulation", "80-QĐ/TW", "from", "2022-01-01"),
        MEETING,
        "meetings.csv");
    assertThat(sameAsJson("/api/v1/meetings", Map.of("to", "1900-01-01"), MEETING, "meetings.csv"))
        .isZero();
  }

  @Test
  void regulationsAsCsvAreTheJsonList() {
    int all = sameAsJson("/api/v1/regulations", Map.of(), REGULATION, "regulations.csv");
    assertThat(all).isGreaterThan(10);
    sameAsJson("/api/v1/regulations", Map.of("kind", "REGULATION"), REGULATION, "regulations.csv");
    sameAsJson(
        "/api/v1/regulations",
        Map.of("issuer", "Bộ Chính trị", "year", "2022"),
        REGULATION,
        "regulations.csv");
  }

  @Test
  void citationsAndMeetingsOfARegulationAsCsvAreTheJsonList() {
    long id = regulationId("80-QĐ/TW");
    int citations =
        sameAsJson("/api/v1/regulations/" + id + "/citations", Map.of(), CITATION, "citations.csv");
    assertThat(citations).isGreaterThan(1);
    int meetings =
        sameAsJson("/api/v1/regulations/" + id + "/meetings", Map.of(), MEETING, "meetings.csv");
    assertThat(meetings).isPositive();
  }

  @Test
  void quotesAndCommasSurviveTheRoundTrip() {
    List<List<String>> rows = csvRows(csv("/api/v1/meetings", Map.of("province", "Nghệ An")));
    int title = rows.getFirst().indexOf("title");
    assertThat(rows.stream().skip(1).map(r -> r.get(title)))
        .anyMatch(t -> t.contains("\"") || t.contains(","));
  }

  // ---------------------------------------------------------------- paging

  @Test
  void aLimitedExportLinksToTheRestAndThePiecesMakeTheWhole() {
    List<List<String>> whole = csvRows(csv("/api/v1/meetings", Map.of()));
    List<List<String>> pieces = new ArrayList<>();
    Response piece = csv("/api/v1/meetings", Map.of("limit", "3"));
    int requests = 0;
    while (true) {
      List<List<String>> rows = csvRows(piece);
      assertThat(rows.getFirst()).isEqualTo(whole.getFirst());
      assertThat(rows.size() - 1).isLessThanOrEqualTo(3);
      pieces.addAll(rows.subList(1, rows.size()));
      String link = piece.header("Link");
      if (link == null) {
        break;
      }
      Matcher m = NEXT_LINK.matcher(link);
      assertThat(m.matches()).as(link).isTrue();
      piece = given().accept("text/csv").get(URI.create(m.group(1)));
      piece.then().statusCode(200);
      assertThat(++requests).isLessThan(1000);
    }
    assertThat(pieces).isEqualTo(whole.subList(1, whole.size()));

    // A CSV cursor continues the JSON list too: they are the same keyset.
    Response first = csv("/api/v1/meetings", Map.of("limit", "2"));
    Matcher m = NEXT_LINK.matcher(first.header("Link"));
    assertThat(m.matches()).isTrue();
    String cursor = URI.create(m.group(1)).getRawQuery().replaceAll(".*cursor=([^&]*).*", "$1");
    List<Object> jsonIds =
        given()
            .urlEncodingEnabled(false)
            .get("/api/v1/meetings?limit=2&cursor=" + cursor)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(jsonIds.stream().map(String::valueOf).toList())
        .isEqualTo(whole.subList(3, 5).stream().map(r -> r.getFirst()).toList());
  }

  @Test
  void anExportMayBeLargerThanAJsonPage() {
    csv("/api/v1/regulations", Map.of("limit", "150")).then().statusCode(200);
    csv("/api/v1/regulations", Map.of("limit", "100000")).then().statusCode(200);
  }

  // ---------------------------------------------------------------- negotiation and errors

  @ParameterizedTest(name = "Accept: {0}")
  @CsvSource({"text/csv", "text/csv; charset=utf-8", "text/*", "*/*"})
  void anExportIsCsvWhateverCsvCompatibleAcceptSays(String accept) {
    for (String path : List.of("/api/v1/meetings", "/api/v1/regulations")) {
      given()
          .header("Accept", accept)
          .get(export(path) + "?limit=1")
          .then()
          .statusCode(200)
          .contentType(startsWith("text/csv"));
    }
    given()
        .get(export("/api/v1/meetings"))
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @CsvSource({"application/json", "*/*", "application/json, text/csv;q=0.5"})
  void aListIsJson(String accept) {
    given()
        .header("Accept", accept)
        .get("/api/v1/meetings?limit=1")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"));
  }

  @Test
  void jsonStaysTheDefault() {
    given()
        .get("/api/v1/meetings?limit=1")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"));
  }

  @ParameterizedTest(name = "Accept: {0} -> 406")
  @CsvSource({"text/html", "application/xml", "text/plain", "image/png", "text/csv"})
  void aListAnswersOnlyJson(String accept) {
    long id = regulationId("80-QĐ/TW");
    for (String path :
        List.of(
            "/api/v1/meetings",
            "/api/v1/regulations",
            "/api/v1/regulations/" + id + "/citations",
            "/api/v1/regulations/" + id + "/meetings")) {
      given()
          .header("Accept", accept)
          .get(path)
          .then()
          .statusCode(406)
          .contentType("application/problem+json");
    }
  }

  @ParameterizedTest(name = "Accept: {0} -> 406")
  @CsvSource({"application/json", "text/html", "application/xml"})
  void anExportAnswersOnlyCsv(String accept) {
    given()
        .header("Accept", accept)
        .get(export("/api/v1/meetings"))
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
  }

  @ParameterizedTest(name = "CSV {0} -> {1}")
  @CsvSource({
    "/api/v1/meetings?limit=0, 400, limit",
    "/api/v1/meetings?limit=100001, 400, limit",
    "/api/v1/meetings?kind=MEETING, 400, kind",
    "/api/v1/meetings?from=yesterday, 400, from",
    "/api/v1/meetings?cursor=bm90LWEtY3Vyc29y, 400, cursor",
    "/api/v1/regulations?year=12, 400, year",
    "/api/v1/regulations?cursor=bm90LWEtY3Vyc29y, 400, cursor",
    "/api/v1/regulations/999999999/citations, 404, ",
    "/api/v1/regulations/999999999/meetings, 404, ",
    "/api/v1/regulations/abc/citations, 400, id"
  })
  void badCsvRequestsAreProblems(String path, int status, String parameter) {
    int query = path.indexOf('?');
    String exportPath =
        query < 0 ? export(path) : export(path.substring(0, query)) + path.substring(query);
    given()
        .accept("text/csv")
        .get(exportPath)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("parameter", equalTo(parameter));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Asserts that the CSV of {@code path} with {@code params} is the JSON list of the same request
   * (every page), flattened by {@code columns}; returns the number of rows.
   */
  private static int sameAsJson(
      String path,
      Map<String, String> params,
      Map<String, Function<Map<String, Object>, Object>> columns,
      String filename) {
    List<Map<String, Object>> json = allPages(path, params);
    Response response = csv(path, params);
    response
        .then()
        .statusCode(200)
        .header(
            "Content-Type",
            anyOf(
                equalToIgnoringCase("text/csv;charset=UTF-8"),
                equalToIgnoringCase("text/csv; charset=UTF-8")))
        .header("Content-Disposition", equalTo("attachment; filename=\"" + filename + "\""));
    assertThat(response.header("Link")).isNull();
    List<List<String>> rows = csvRows(response);
    assertThat(rows.getFirst()).containsExactlyElementsOf(columns.keySet());
    List<List<String>> expected = new ArrayList<>();
    for (Map<String, Object> item : json) {
      expected.add(columns.values().stream().map(f -> cell(f.apply(item))).toList());
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
    return expected.size();
  }

  /** Every item of a JSON list, following nextCursor. */
  private static List<Map<String, Object>> allPages(String path, Map<String, String> params) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParams(params).queryParam("limit", 100);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return items;
  }

  /** The CSV export of the JSON list at {@code path}, with the same parameters. */
  private static Response csv(String path, Map<String, String> params) {
    return given().accept("text/csv").queryParams(params).get(export(path));
  }

  /** "/api/v1/regulations/7/citations" → "/api/v1/exports/regulations/7/citations.csv". */
  private static String export(String listPath) {
    return listPath.replaceFirst("^/api/v1/", "/api/v1/exports/") + ".csv";
  }

  /** The records of a CSV response, after checking the byte order mark. */
  private static List<List<String>> csvRows(Response response) {
    byte[] body = response.asByteArray();
    assertThat(body).startsWith(BOM);
    return Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
  }

  /**
   * A value as its CSV cell: null empty, lists joined by "; ", a string a spreadsheet would run as
   * a formula (first character = + - @ tab CR) after an apostrophe.
   */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return neutral(
          String.join("; ", list.stream().map(v -> v == null ? "" : v.toString()).toList()));
    }
    return value instanceof String s ? neutral(s) : value.toString();
  }

  private static String neutral(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  /** A regulation in a list cell: symbol, else kind label with number or title. */
  private static String label(Map<String, Object> r) {
    if (r == null) {
      return null;
    }
    if (r.get("symbol") != null) {
      return (String) r.get("symbol");
    }
    Object rest = r.get("number") != null ? r.get("number") : r.get("title");
    return rest == null ? (String) r.get("kindLabel") : r.get("kindLabel") + " " + rest;
  }

  private static Object field(Map<String, Object> item, String object, String field) {
    Map<String, Object> nested = map(item.get(object));
    return nested == null ? null : nested.get(field);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> item, String field) {
    return (List<Map<String, Object>>) Objects.requireNonNull(item.get(field), field);
  }

  private static long regulationId(String symbol) {
    return given()
        .queryParam("symbol", symbol)
        .get("/api/v1/regulations/lookup")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void ingest(String text) {
    int status =
        given()
            .header("Authorization", TestKeys.EDITOR)
            .contentType("text/plain; charset=utf-8")
            .body(text.getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/documents")
            .statusCode();
    assertThat(status).isIn(200, 201);
  }

  private static String resource(String name) {
    try (InputStream in = CsvExportTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
