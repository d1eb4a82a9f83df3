package io.regtrack.search;

import static io.regtrack.MeetingArticles.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1 in search: a page of 40 hits of every type costs as many SQL statements as a page of 2
 * (Hibernate statistics count every prepared statement, native ones included).
 */
@QuarkusTest
class SearchQueryCountTest {
  @Inject SessionFactory sessions;

  @Test
  void aPageOfFortyHitsCostsAsManyStatementsAsAPageOfTwo() {
    String word = codeWord();
    for (int i = 0; i < 12; i++) {
      ingest(word, i);
    }
    // Search reads PostgreSQL's word statistics every few minutes (SearchStatistics), not per
    // request: a first search takes that read out of the measurement.
    statements(word, 2);
    long two = statements(word, 2);
    long forty = statements(word, 40);
    List<String> types =
        given()
            .queryParam("q", word + " quán triệt")
            .queryParam("limit", 40)
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.type", String.class);
    // Documents, meetings and the persons named after the word: each type is loaded once per page.
    assertThat(types).contains("DOCUMENT", "MEETING");
    assertThat(types.size()).isGreaterThan(20);
    // 1 settings, 1 ranking, 1 highlights per type, 1 objects per type (measured: 6 for documents
    // and meetings).
    assertThat(forty).as("statements for 40 hits").isEqualTo(two).isEqualTo(6);
  }

  private long statements(String word, int limit) {
    var stats = sessions.getStatistics();
    stats.clear();
    given()
        .queryParam("q", word + " quán triệt")
        .queryParam("limit", limit)
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    return stats.getPrepareStatementCount();
  }

  private static void ingest(String word, int i) {
    String n = CitingArticles.number();
    LocalDate day = LocalDate.of(2023, 3, 1).plusDays(i);
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(
            article(
                "Hội nghị quán triệt Kết luận số " + n + "-KL/TW về " + word,
                day,
                "Sáng "
                    + MeetingArticles.dayMonth(day)
                    + ", Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị quán triệt Kết luận số "
                    + n
                    + "-KL/TW ngày 2/2/2023 của Bộ Chính trị về "
                    + word
                    + ". Đồng chí "
                    + MeetingArticles.name()
                    + ", Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."))
        .post("/api/v1/documents")
        .then()
        .statusCode(201);
  }

  /** A made-up word no other test uses. */
  private static String codeWord() {
    StringBuilder sb = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
