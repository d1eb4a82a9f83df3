package io.regtrack.api.graphql;

import static io.regtrack.MeetingArticles.article;
import static io.regtrack.MeetingArticles.dayMonth;
import static io.restassured.RestAssured.given;

import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import java.time.LocalDate;
import java.util.List;

/**
 * A small corpus of its own for the GraphQL tests, ingested once per JVM through REST: a regulation
 * {@code n}-QĐ/TW (issued 8/2/2022, replacing {@code old}-QĐ/TW) disseminated by five meetings in
 * five provinces on distinct days, each chaired by its own person; one of the chairs also attends a
 * sixth meeting on another regulation.
 */
final class GraphQlFixture {
  static final List<String> PROVINCES =
      List.of("Sóc Trăng", "Hà Nam", "Nghệ An", "Bắc Giang", "Quảng Ninh");
  static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2022, 3, 16),
          LocalDate.of(2022, 4, 5),
          LocalDate.of(2022, 5, 10),
          LocalDate.of(2022, 6, 7),
          LocalDate.of(2022, 7, 12));

  private static GraphQlFixture instance;

  final String n = CitingArticles.number();
  final String old = CitingArticles.number();
  final String other = CitingArticles.number();
  final List<String> chairs =
      List.of(
          MeetingArticles.name(),
          MeetingArticles.name(),
          MeetingArticles.name(),
          MeetingArticles.name(),
          MeetingArticles.name());
  final List<Long> documentIds;

  private GraphQlFixture() {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < PROVINCES.size(); i++) {
      ids.add(ingest(report(i)));
    }
    ids.add(
        ingest(
            article(
                "Hà Nam: Hội nghị triển khai Chỉ thị số " + other + "-CT/TW",
                LocalDate.of(2022, 9, 20),
                "Sáng 20/9, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức hội nghị triển khai Chỉ thị số "
                    + other
                    + "-CT/TW ngày 1/8/2022 của Ban Bí thư. Đồng chí "
                    + chairs.get(1)
                    + ", Bí thư Tỉnh ủy chủ trì hội nghị.")));
    documentIds = List.copyOf(ids);
  }

  /** The fixture, ingested on first use. */
  static synchronized GraphQlFixture get() {
    if (instance == null) {
      instance = new GraphQlFixture();
    }
    return instance;
  }

  String symbol() {
    return n + "-QĐ/TW";
  }

  private String report(int i) {
    LocalDate day = DAYS.get(i);
    String province = PROVINCES.get(i);
    return article(
        province + ": Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
        day,
        "Sáng "
            + dayMonth(day)
            + ", Ban Thường vụ Tỉnh ủy "
            + province
            + " tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị về công tác thử nghiệm, thay thế Quy định số "
            + old
            + "-QĐ/TW ngày 28/02/2018 của Bộ Chính trị. Đồng chí "
            + chairs.get(i)
            + ", Bí thư Tỉnh ủy chủ trì hội nghị.",
        "Hội nghị được tổ chức trực tuyến với 11 điểm cầu cấp huyện. Hơn 500 đại biểu tham dự.");
  }

  private static long ingest(String text) {
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
}
