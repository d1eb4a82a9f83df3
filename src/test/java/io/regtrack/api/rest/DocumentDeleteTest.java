package io.regtrack.api.rest;

import static io.regtrack.MeetingArticles.article;
import static io.regtrack.MeetingArticles.dayMonth;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.regtrack.change.TombstoneService;
import io.regtrack.change.TombstoneView;
import io.regtrack.shared.id.NodeType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /api/v1/documents/{id}}: what goes with a document, what is recomputed without it,
 * the tombstones, and that ingesting the article again restores what it made.
 */
@QuarkusTest
class DocumentDeleteTest {
  static final LocalDate DAY = LocalDate.of(2023, 4, 12);

  @Inject TombstoneService tombstoneService;

  // ------------------------------------------------------------------------------- articles

  /**
   * A Lào Cai dissemination meeting of Quy định {n} with Hướng dẫn {m} guiding it, chaired by
   * {chair}, with {deputy} speaking: the only article about any of them.
   */
  static String laoCaiReport(String n, String m, String chair, String deputy) {
    return article(
        "Lào Cai: Quán triệt Quy định số " + n + "-QĐ/TW về công tác thử nghiệm",
        DAY,
        "Sáng "
            + dayMonth(DAY)
            + ", Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 6/1/2023 của Bộ Chính trị về công tác thử nghiệm và Hướng dẫn số "
            + m
            + "-HD/BTCTW ngày 20/2/2023 của Ban Tổ chức Trung ương thực hiện Quy định số "
            + n
            + "-QĐ/TW. Đồng chí "
            + chair
            + ", Bí thư Tỉnh ủy chủ trì hội nghị.",
        "Đồng chí "
            + deputy
            + ", Trưởng Ban Tổ chức Tỉnh ủy trình bày những nội dung cơ bản của Quy định. Hội nghị"
            + " được tổ chức trực tuyến đến 9 điểm cầu cấp huyện với hơn 700 đại biểu tham dự.");
  }

  /** The Yên Bái Standing Committee's meeting on Quy định {n}, as the provincial paper tells it. */
  static String yenBaiReport(String n, String chair) {
    return article(
        "Yên Bái: Hội nghị quán triệt Quy định số " + n + "-QĐ/TW",
        DAY,
        "Chiều "
            + dayMonth(DAY)
            + ", Ban Thường vụ Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW ngày 6/1/2023 của Bộ Chính trị về công tác thử nghiệm. Đồng chí "
            + chair
            + ", Bí thư Tỉnh ủy chủ trì hội nghị.",
        "Hội nghị được tổ chức trực tiếp tại hội trường Tỉnh ủy với 180 đại biểu.");
  }

  /**
   * Another outlet's report of the same Yên Bái meeting: another title, {speaker} speaking, the
   * chair with one more position, the attendance rounded.
   */
  static String yenBaiOtherOutlet(String n, String chair, String speaker) {
    return article(
        "Tỉnh ủy Yên Bái triển khai Quy định " + n + " của Bộ Chính trị",
        DAY,
        "Chiều "
            + dayMonth(DAY)
            + ", Ban Thường vụ Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt Quy định số "
            + n
            + "-QĐ/TW của Bộ Chính trị. Đồng chí "
            + chair
            + ", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí "
            + speaker
            + ", Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị.",
        "Gần 200 đại biểu là cán bộ chủ chốt của tỉnh dự hội nghị.");
  }

  /**
   * A Hà Giang review meeting of the regulations {numbers} (Quy định, all dated 6/1/2023), where
   * {person} is named with {positions}.
   */
  static String haGiangReview(List<String> numbers, String person, String positions) {
    String regulations =
        String.join(
            " và ",
            numbers.stream().map(n -> "Quy định số " + n + "-QĐ/TW ngày 6/1/2023").toList());
    return article(
        "Hà Giang sơ kết thực hiện các quy định của Bộ Chính trị",
        DAY,
        "Sáng "
            + dayMonth(DAY)
            + ", Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết 1 năm thực hiện "
            + regulations
            + " của Bộ Chính trị. Đồng chí "
            + person
            + ", "
            + positions
            + " chủ trì hội nghị.");
  }

