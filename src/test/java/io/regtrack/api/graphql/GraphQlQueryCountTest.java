package io.regtrack.api.graphql;

import static io.regtrack.MeetingArticles.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the SQL statements a nested page costs do not grow with the page size (Hibernate
 * statistics count every prepared statement, native ones included).
 */
@QuarkusTest
class GraphQlQueryCountTest {
  /** The bound the issue sets; the measured figure is asserted exactly below. */
  static final int MAX_STATEMENTS = 10;

  static final String QUERY =
      """
      query($first: Int) {
        meetings(first: $first) {
          nodes {
            participants { person { name } }
            regulations { regulation { symbol issuer { name } } }
            documents { title }
          }
        }
      }
      """;

  @Inject SessionFactory sessions;

  @Test
  void aPageOfFiftyMeetingsCostsAsManyStatementsAsAPageOfTwo() {
    while (Db.count("select count(*) from meeting") < 50) {
      ingestMeeting();
    }
    long two = statements(2);
    long fifty = statements(50);
    assertThat(fifty)
        .as("statements for 50 meetings")
        .isEqualTo(two)
        .isLessThanOrEqualTo(MAX_STATEMENTS);
    // 1 page ids, 1 meetings, 1 participants (with names), 1 persons, 1 regulation links,
    // 1 regulations with issuers, 1 document ids, 1 documents.
    assertThat(fifty).isEqualTo(8);
  }

  static final String NESTED =
      """
      query($first: Int) {
        regulations(first: $first) {
          nodes {
            meetings(first: 3) { nodes { title } pageInfo { hasNextPage } }
            citations(first: 2) { nodes { text } }
          }
        }
        persons(first: $first) { nodes { meetings(first: 2) { nodes { date } } } }
      }
      """;

  @Test
  void nestedConnectionsAreBatchedToo() {
    while (Db.count("select count(*) from regulation") < 40
        || Db.count("select count(*) from person") < 40) {
      ingestMeeting();
    }
    var stats = sessions.getStatistics();
    stats.clear();
    GraphQl.data(NESTED, "first", 2);
    long two = stats.getPrepareStatementCount();
    stats.clear();
    JsonPath forty = GraphQl.data(NESTED, "first", 40);
    long fortyStatements = stats.getPrepareStatementCount();
    assertThat(forty.getList("regulations.nodes")).hasSize(40);
    assertThat(fortyStatements).as("statements for 40 parents").isEqualTo(two);
    // regulations: ids, rows; meetings: window, rows; citations: window, rows, documents;
    // persons: ids, rows; meetings: window, rows.
    assertThat(fortyStatements).isEqualTo(11);
  }

  long statements(int first) {
    var stats = sessions.getStatistics();
    stats.clear();
    JsonPath data = GraphQl.data(QUERY, "first", first);
    assertThat(data.getList("meetings.nodes")).hasSize(first);
    return stats.getPrepareStatementCount();
  }

  static void ingestMeeting() {
    String n = CitingArticles.number();
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(
            article(
                "Hội nghị quán triệt Kết luận số " + n + "-KL/TW",
                LocalDate.of(2023, 5, 9),
                "Sáng 9/5, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị quán triệt Kết luận số "
                    + n
                    + "-KL/TW ngày 2/4/2023 của Bộ Chính trị. Đồng chí "
                    + MeetingArticles.name()
                    + ", Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."))
        .post("/api/v1/documents")
        .then()
        .statusCode(201);
  }
}
