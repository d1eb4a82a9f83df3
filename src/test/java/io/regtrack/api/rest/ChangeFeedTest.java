package io.regtrack.api.rest;

import static io.regtrack.api.rest.DocumentDeleteTest.delete;
import static io.regtrack.api.rest.DocumentDeleteTest.haGiangReview;
import static io.regtrack.api.rest.DocumentDeleteTest.ingest;
import static io.regtrack.api.rest.DocumentDeleteTest.tombstones;
import static io.regtrack.api.rest.DocumentDeleteTest.yenBaiOtherOutlet;
import static io.regtrack.api.rest.DocumentDeleteTest.yenBaiReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.regtrack.shared.id.GlobalId;
import io.regtrack.shared.id.NodeType;
import io.regtrack.shared.paging.Cursor;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/changes}: what ingestion, a second report, merges and deletion put in the
 * feed, paging, since as a token and as a time, a late commit, and bad input. The database is
 * shared with the other test classes, so each test takes the head of the feed first and reads from
 * there.
 */
@QuarkusTest
class ChangeFeedTest {
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

  /** One item of the feed, without its time. */
  record Item(String type, long id, String action) {
    static Item created(String type, long id) {
      return new Item(type, id, "CREATED");
    }

    static Item updated(String type, long id) {
      return new Item(type, id, "UPDATED");
    }

    static Item deleted(String type, long id) {
      return new Item(type, id, "DELETED");
    }
  }

  /** The items read from a token to the end of the feed, and the token to go on from. */
  record Read(List<Item> items, String nextToken) {}

  // ------------------------------------------------------------------------------- requests

  static Response get(String since, Integer limit) {
    var request = given();
    if (since != null) {
      request = request.queryParam("since", since);
    }
    if (limit != null) {
      request = request.queryParam("limit", limit);
    }
    return request.get("/api/v1/changes");
  }

  static JsonPath page(String since, Integer limit) {
    return get(since, limit).then().statusCode(200).extract().jsonPath();
  }

  /** Pages of {@code limit} from {@code since} until hasMore is false. */
  static Read readAll(String since, int limit) {
    List<Item> items = new ArrayList<>();
    String token = since;
    for (int pages = 0; ; pages++) {
      assertThat(pages).as("pages").isLessThan(10_000);
      JsonPath page = page(token, limit);
      List<Map<String, Object>> raw = page.getList("items");
      assertThat(raw.size()).isLessThanOrEqualTo(limit);
      for (Map<String, Object> item : raw) {
        String type = (String) item.get("type");
        long id = ((Number) item.get("id")).longValue();
        NodeType nodeType = NodeType.valueOf(type.charAt(0) + type.substring(1).toLowerCase());
        assertThat(item.get("nodeId")).isEqualTo(GlobalId.of(nodeType, id));
        assertThat(Instant.parse((String) item.get("at"))).isNotNull();
        items.add(new Item(type, id, (String) item.get("action")));
      }
      token = page.getString("nextToken");
      assertThat(token).isNotBlank();
      if (!page.getBoolean("hasMore")) {
        return new Read(items, token);
      }
      assertThat(raw).hasSize(limit);
    }
  }

  /** A token at the end of the feed as it is now. */
  static String head() {
    return readAll(Instant.now().toString(), 1000).nextToken();
  }

  // ------------------------------------------------------------------------------- tests

  @Test
  void ingestingASecondReportAndDeletingAreCreatedUpdatedAndDeletedItems() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    String speaker = MeetingArticles.name();
    String start = head();

    JsonPath first = ingest(yenBaiReport(n, chair));
    long doc1 = first.getLong("id");
    long meeting = first.getLong("meetings[0].id");
    long chairId = first.getLong("persons[0].id");
    long regulation = first.getLong("citations[0].regulation.id");
    Read created = readAll(start, 1000);
    assertThat(created.items())
        .containsExactlyInAnyOrder(
            Item.created("DOCUMENT", doc1),
            Item.created("REGULATION", regulation),
            Item.created("PERSON", chairId),
            Item.created("MEETING", meeting));

    // Another outlet's report of the same meeting: the meeting gains a document (and the chair an
    // appearance, the regulation a citation) even where no field changes.
    JsonPath second = ingest(yenBaiOtherOutlet(n, chair, speaker));
    long doc2 = second.getLong("id");
    assertThat(second.getLong("meetings[0].id")).isEqualTo(meeting);
    long speakerId =
        second.getLong("persons[" + second.getList("persons.name").indexOf(speaker) + "].id");
    Read reported = readAll(created.nextToken(), 1000);
    assertThat(reported.items())
        .containsExactlyInAnyOrder(
            Item.created("DOCUMENT", doc2),
            Item.updated("REGULATION", regulation),
            Item.updated("PERSON", chairId),
            Item.created("PERSON", speakerId),
            Item.updated("MEETING", meeting));