  // ------------------------------------------------------------------------------- requests

  static JsonPath ingest(String text) {
    return MeetingApiTest.ingest(text);
  }

  /** The JSON a GET of {@code path} answers, whatever the status. */
  static JsonPath read(String path) {
    return JsonPath.from(given().get(path).asString());
  }

  static JsonPath lookup(String symbol) {
    return JsonPath.from(
        given().queryParam("symbol", symbol).get("/api/v1/regulations/lookup").asString());
  }

  static Response delete(Object id, String key) {
    var request = given();
    if (key != null) {
      request = request.header("Authorization", key);
    }
    return request.delete("/api/v1/documents/" + id);
  }

  static Object json(String path) {
    return given().get(path).then().statusCode(200).extract().as(Object.class);
  }

  static void gone(String path) {
    given().get(path).then().statusCode(404);
  }

  static long tombstones(String type, long id) {
    return Db.count(
        "select count(*) from tombstone where entity_type = ? and entity_id = ?", type, id);
  }

  /**
   * The API's view of a document and of everything it refers to: the document, its meetings, its
   * persons and its cited regulations, each as its own endpoint returns it.
   */
  static Map<String, Object> snapshot(long documentId) {
    JsonPath doc = read("/api/v1/documents/" + documentId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("document", json("/api/v1/documents/" + documentId));
    List<Object> meetings = new ArrayList<>();
    for (Long id : doc.getList("meetings.id", Long.class)) {
      meetings.add(json("/api/v1/meetings/" + id));
    }
    out.put("meetings", meetings);
    List<Object> persons = new ArrayList<>();
    for (Long id : doc.getList("persons.id", Long.class)) {
      persons.add(json("/api/v1/persons/" + id));
    }
    out.put("persons", persons);
    List<Object> regulations = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(doc.getList("citations.regulation.id", Long.class))) {
      regulations.add(json("/api/v1/regulations/" + id));
    }
    out.put("regulations", regulations);
    return out;
  }

