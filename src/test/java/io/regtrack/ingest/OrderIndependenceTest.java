package io.regtrack.ingest;

import static io.regtrack.MeetingArticles.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ingesting the same articles in another order yields the same meetings, persons and organizations:
 * the seed corpus (when {@code regtrack.shared.dir} has one) and hand-written articles that merge
 * meetings and persons, also transitively (a third report bridging two meetings, a third appearance
 * bridging two persons), are ingested forward into empty tables, snapshotted as value sets without
 * ids, the domain tables truncated, and ingested in reverse order twice (the second time every
 * article is a duplicate that adds nothing).
 */
@QuarkusTest
class OrderIndependenceTest {
  private static final String DOMAIN_TABLES =
      "meeting_regulation, meeting_participant, meeting_document, meeting, document_person,"
          + " person, citation, regulation_relation, regulation, organization, document";

  @Test
  void forwardAndReverseIngestionYieldTheSameMeetingsPersonsAndOrganizations() throws IOException {
    List<String> articles = new ArrayList<>(seeds());
    articles.addAll(mergingArticles());

    Db.execute("truncate table " + DOMAIN_TABLES + " cascade");
    articles.forEach(a -> post(a, 201));
    Map<String, List<String>> forward = snapshot();

    Db.execute("truncate table " + DOMAIN_TABLES + " cascade");
    List<String> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    reversed.forEach(a -> post(a, 201));
    long rows = rows();
    reversed.forEach(a -> post(a, 200));
    assertThat(rows()).as("a duplicate ingest adds nothing").isEqualTo(rows);
    Map<String, List<String>> backward = snapshot();

    assertThat(forward.get("meetings")).isNotEmpty();
    assertThat(forward.get("persons")).isNotEmpty();
    assertThat(forward.get("organizations")).isNotEmpty();
    forward.forEach(
        (what, values) ->
            assertThat(backward.get(what)).as(what).containsExactlyElementsOf(values));

    // The hand-written articles merged as intended.
    assertThat(forward.get("meetings"))
        .anySatisfy(m -> assertThat(m).contains("documents=[Bài A", ", Bài B", ", Bài C"));
    assertThat(forward.get("persons"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("Phó Bí thư Tỉnh ủy")
                    .contains("Trưởng Ban Tổ chức Tỉnh ủy")
                    .contains("documents=3"));
  }

  private static List<String> seeds() throws IOException {
    Path dir = Path.of(System.getProperty("regtrack.shared.dir", "../shared"), "seeds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> txt = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      List<String> out = new ArrayList<>();
      for (Path f : txt) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  /**
   * Three reports of one meeting (two of them about different regulations, joined by a third that
   * cites both), a person whose two posts are only linked by a third appearance stating both, a
   * homonym in another province, and a person first named without a position.
   */
  private static List<String> mergingArticles() {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    String official = MeetingArticles.name();
    LocalDate day = LocalDate.of(2022, 3, 16);
    LocalDate later = LocalDate.of(2022, 4, 7);
    return List.of(
        article(
            "Bài A: Sóc Trăng quán triệt Quy định số " + n + "-QĐ/TW",
            day,
            "Sáng 16/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + chair
                + ", Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí "
                + deputy
                + ", Phó Chủ tịch UBND tỉnh.",
            "Hội nghị được tổ chức trực tuyến với 11 điểm cầu cấp huyện. Hơn 500 đại biểu tham"
                + " dự."),
        article(
            "Bài B: Sóc Trăng quán triệt Quy định số " + m + "-QĐ/TW",
            day,
            "Sáng 16/3, Tỉnh ủy Sóc Trăng tổ chức hội nghị trực tuyến quán triệt Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + deputy
                + " phát biểu tại hội nghị. Đồng chí "
                + chair
                + ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị."),
        article(
            "Bài C: Sóc Trăng quán triệt hai Quy định của Bộ Chính trị",
            day,
            "Sáng 16/3, Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW và Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + chair
                + ", Bí thư Tỉnh ủy chủ trì hội nghị. Hơn 600 đại biểu tham dự."),
        article(
            "Bài D: Nghệ An quán triệt Quy định số " + n + "-QĐ/TW",
            later,
            "Sáng 7/4, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Quy định số "
                + n
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + official
                + ", Phó Bí thư Tỉnh ủy chủ trì hội nghị."),
        article(
            "Bài E: Nghệ An sơ kết Quy định số " + m + "-QĐ/TW",
            later.plusDays(1),
            "Sáng 8/4, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + official
                + ", Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị."),
        article(
            "Bài F: Nghệ An triển khai Quy định số " + n + "-QĐ/TW",
            later.plusDays(2),
            "Sáng 9/4, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị triển khai Quy định số "
                + n
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + official
                + ", Phó Bí thư Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị."),
        article(
            "Bài G: Bắc Giang quán triệt Quy định số " + m + "-QĐ/TW",
            later,
            "Sáng 7/4, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Đồng chí "
                + chair
                + ", Bí thư Tỉnh ủy chủ trì hội nghị."),
        article(
            "Bài H: Sóc Trăng triển khai Quy định số " + m + "-QĐ/TW",
            later,
            "Sáng 7/4, Ban Tổ chức Tỉnh ủy Sóc Trăng tổ chức hội nghị triển khai Quy định số "
                + m
                + "-QĐ/TW của Bộ Chính trị. Phát biểu kết luận hội nghị, đồng chí "
                + deputy
                + " đề nghị các cấp ủy triển khai nghiêm túc."));
  }

  private static void post(String article, int status) {
    given()
        .header("Authorization", TestKeys.EDITOR)
        .contentType("text/plain; charset=utf-8")
        .body(article)
        .post("/api/v1/documents")
        .then()
        .statusCode(status);
  }

  private static long rows() {
    return Db.count(
        "select (select count(*) from meeting) + (select count(*) from meeting_document)"
            + " + (select count(*) from meeting_participant)"
            + " + (select count(*) from meeting_regulation) + (select count(*) from person)"
            + " + (select count(*) from document_person) + (select count(*) from organization)"
            + " + (select count(*) from document)");
  }

  /** Meetings, persons and organizations as sorted value strings, without ids. */
  private static Map<String, List<String>> snapshot() {
    Map<String, List<String>> out = new TreeMap<>();
    out.put(
        "meetings",
        all("/api/v1/meetings").stream().map(OrderIndependenceTest::meeting).sorted().toList());
    out.put(
        "persons",
        all("/api/v1/persons").stream()
            .map(p -> person(((Number) p.get("id")).longValue()))
            .sorted()
            .toList());
    out.put(
        "organizations",
        all("/api/v1/organizations").stream()
            .map(OrderIndependenceTest::organization)
            .sorted()
            .toList());
    return out;
  }

  private static List<Map<String, Object>> all(String path) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response response = request.get(path);
      response.then().statusCode(200);
      items.addAll(response.jsonPath().getList("items"));
      cursor = response.jsonPath().getString("nextCursor");
    } while (cursor != null);
    return items;
  }

  @SuppressWarnings("unchecked")
  private static String meeting(Map<String, Object> m) {
    List<String> participants =
        ((List<Map<String, Object>>) m.get("participants"))
            .stream()
                .map(
                    p ->
                        ((Map<String, Object>) p.get("person")).get("name")
                            + "/"
                            + p.get("role")
                            + "/"
                            + sorted((List<String>) p.get("positions")))
                .sorted()
                .toList();
    List<String> regulations =
        ((List<Map<String, Object>>) m.get("regulations"))
            .stream()
                .map(
                    r ->
                        ((Map<String, Object>) r.get("regulation")).get("symbol")
                            + "/"
                            + r.get("role"))
                .sorted()
                .toList();
    List<String> documents =
        ((List<Map<String, Object>>) m.get("documents"))
            .stream().map(d -> String.valueOf(d.get("title"))).sorted().toList();
    Map<String, Object> organizer = (Map<String, Object>) m.get("organizer");
    return Stream.of(
            "title=" + m.get("title"),
            "kind=" + m.get("kind"),
            "date=" + m.get("date"),
            "dateInferred=" + m.get("dateInferred"),
            "datePartial=" + m.get("datePartial"),
            "partOfDay=" + m.get("partOfDay"),
            "province=" + m.get("province"),
            "provinceToday=" + m.get("provinceToday"),
            "location=" + m.get("location"),
            "organizer=" + (organizer == null ? null : organizer.get("name")),
            "online=" + m.get("online"),
            "bridgePoints=" + m.get("bridgePoints"),
            "attendees=" + m.get("attendeeCount") + " " + m.get("attendeeCountQualifier"),
            "participants=" + participants,
            "regulations=" + regulations,
            "documents=" + documents)
        .collect(Collectors.joining(" | "));
  }

  private static String person(long id) {
    JsonPath p = given().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
    List<String> appearances = new ArrayList<>();
    for (int i = 0; i < p.getList("appearances").size(); i++) {
      String a = "appearances[" + i + "]";
      appearances.add(
          p.getString(a + ".document.title")
              + "@"
              + p.getString(a + ".date")
              + sorted(p.getList(a + ".positions", String.class))
              + p.getList(a + ".meetings.role"));
    }
    Collections.sort(appearances);
    List<String> meetings = new ArrayList<>();
    for (int i = 0; i < p.getList("meetings").size(); i++) {
      String mt = "meetings[" + i + "]";
      meetings.add(
          p.getString(mt + ".title")
              + "@"
              + p.getString(mt + ".date")
              + "/"
              + p.getString(mt + ".role")
              + sorted(p.getList(mt + ".positions", String.class)));
    }
    Collections.sort(meetings);
    return "name="
        + p.getString("name")
        + " | positions="
        + sorted(p.getList("positions", String.class))
        + " | documents="
        + appearances.size()
        + " | appearances="
        + appearances
        + " | meetings="
        + meetings;
  }

  @SuppressWarnings("unchecked")
  private static String organization(Map<String, Object> o) {
    Map<String, Object> parent = (Map<String, Object>) o.get("parent");
    return o.get("name")
        + " | "
        + o.get("kind")
        + " | province="
        + o.get("province")
        + " | parent="
        + (parent == null ? null : parent.get("name"));
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