    delete(doc2, TestKeys.EDITOR).then().statusCode(204);
    Read deleted = readAll(reported.nextToken(), 1000);
    assertThat(deleted.items())
        .containsExactlyInAnyOrder(
            Item.deleted("DOCUMENT", doc2),
            Item.updated("REGULATION", regulation),
            Item.updated("PERSON", chairId),
            Item.deleted("PERSON", speakerId),
            Item.updated("MEETING", meeting));

    delete(doc1, TestKeys.EDITOR).then().statusCode(204);
    assertThat(readAll(deleted.nextToken(), 1000).items())
        .containsExactlyInAnyOrder(
            Item.deleted("DOCUMENT", doc1),
            Item.deleted("REGULATION", regulation),
            Item.deleted("PERSON", chairId),
            Item.deleted("MEETING", meeting));

    // Replaying from the start token gives the whole story again, in the same order.
    List<Item> all = readAll(start, 1000).items();
    assertThat(all).startsWith(created.items().toArray(Item[]::new));
    assertThat(all).hasSize(4 + 5 + 5 + 4);
  }

  @Test
  void aReportThatChangesNoFieldStillUpdatesTheMeetingPersonAndRegulationItLinksTo() {
    String n = CitingArticles.number();
    String chair = MeetingArticles.name();
    JsonPath first = ingest(yenBaiReport(n, chair));
    long meeting = first.getLong("meetings[0].id");
    long chairId = first.getLong("persons[0].id");
    long regulation = first.getLong("citations[0].regulation.id");
    Map<String, Object> meetingBefore =
        fields(given().get("/api/v1/meetings/" + meeting).jsonPath());
    String start = head();

    // The same report again (another article: its own code): every voted field stays.
    long second = ingest(yenBaiReport(n, chair)).getLong("id");
    JsonPath after = given().get("/api/v1/meetings/" + meeting).jsonPath();
    assertThat(fields(after)).isEqualTo(meetingBefore);
    assertThat(after.getList("documents.id", Long.class)).hasSize(2).contains(second);

    assertThat(readAll(start, 1000).items())
        .containsExactlyInAnyOrder(
            Item.created("DOCUMENT", second),
            Item.updated("MEETING", meeting),
            Item.updated("PERSON", chairId),
            Item.updated("REGULATION", regulation));
  }

  /** A meeting's own fields, without its links. */
  private static Map<String, Object> fields(JsonPath meeting) {
    Map<String, Object> out = new java.util.LinkedHashMap<>(meeting.getMap(""));
    out.keySet().removeAll(List.of("participants", "regulations", "documents"));
    return out;
  }

  @Test
  void aMergeDeletesTheMergedMeetingAndPersonWithTombstonesAndUpdatesWhatLinkedThem() {
    String n1 = CitingArticles.number();
    String n2 = CitingArticles.number();
    String person = MeetingArticles.name();
    JsonPath first = ingest(haGiangReview(List.of(n1), person, "Bí thư Tỉnh ủy"));
    JsonPath third = ingest(haGiangReview(List.of(n2), person, "Chủ tịch HĐND tỉnh"));
    long firstMeeting = first.getLong("meetings[0].id");
    long firstPerson = first.getLong("persons[0].id");
    long r1 = first.getLong("citations[0].regulation.id");
    long thirdDoc = third.getLong("id");
    long thirdMeeting = third.getLong("meetings[0].id");
    long thirdPerson = third.getLong("persons[0].id");
    long r2 = third.getLong("citations[0].regulation.id");
    String start = head();

    // The second shares a regulation and a position with each: one meeting, one person.
    JsonPath second =
        ingest(haGiangReview(List.of(n1, n2), person, "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    long secondDoc = second.getLong("id");
    assertThat(second.getList("meetings.id", Long.class)).containsExactly(firstMeeting);
    assertThat(second.getList("persons.id", Long.class)).containsExactly(firstPerson);

    assertThat(readAll(start, 1000).items())
        .containsExactlyInAnyOrder(
            Item.created("DOCUMENT", secondDoc),
            Item.updated("REGULATION", r1),
            Item.updated("REGULATION", r2),
            Item.updated("PERSON", firstPerson),
            Item.deleted("PERSON", thirdPerson),
            Item.updated("MEETING", firstMeeting),
            Item.deleted("MEETING", thirdMeeting),
            // The third document now reports the first meeting and names the first person.
            Item.updated("DOCUMENT", thirdDoc));
    assertThat(tombstones("Meeting", thirdMeeting)).isOne();
    assertThat(tombstones("Person", thirdPerson)).isOne();
    given().get("/api/v1/meetings/" + thirdMeeting).then().statusCode(404);
    given()
        .get("/api/v1/documents/" + thirdDoc)
        .then()
        .body("meetings[0].id", equalTo((int) firstMeeting))
        .body("persons[0].id", equalTo((int) firstPerson));
  }

  @Test
  void pagingWithAnyLimitReturnsEachChangeOnceInTheSameOrder() {
    String start = head();
    for (int i = 0; i < 3; i++) {
      ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name()));
    }
    List<Item> all = readAll(start, 1000).items();
    assertThat(all).hasSize(3 * 4).doesNotHaveDuplicates();
    for (int limit : List.of(1, 2, 5, 11)) {
      assertThat(readAll(start, limit).items()).as("limit %d", limit).isEqualTo(all);
    }

    // While there is more, a Link header carries the next page's URL.
    Response firstPage = get(start, 5);
    firstPage.then().statusCode(200).body("hasMore", equalTo(true));
    String link = firstPage.header("Link");
    assertThat(link).isNotNull();
    Matcher m = NEXT_LINK.matcher(link);
    assertThat(m.find()).isTrue();
    String nextToken = firstPage.jsonPath().getString("nextToken");
    assertThat(m.group(1)).contains("since=" + nextToken).contains("limit=5");
    JsonPath followed = given().urlEncodingEnabled(false).get(m.group(1)).jsonPath();
    assertThat(followed.getList("items")).isEqualTo(page(nextToken, 5).getList("items"));
    // The last page has no Link.
    Read rest = readAll(start, 1000);
    Response last = get(rest.nextToken(), 5);
    last.then().statusCode(200).body("hasMore", equalTo(false)).body("items.size()", equalTo(0));
    assertThat(last.header("Link")).isNull();
    assertThat(last.jsonPath().getString("nextToken")).isEqualTo(rest.nextToken());
  }

  @Test
  void sinceATimeStartsWithTheChangesMadeFromThenOn() {
    Instant before = Instant.now();
    long doc = ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");

    List<Item> utc = readAll(before.toString(), 1000).items();
    assertThat(utc).contains(Item.created("DOCUMENT", doc)).hasSize(4);
    String hanoi = before.atOffset(ZoneOffset.ofHours(7)).toString();
    assertThat(readAll(hanoi, 1000).items()).isEqualTo(utc);
    // A "+" that was not encoded arrives as a space.
    assertThat(readAll(hanoi.replace('+', ' '), 1000).items()).isEqualTo(utc);

    // A time ahead of every change: nothing yet, and a token to poll with.
    JsonPath future = page("2100-12-31T00:00:00Z", 10); // the last accepted year
    assertThat(future.getList("items")).isEmpty();
    assertThat(future.getBoolean("hasMore")).isFalse();
    String token = future.getString("nextToken");
    long later =
        ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
    assertThat(readAll(token, 1000).items()).contains(Item.created("DOCUMENT", later)).hasSize(4);
  }

  @Test
  void aWriteThatCommitsLateIsNotSkipped() throws Exception {
    long person =
        ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name()))
            .getLong("persons[0].id");
    String start = head();
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection slow = ds.getConnection()) {
      slow.setAutoCommit(false);
      try (PreparedStatement ps =
          slow.prepareStatement("update person set updated_at = now() where id = ?")) {
        ps.setLong(1, person);
        assertThat(ps.executeUpdate()).isOne();
      }
      // A write that starts after the slow one and commits first.
      long doc =
          ingest(yenBaiReport(CitingArticles.number(), MeetingArticles.name())).getLong("id");
      JsonPath meanwhile = page(start, 1000);
      assertThat(meanwhile.getList("items")).as("held back behind the running write").isEmpty();
      assertThat(meanwhile.getBoolean("hasMore")).isFalse();
      String polled = meanwhile.getString("nextToken");

      slow.commit();

      List<Item> items = readAll(polled, 1000).items();
      assertThat(items).hasSize(1 + 4);
      assertThat(items.getFirst()).isEqualTo(Item.updated("PERSON", person));
      assertThat(items).contains(Item.created("DOCUMENT", doc));
    }
  }

  @Test
  void malformedSinceAndLimitAre400ProblemsNamingTheParameter() {
    List<String> badSince =
        List.of(
            "yesterday",
            "2024-05-01",
            "2024-05-01T00:00:00",
            "2024-13-01T00:00:00Z",
            Cursor.encode("documents", "5"),
            Cursor.encode("changes", "x"),
            Cursor.encode("changes", "12"),
            Cursor.encode("changes", "-1.2"),
            // A transaction id this database has not reached.
            Cursor.encode("changes", "999999999999999.1"));
    for (String since : badSince) {
      get(since, null)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("parameter", equalTo("since"))
          .body("detail", notNullValue());
    }
    for (String limit : List.of("0", "1001", "-1", "1.5", "abc")) {
      given()
          .queryParam("limit", limit)
          .get("/api/v1/changes")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("parameter", equalTo("limit"));
    }
    given().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200);
    JsonPath defaults = page(null, null);
    assertThat(defaults.getList("items").size()).isLessThanOrEqualTo(100);
  }

  @Test
  void openApiDescribesTheFeed() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/changes'.get.summary", notNullValue())
        .body(
            "paths.'/api/v1/changes'.get.parameters.name",
            org.hamcrest.Matchers.hasItems("since", "limit"));
  }
}
