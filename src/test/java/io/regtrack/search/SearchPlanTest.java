package io.regtrack.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever plan a text branch gets (SearchSql.walkRows) – every match from the GIN index, a walk of
 * the newest rows that fills the page, a short walk after which the index does the rest – search
 * returns the same hits in the same order, page after page. Each query is paged through (7 hits a
 * page, cursors included) under statistics pinned to force each plan, and under the database's own;
 * the index-only run is the reference.
 */
@QuarkusTest
class SearchPlanTest {
  private static final int PAGE = 7;
  private static final int PAGES = 6;

  @Inject SearchStatistics statistics;

  @AfterEach
  void unpin() {
    statistics.pin(null);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/search    | q=hội nghị
          /api/v1/search    | q=quán triệt
          /api/v1/search    | q=bao ve chinh tri noi bo
          /api/v1/search    | q=tỉnh ủy
          /api/v1/search    | q=đồng chí bí thư
          /api/v1/search    | q="kiểm tra, giám sát" đảng viên
          /api/v1/search    | q=quy định 58
          /api/v1/search    | q=58-QĐ/TW
          /api/v1/search    | q=8-2-2022
          /api/v1/search    | q=quán triệt quy định 58 sóc trăng
          /api/v1/search    | q=bảo vệ chính trị 8/2/2022
          /api/v1/search    | q=lam van man
          /api/v1/search    | q=hội nghị&types=MEETING
          /api/v1/search    | q=nguyễn&types=PERSON,REGULATION
          /api/v1/documents | q=hội nghị quán triệt&from=2022-01-01&to=2023-12-31
          /api/v1/meetings  | q=quán triệt&province=Sóc Trăng
          /api/v1/meetings  | q=hội nghị&kind=DISSEMINATION
          /api/v1/regulations | q=bảo vệ
          /api/v1/persons   | q=nguyễn văn
          """)
  void everyPlanFindsTheSameHitsInTheSameOrder(String path, String query) {
    Assumptions.assumeTrue(
        Files.isDirectory(SearchCorpus.seeds()), "no seed corpus at " + SearchCorpus.seeds());
    SearchCorpus.ingest();

    statistics.pin(TestStatistics.uniform(0.000_001, 10_000, 1_000));
    List<String> reference = pages(path, query);
    assertThat(reference).as("hits of %s %s", path, query).isNotEmpty();

    Map<String, LexemeStatistics> plans = new LinkedHashMap<>();
    // f = 1 over 8 rows: every text branch walks exactly its page (k = 8) and then reads the index.
    plans.put("a walk of one page, then the index", walkOf(8));
    plans.put("a walk of 30 rows, then the index", walkOf(30));
    plans.put("no statistics (a walk of 1000 rows)", LexemeStatistics.NONE);
    plans.put("every word common (long walks)", TestStatistics.uniform(0.5, 10_000, 1_000));
    plans.put("the database's statistics", null);
    for (var plan : plans.entrySet()) {
      statistics.pin(plan.getValue());
      assertThat(pages(path, query))
          .as("%s %s with %s", path, query, plan.getKey())
          .containsExactlyElementsOf(reference);
    }
  }

  /** Statistics under which every text branch walks {@code rows} rows, then reads the index. */
  private static LexemeStatistics walkOf(int rows) {
    return TestStatistics.uniform(1.0, rows, rows);
  }

  /** Up to {@link #PAGES} pages of hits, each as type, id and score (or id for the lists). */
  private static List<String> pages(String path, String query) {
    List<String> out = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < PAGES; page++) {
      var request = given().queryParam("limit", PAGE);
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        request = request.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
      }
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = body.getList("items");
      for (Map<String, Object> item : items) {
        out.add(
            item.containsKey("score")
                ? item.get("type") + ":" + item.get("id") + ":" + item.get("score")
                : String.valueOf(item.get("id")));
      }
      cursor = body.getString("nextCursor");
      if (cursor == null) {
        break;
      }
    }
    return out;
  }
}
