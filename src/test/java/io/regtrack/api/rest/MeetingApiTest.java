package io.regtrack.api.rest;

import static io.regtrack.MeetingArticles.article;
import static io.regtrack.MeetingArticles.dayMonth;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meeting endpoints over hand-written reports ingested through the API. */
@QuarkusTest
class MeetingApiTest {
  static final LocalDate DAY = LocalDate.of(2022, 3, 16);

  static JsonPath ingest(String text) {
    return given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(text)
        .post("/api/v1/documents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static JsonPath meetings(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/api/v1/meetings")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A Sóc Trăng report: the Standing Committee disseminates Quy định {n}, chaired by {chair}. */
  static String socTrangReport(String n, LocalDate day, String chair, String deputy) {
    return article(
        "Sóc Trăng: Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
        day,
        "Sáng "
            + dayMonth(day)
            + ", Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 8/2/2022 của Bộ Chính trị về công tác thử nghiệm. Đồng chí "
            + chair
            + ", Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí "
            + deputy
            + ", Phó Chủ tịch UBND tỉnh.",
        "Hội nghị được tổ chức trực tuyến với 11 điểm cầu cấp huyện. Hơn 500 đại biểu tham dự.");
  }

  /** Another outlet's report of the same meeting: other organizer, title and roles. */
  static String otherOutletReport(String n, LocalDate day, String chair, String deputy) {
    return article(
        "Quán triệt Quy định " + n + " của Bộ Chính trị tại Sóc Trăng",
        day,
        "Sáng "
            + dayMonth(day)
            + ", Tỉnh ủy Sóc Trăng tổ chức hội nghị trực tuyến quán triệt Quy định số "
            + n
            + "-QĐ/TW của Bộ Chính trị. Đồng chí "
            + deputy
            + ", Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Đồng chí "
            + chair
            + ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị.");
  }

  static long regulationId(String symbol) {
    return given()
        .queryParam("symbol", symbol)
        .get("/api/v1/regulations/lookup")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void twoArticlesReportingOneMeetingAreOneMeetingWithTwoDocuments() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    JsonPath first = ingest(socTrangReport(n, DAY, chair, deputy));
    JsonPath second = ingest(otherOutletReport(n, DAY, chair, deputy));

    long meetingId = first.getLong("meetings[0].id");
    assertThat(second.getLong("meetings[0].id")).isEqualTo(meetingId);
    assertThat(first.getList("meetings")).hasSize(1);

    JsonPath m =
        given().get("/api/v1/meetings/" + meetingId).then().statusCode(200).extract().jsonPath();
    assertThat(m.getList("documents.id", Long.class))
        .containsExactly(first.getLong("id"), second.getLong("id"));
    assertThat(m.getString("kind")).isEqualTo("DISSEMINATION");
    assertThat(m.getString("date")).isEqualTo("2022-03-16");
    assertThat(m.getBoolean("dateInferred")).isTrue();
    assertThat(m.getString("datePartial")).isNull();
    assertThat(m.getString("partOfDay")).isEqualTo("MORNING");
    assertThat(m.getString("province")).isEqualTo("Sóc Trăng");
    assertThat(m.getString("provinceToday")).isEqualTo("Cần Thơ");
    assertThat(m.getBoolean("online")).isTrue();
    assertThat(m.getInt("bridgePoints")).isEqualTo(11);
    assertThat(m.getInt("attendeeCount")).isEqualTo(500);
    assertThat(m.getString("attendeeCountQualifier")).isEqualTo("MORE_THAN");
    // Each field is voted over the two reports; ties go to the alphabetically first value.
    assertThat(m.getString("organizer.name")).isEqualTo("Ban Thường vụ Tỉnh ủy Sóc Trăng");
    assertThat(m.getString("title"))
        .isEqualTo("Quán triệt Quy định " + n + " của Bộ Chính trị tại Sóc Trăng");
    // Participants merged: the strongest role of either report, positions of both.
    assertThat(m.getList("participants.person.name")).containsExactly(chair, deputy);
    assertThat(m.getString("participants[0].role")).isEqualTo("CHAIR");
    assertThat(m.getList("participants[0].positions"))
        .containsExactly("Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng");
    assertThat(m.getString("participants[1].role")).isEqualTo("SPEAKER");
    assertThat(m.getList("regulations.regulation.symbol")).containsExactly(n + "-QĐ/TW");
    assertThat(m.getList("regulations.role")).containsExactly("DISSEMINATED");

    // One person each, named by both documents: same name and a shared position.
    assertThat(first.getLong("persons[0].id")).isEqualTo(m.getLong("participants[0].person.id"));
    assertThat(second.getList("persons.id", Long.class))
        .containsExactlyInAnyOrder(
            m.getLong("participants[0].person.id"), m.getLong("participants[1].person.id"));
    // The document lists the positions stated in that document.
    assertThat(first.getList("persons.name")).containsExactly(chair, deputy);
    assertThat(first.getList("persons[0].positions")).containsExactly("Bí thư Tỉnh ủy");
    int chairInSecond = second.getList("persons.name").indexOf(chair);
    assertThat(second.getList("persons[" + chairInSecond + "].positions"))
        .containsExactly("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy");

    // The regulation counts the meeting once and lists it.
    long regulation = regulationId(n + "-QĐ/TW");
    given()
        .get("/api/v1/regulations/" + regulation)
        .then()
        .statusCode(200)
        .body("meetingCount", equalTo(1));
    given()
        .get("/api/v1/regulations/" + regulation + "/meetings")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) meetingId)))
        .body("nextCursor", nullValue());
  }

  @Test
  void reportsOfAnotherDayProvinceOrRegulationAreOtherMeetings() {
    String n = CitingArticles.number();
    String other = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    long a = ingest(socTrangReport(n, DAY, chair, deputy)).getLong("meetings[0].id");
    long nextDay =
        ingest(otherOutletReport(n, DAY.plusDays(1), chair, deputy)).getLong("meetings[0].id");
    long otherRegulation =
        ingest(otherOutletReport(other, DAY, chair, deputy)).getLong("meetings[0].id");
    long otherProvince =
        ingest(
                article(
                    "Bạc Liêu: Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
                    DAY,
                    "Sáng "
                        + dayMonth(DAY)
                        + ", Ban Thường vụ Tỉnh ủy Bạc Liêu tổ chức hội nghị quán triệt Quy định"
                        + " số "
                        + n
                        + "-QĐ/TW của Bộ Chính trị."))
            .getLong("meetings[0].id");
    assertThat(List.of(a, nextDay, otherRegulation, otherProvince)).doesNotHaveDuplicates();
    assertThat(meetings(Map.of("regulation", n + "-QĐ/TW")).getList("items.id", Long.class))
        .containsExactly(nextDay, otherProvince, a);
  }

  @Test
  void undatedReportsMergeOnlyWithTheSameDayOrganizerAndProvince() {
    String n = CitingArticles.number();
    String lead =
        "Sáng 20/5, Tỉnh ủy Hà Nam tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW của Bộ Chính trị về công tác thử nghiệm.";
    JsonPath one = ingest(article("Hội nghị quán triệt Quy định số " + n + "-QĐ/TW", null, lead));
    JsonPath two = ingest(article("Hà Nam quán triệt Quy định " + n, null, lead));
    JsonPath otherOrganizer =
        ingest(
            article(
                "Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
                null,
                "Sáng 20/5, Ban Tổ chức Tỉnh ủy Hà Nam tổ chức hội nghị quán triệt Quy định số "
                    + n
                    + "-QĐ/TW của Bộ Chính trị."));
    assertThat(one.getString("meetings[0].date")).isNull();
    assertThat(one.getString("meetings[0].datePartial")).isEqualTo("--05-20");
    assertThat(two.getLong("meetings[0].id")).isEqualTo(one.getLong("meetings[0].id"));
    assertThat(otherOrganizer.getLong("meetings[0].id"))
        .isNotEqualTo(one.getLong("meetings[0].id"));
    assertThat(one.getList("meetings[0].documents")).hasSize(1); // as read back at ingest time
    assertThat(
            given()
                .get("/api/v1/meetings/" + one.getLong("meetings[0].id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("documents.id", Long.class))
        .containsExactly(one.getLong("id"), two.getLong("id"));
  }

  @Test
  void theProvinceFilterAnswersToTheProvinceAtTheDateAndToTodaysProvince() {
    String n = CitingArticles.number();
    long id =
        ingest(socTrangReport(n, DAY, MeetingArticles.name(), MeetingArticles.name()))
            .getLong("meetings[0].id");
    String symbol = n + "-QĐ/TW";
    for (String province : List.of("Cần Thơ", "Sóc Trăng", "can tho", "soc-trang", "TP Cần Thơ")) {
      assertThat(
              meetings(Map.of("province", province, "regulation", symbol))
                  .getList("items.id", Long.class))
          .as(province)
          .containsExactly(id);
    }
    for (String province : List.of("Hà Nội", "Bạc Liêu", "Cà Mau", "Hậu Giang")) {
      assertThat(meetings(Map.of("province", province, "regulation", symbol)).getList("items"))
          .as(province)
          .isEmpty();
    }
  }

  @Test
  void everyFilterNarrowsTheList() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    JsonPath doc = ingest(socTrangReport(n, DAY, chair, deputy));
    long id = doc.getLong("meetings[0].id");
    long organizer = doc.getLong("meetings[0].organizer.id");
    long chairId = doc.getLong("meetings[0].participants[0].person.id");
    String symbol = n + "-QĐ/TW";
    long regulation = regulationId(symbol);

    Map<String, Object> hits =
        Map.ofEntries(
            Map.entry("kind", "DISSEMINATION"),
            Map.entry("from", "2022-03-16"),
            Map.entry("to", "2022-03-16"),
            Map.entry("organizer", String.valueOf(organizer)),
            Map.entry("person", String.valueOf(chairId)));
    hits.forEach(
        (param, value) ->
            assertThat(
                    meetings(Map.of(param, value, "regulation", symbol))
                        .getList("items.id", Long.class))
                .as(param + "=" + value)
                .containsExactly(id));
    assertThat(
            meetings(Map.of("regulation", String.valueOf(regulation)))
                .getList("items.id", Long.class))
        .containsExactly(id);
    assertThat(
            meetings(Map.of("organizer", "ban thuong vu tinh uy soc trang", "person", chair))
                .getList("items.id", Long.class))
        .contains(id);
    // scoped to this test's own regulation like the hits above: a realistic generated name may
    // also be a person of another article in the shared test database (the corpus has 36)
    assertThat(
            meetings(Map.of("person", chair.toUpperCase(), "regulation", symbol))
                .getList("items.id", Long.class))
        .containsExactly(id);

    Map<String, Object> misses =
        Map.ofEntries(
            Map.entry("kind", "review"),
            Map.entry("from", "2022-03-17"),
            Map.entry("to", "2022-03-15"),
            Map.entry("organizer", "Tỉnh ủy Không Có"),
            Map.entry("person", "Không Có Ai"));
    misses.forEach(
        (param, value) ->
            assertThat(meetings(Map.of(param, value, "regulation", symbol)).getList("items"))
                .as(param + "=" + value)
                .isEmpty());
    assertThat(meetings(Map.of("regulation", "9999-XX/TW")).getList("items")).isEmpty();
  }

  @Test
  void listsAreLatestFirstUndatedLastAndCursorPaginated() {
    String n = CitingArticles.number();
    String symbol = n + "-QĐ/TW";
    long early =
        ingest(socTrangReport(n, DAY, MeetingArticles.name(), MeetingArticles.name()))
            .getLong("meetings[0].id");
    long late =
        ingest(socTrangReport(n, DAY.plusMonths(2), MeetingArticles.name(), MeetingArticles.name()))
            .getLong("meetings[0].id");
    long undated =
        ingest(
                article(
                    "Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
                    null,
                    "Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                        + n
                        + "-QĐ/TW của Bộ Chính trị."))
            .getLong("meetings[0].id");

    List<Long> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 3; page++) {
      var request = given().queryParam("regulation", symbol).queryParam("limit", 1);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response response = request.get("/api/v1/meetings");
      response.then().statusCode(200);
      seen.addAll(response.jsonPath().getList("items.id", Long.class));
      cursor = response.jsonPath().getString("nextCursor");
      if (page < 2) {
        assertThat(cursor).isNotNull();
        assertThat(response.header("Link")).contains("rel=\"next\"").contains("cursor=");
      } else {
        assertThat(cursor).isNull();
        assertThat(response.header("Link")).isNull();
      }
    }
    assertThat(seen).containsExactly(late, early, undated);
  }

  @Test
  void concurrentReportsOfOneMeetingMakeOneMeetingAndOnePersonEach() throws Exception {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<JsonPath>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String text =
            i % 2 == 0
                ? socTrangReport(n, DAY, chair, deputy)
                : otherOutletReport(n, DAY, chair, deputy);
        Callable<JsonPath> call =
            () -> {
              start.await();
              return ingest(text);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<JsonPath> documents = new ArrayList<>();
      for (Future<JsonPath> f : futures) {
        documents.add(f.get());
      }
      JsonPath m = meetings(Map.of("regulation", n + "-QĐ/TW")).setRootPath("items[0]");
      assertThat(meetings(Map.of("regulation", n + "-QĐ/TW")).getList("items")).hasSize(1);
      assertThat(m.getList("documents")).hasSize(clients);
      assertThat(m.getList("participants.person.name")).containsExactlyInAnyOrder(chair, deputy);
      // q is a substring search: other persons' names may contain this one ("… An" / "… Anh")
      List<Map<String, Object>> found =
          given()
              .queryParam("q", chair)
              .queryParam("limit", 100)
              .get("/api/v1/persons")
              .then()
              .extract()
              .jsonPath()
              .getList("items");
      assertThat(found)
          .filteredOn(p -> chair.equals(p.get("name")))
          .extracting(p -> p.get("documentCount"))
          .containsExactly(clients);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "kind, MEETUP",
    "from, 2022-13-01",
    "to, yesterday",
    "limit, 0",
    "limit, 101",
    "cursor, not-a-cursor",
    "province, Atlantis",
  })
  void badParametersAre400sNamingTheParameter(String parameter, String value) {
    given()
        .queryParam(parameter, value)
        .get("/api/v1/meetings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo(parameter));
  }

  @Test
  void unknownAndMalformedIds() {
    given().get("/api/v1/meetings/987654321").then().statusCode(404);
    given().get("/api/v1/meetings/abc").then().statusCode(400).body("parameter", equalTo("id"));
    given().get("/api/v1/regulations/987654321/meetings").then().statusCode(404);
    given()
        .get("/api/v1/regulations/x/meetings")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("id"));
    given()
        .queryParam("limit", "0")
        .get("/api/v1/regulations/1/meetings")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("limit"));
  }
}