  /** The JSON without ids (database and global ids of objects, the document ids of conflicts). */
  @SuppressWarnings("unchecked")
  static Object withoutIds(Object json) {
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) map)
          .forEach(
              (k, v) -> {
                if (!k.equals("id")
                    && !k.equals("nodeId")
                    && !(k.equals("documents") && isNumbers(v))) {
                  out.put(k, withoutIds(v));
                }
              });
      return out;
    }
    if (json instanceof List<?> list) {
      return list.stream().map(DocumentDeleteTest::withoutIds).toList();
    }
    return json;
  }

  private static boolean isNumbers(Object v) {
    return v instanceof List<?> l && l.stream().allMatch(Number.class::isInstance);
  }

  // ------------------------------------------------------------------------------- tests

  @Test
  void deletingNeedsAnEditorKey() {
    long id = ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
    delete(id, null)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("Bearer realm=\"regtrack\""));
    delete(id, "Bearer not-a-key").then().statusCode(401);
    delete(id, TestKeys.READER)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    given().get("/api/v1/documents/" + id).then().statusCode(200);
    assertThat(tombstones("Document", id)).isZero();
  }

  @Test
  void unknownIdIs404AndAMalformedOneIs400() {
    delete(Long.MAX_VALUE, TestKeys.EDITOR)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    assertThat(tombstones("Document", Long.MAX_VALUE)).isZero();
    for (String bad : List.of("abc", "0", "-4", "1.5", "99999999999999999999")) {
      delete(bad, TestKeys.EDITOR)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("parameter", equalTo("id"));
    }
  }

  @Test
  void deletingTwiceIs404TheSecondTime() {
    long id = ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
    delete(id, TestKeys.EDITOR).then().statusCode(204);
    delete(id, TestKeys.EDITOR).then().statusCode(404).contentType("application/problem+json");
    gone("/api/v1/documents/" + id);
    assertThat(tombstones("Document", id)).isOne();
  }

  @Test
  @ActivateRequestContext
  void tombstonesAreListedOldestFirstFromAnInstant() {
    long a = ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
    long b = ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
    Instant before = Instant.now().minusSeconds(1);
    delete(a, TestKeys.EDITOR).then().statusCode(204);
    delete(b, TestKeys.EDITOR).then().statusCode(204);

    List<TombstoneView> listed = tombstoneService.list(before, 10_000);
    assertThat(listed)
        .filteredOn(t -> t.entityType() == NodeType.Document)
        .extracting(TombstoneView::entityId)
        .containsSubsequence(a, b);
    assertThat(listed).allMatch(t -> !t.deletedAt().isBefore(before));
    assertThat(listed)
        .isSortedAccordingTo(
            Comparator.comparing(TombstoneView::deletedAt).thenComparing(TombstoneView::id));
    // Each deleted its own meeting, person and regulation.
    assertThat(listed)
        .extracting(TombstoneView::entityType)
        .contains(NodeType.Meeting, NodeType.Person, NodeType.Regulation);
    assertThat(tombstoneService.list(Instant.now().plusSeconds(3600), 10)).isEmpty();
    assertThat(tombstoneService.list(before, 1)).hasSize(1);
  }

  @Test
  void theOnlyArticleOfAMeetingTakesItsMeetingPersonsAndRegulationsAlongAndComesBackIdentically() {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    String chair = MeetingArticles.name();
    String deputy = MeetingArticles.name();
    String text = laoCaiReport(n, m, chair, deputy);
    JsonPath doc = ingest(text);
    long id = doc.getLong("id");
    long meeting = doc.getLong("meetings[0].id");
    List<Long> persons = doc.getList("persons.id", Long.class);
    Set<Long> regulations = new LinkedHashSet<>(doc.getList("citations.regulation.id", Long.class));
    long organizer = doc.getLong("meetings[0].organizer.id");
    assertThat(doc.getList("persons.name")).containsExactly(chair, deputy);
    assertThat(doc.getList("citations.regulation.symbol")).contains(n + "-QĐ/TW", m + "-HD/BTCTW");
    assertThat(regulations).hasSize(2);
    JsonPath guidance = lookup(m + "-HD/BTCTW");
    assertThat(guidance.getList("relations.type")).containsExactly("GUIDES");
    Map<String, Object> before = snapshot(id);

    delete(id, TestKeys.EDITOR).then().statusCode(204).body(equalTo(""));

    gone("/api/v1/documents/" + id);
    gone("/api/v1/meetings/" + meeting);
    persons.forEach(p -> gone("/api/v1/persons/" + p));
    regulations.forEach(r -> gone("/api/v1/regulations/" + r));
    given().get("/api/v1/organizations/" + organizer).then().statusCode(200);
    for (String table :
        List.of(
            "citation where document_id = ?",
            "document_person where document_id = ?",
            "meeting_document where document_id = ?",
            "regulation_relation where document_id = ?")) {
      assertThat(Db.count("select count(*) from " + table, id)).as(table).isZero();
    }
    assertThat(tombstones("Document", id)).isOne();
    assertThat(tombstones("Meeting", meeting)).isOne();
    persons.forEach(p -> assertThat(tombstones("Person", p)).as("person %d", p).isOne());
    regulations.forEach(
        r -> assertThat(tombstones("Regulation", r)).as("regulation %d", r).isOne());

    // The same article again makes the same document, meeting, persons and regulations.
    long again = ingest(text).getLong("id");
    assertThat(again).isNotEqualTo(id);
    assertThat(withoutIds(snapshot(again))).isEqualTo(withoutIds(before));
  }

  @Test
  void oneOfTwoReportsOfAMeetingLeavesTheMeetingAsTheOtherAloneMadeIt() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String speaker = MeetingArticles.name();
    JsonPath first = ingest(yenBaiReport(n, chair));
    long firstId = first.getLong("id");
    long meeting = first.getLong("meetings[0].id");
    long chairId = first.getLong("persons[0].id");
    Map<String, Object> alone = snapshot(firstId);

    JsonPath second = ingest(yenBaiOtherOutlet(n, chair, speaker));
    long secondId = second.getLong("id");
    assertThat(second.getLong("meetings[0].id")).isEqualTo(meeting);
    long speakerId =
        second.getLong("persons[" + second.getList("persons.name").indexOf(speaker) + "].id");
    JsonPath merged = read("/api/v1/meetings/" + meeting);
    assertThat(merged.getList("documents.id", Long.class)).containsExactly(firstId, secondId);
    assertThat(merged.getInt("attendeeCount")).isEqualTo(200);
    assertThat(merged.getList("participants.person.name")).containsExactly(chair, speaker);
    assertThat(merged.getList("participants[0].positions")).hasSize(2);
    assertThat(snapshot(firstId)).isNotEqualTo(alone);

    delete(secondId, TestKeys.EDITOR).then().statusCode(204);

    JsonPath after = read("/api/v1/meetings/" + meeting);
    assertThat(after.getList("documents.id", Long.class)).containsExactly(firstId);
    assertThat(after.getInt("attendeeCount")).isEqualTo(180);
    assertThat(after.getList("participants.person.name")).containsExactly(chair);
    // Ids and all: the meeting, the chair and the regulation are what the first article made.
    assertThat(snapshot(firstId)).isEqualTo(alone);
    gone("/api/v1/persons/" + speakerId);
    assertThat(tombstones("Person", speakerId)).isOne();
    assertThat(tombstones("Person", chairId)).isZero();
    assertThat(tombstones("Meeting", meeting)).isZero();
    assertThat(tombstones("Document", secondId)).isOne();
  }

  @Test
  void theVotesOfADeletedArticleNoLongerCount() {
    String n = CitingArticles.number();
    String symbol = n + "-QĐ/TW";
    long first =
        ingest(
                CitingArticles.article(
                    "Hội nghị quán triệt Quy định số "
                        + symbol
                        + " ngày 8/2/2022 của Bộ Chính trị về công tác thử nghiệm."))
            .getLong("id");
    ingest(
        CitingArticles.article(
            "Hội nghị quán triệt Quy định số "
                + symbol
                + " ngày 28/2/2022 của Bộ Chính trị về công tác thử nghiệm."));
    JsonPath before = lookup(symbol);
    long regulation = before.getLong("id");
    // A tie: the value stated first wins, the other is a conflict.
    assertThat(before.getString("issuedOn")).isEqualTo("2022-02-08");
    assertThat(before.getList("conflicts.field")).containsExactly("issuedOn");
    assertThat(before.getLong("citationCount")).isEqualTo(2);

    delete(first, TestKeys.EDITOR).then().statusCode(204);

    given()
        .get("/api/v1/regulations/" + regulation)
        .then()
        .statusCode(200)
        .body("issuedOn", equalTo("2022-02-28"))
        .body("conflicts", equalTo(List.of()))
        .body("citationCount", equalTo(1))
        .body("documentCount", equalTo(1));
    assertThat(tombstones("Regulation", regulation)).isZero();
  }

  @Test
  void anArticleThatLinkedTwoMeetingsAndTwoPersonsLeavesThemSeparateAgain() {
    String n1 = CitingArticles.number();
    String n2 = CitingArticles.number();
    String person = MeetingArticles.name();
    // The first and the third share nothing: another regulation, another position.
    long first = ingest(haGiangReview(List.of(n1), person, "Bí thư Tỉnh ủy")).getLong("id");
    long third = ingest(haGiangReview(List.of(n2), person, "Chủ tịch HĐND tỉnh")).getLong("id");
    Map<String, Object> firstAlone = snapshot(first);
    Map<String, Object> thirdAlone = snapshot(third);
    JsonPath thirdDoc = read("/api/v1/documents/" + third);
    long thirdMeeting = thirdDoc.getLong("meetings[0].id");
    long thirdPerson = thirdDoc.getLong("persons[0].id");
    JsonPath firstDoc = read("/api/v1/documents/" + first);
    long firstMeeting = firstDoc.getLong("meetings[0].id");
    long firstPerson = firstDoc.getLong("persons[0].id");
    assertThat(thirdMeeting).isNotEqualTo(firstMeeting);
    assertThat(thirdPerson).isNotEqualTo(firstPerson);

    // The second shares a regulation and a position with each: one meeting, one person.
    JsonPath second =
        ingest(haGiangReview(List.of(n1, n2), person, "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    assertThat(second.getList("meetings.id", Long.class)).containsExactly(firstMeeting);
    assertThat(second.getList("persons.id", Long.class)).containsExactly(firstPerson);
    given().get("/api/v1/meetings/" + firstMeeting).then().body("documents.size()", equalTo(3));

    delete(second.getLong("id"), TestKeys.EDITOR).then().statusCode(204);

    // The first keeps the ids; the third gets its own meeting and person again, under new ids.
    assertThat(snapshot(first)).isEqualTo(firstAlone);
    Map<String, Object> thirdAfter = snapshot(third);
    assertThat(withoutIds(thirdAfter)).isEqualTo(withoutIds(thirdAlone));
    JsonPath thirdDocAfter = read("/api/v1/documents/" + third);
    assertThat(thirdDocAfter.getLong("meetings[0].id")).isNotIn(firstMeeting, thirdMeeting);
    assertThat(thirdDocAfter.getLong("persons[0].id")).isNotIn(firstPerson, thirdPerson);
    assertThat(thirdDocAfter.getLong("meetings[0].participants[0].person.id"))
        .isEqualTo(thirdDocAfter.getLong("persons[0].id"));
    assertThat(tombstones("Meeting", firstMeeting)).isZero();
    assertThat(tombstones("Person", firstPerson)).isZero();
  }

  @Test
  void aConcurrentIngestOfAnotherReportNeverInterleavesWithTheDeletion() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String n = CitingArticles.number();
        String chair = MeetingArticles.name();
        long first = ingest(yenBaiReport(n, chair)).getLong("id");
        String other = yenBaiOtherOutlet(n, chair, MeetingArticles.name());
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> deleting =
            () -> {
              start.await();
              return delete(first, TestKeys.EDITOR).statusCode();
            };
        Callable<Integer> ingesting =
            () -> {
              start.await();
              return given()
                  .header("Authorization", TestKeys.EDITOR)
                  .contentType("text/plain; charset=utf-8")
                  .body(other)
                  .post("/api/v1/documents")
                  .statusCode();
            };
        Future<Integer> deleted = pool.submit(deleting);
        Future<Integer> ingested = pool.submit(ingesting);
        start.countDown();
        assertThat(deleted.get()).isEqualTo(204);
        assertThat(ingested.get()).isEqualTo(201);

        // Whichever ran first, what is left is what the other report alone makes.
        JsonPath regulation = lookup(n + "-QĐ/TW");
        assertThat(regulation.getLong("citationCount")).as("round %d", round).isEqualTo(1);
        JsonPath meetings =
            JsonPath.from(
                given().queryParam("regulation", n + "-QĐ/TW").get("/api/v1/meetings").asString());
        assertThat(meetings.getList("items")).as("round %d", round).hasSize(1);
        assertThat(meetings.getList("items[0].documents")).hasSize(1);
        assertThat(meetings.getList("items[0].participants.person.name")).contains(chair);
        long chairId =
            meetings.getLong(
                "items[0].participants["
                    + meetings.getList("items[0].participants.person.name").indexOf(chair)
                    + "].person.id");
        given()
            .get("/api/v1/persons/" + chairId)
            .then()
            .statusCode(200)
            .body("appearances.size()", equalTo(1));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
