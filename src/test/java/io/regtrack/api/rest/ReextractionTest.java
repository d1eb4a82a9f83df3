package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.CitingArticles;
import io.regtrack.Db;
import io.regtrack.Jobs;
import io.regtrack.MeetingArticles;
import io.regtrack.TestKeys;
import io.regtrack.extraction.ArticleExtractor;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/admin/reextract}: who may start it, the job it answers, and that
 * re-extracting leaves documents, their citations, meetings, persons and regulations exactly as
 * they were (ids included) when the extractor has not changed — once, twice, or over the whole
 * corpus.
 */
@QuarkusTest
class ReextractionTest {
  /** The tables re-extraction rewrites, and the tombstones it would leave. */
  static final List<String> TABLES =
      List.of(
          "document",
          "citation",
          "regulation",
          "regulation_relation",
          "organization",
          "person",
          "document_person",
          "meeting",
          "meeting_document",
          "meeting_participant",
          "meeting_regulation",
          "tombstone");

  static Response reextract(String key, String query) {
    var request = given();
    if (key != null) {
      request = request.header("Authorization", key);
    }
    return request.post("/api/v1/admin/reextract" + (query == null ? "" : "?" + query));
  }

  /** Starts a re-extraction as admin and waits for it; it must succeed without failures. */
  static JsonPath runReextraction(String query) {
    Response accepted = reextract(TestKeys.ADMIN, query);
    accepted.then().statusCode(202);
    JsonPath job = Jobs.awaitFinished(accepted.jsonPath().getLong("id"));
    assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(job.getList("errors")).isEmpty();
    assertThat(job.getInt("failed")).isZero();
    assertThat(job.getInt("done")).isEqualTo(job.getInt("total"));
    return job;
  }

  static Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, Db.count("select count(*) from " + t)));
    return counts;
  }

  static void makeStale(long... documentIds) {
    for (long id : documentIds) {
      assertThat(Db.update("update document set extractor_version = 1 where id = ?", id))
          .isEqualTo(1);
    }
  }

  static long ingest(String text) {
    return MeetingApiTest.ingest(text).getLong("id");
  }

  // ------------------------------------------------------------------------------- tests

  @Test
  void startingNeedsAnAdminKey() {
    reextract(null, null)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("Bearer realm=\"regtrack\""));
    reextract("Bearer not-a-key", null).then().statusCode(401);
    reextract(TestKeys.READER, null).then().statusCode(403).contentType("application/problem+json");
    reextract(TestKeys.EDITOR, null)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    reextract(TestKeys.ADMIN, "all=maybe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("all"));
  }

  @Test
  void answers202WithTheJobAndItsLocation() {
    Response accepted = reextract(TestKeys.ADMIN, null);
    accepted
        .then()
        .statusCode(202)
        .header("Location", endsWith("/api/v1/admin/jobs/" + accepted.jsonPath().getLong("id")))
        .body("kind", equalTo("REEXTRACT"))
        .body("createdBy", equalTo("admin"))
        .body("createdAt", notNullValue())
        .body("errors", emptyIterable());
    JsonPath job = Jobs.awaitFinished(accepted.jsonPath().getLong("id"));
    assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(job.getString("startedAt")).isNotNull();
    assertThat(job.getString("finishedAt")).isNotNull();
    given()
        .header("Authorization", TestKeys.ADMIN)
        .get(accepted.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(job.getInt("id")));
  }

  @Test
  void readingAJobNeedsAnEditorOrAdminKey() {
    long id =
        reextract(TestKeys.ADMIN, null).then().statusCode(202).extract().jsonPath().getLong("id");
    Jobs.awaitFinished(id);
    given().get("/api/v1/admin/jobs/" + id).then().statusCode(401);
    given()
        .header("Authorization", TestKeys.READER)
        .get("/api/v1/admin/jobs/" + id)
        .then()
        .statusCode(403);
    for (String key : List.of(TestKeys.EDITOR, TestKeys.ADMIN)) {
      given()
          .header("Authorization", key)
          .get("/api/v1/admin/jobs/" + id)
          .then()
          .statusCode(200)
          .header("Cache-Control", equalTo("no-cache"));
    }
    given()
        .header("Authorization", TestKeys.EDITOR)
        .get("/api/v1/admin/jobs/" + Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", TestKeys.EDITOR)
        .get("/api/v1/admin/jobs/abc")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("id"));
  }

  @Test
  void reextractsOnlyStaleDocumentsAndBumpsTheirVersion() {
    long stale =
        ingest(DocumentDeleteTest.yenBaiReport(CitingArticles.number(), MeetingArticles.name()));
    long fresh =
        ingest(DocumentDeleteTest.yenBaiReport(CitingArticles.number(), MeetingArticles.name()));
    makeStale(stale);
    JsonPath job = runReextraction(null);
    assertThat(job.getInt("total")).isPositive();
    assertThat(Db.count("select extractor_version from document where id = ?", stale))
        .isEqualTo(ArticleExtractor.VERSION);
    assertThat(
            Db.count(
                "select count(*) from document where extractor_version < ?",
                ArticleExtractor.VERSION))
        .isZero();
    assertThat(fresh).isNotEqualTo(stale);
  }

  /**
   * The acceptance test: a document whose citations, relations, persons and meeting exist only
   * because of it, and two reports of one meeting by two outlets (one of them re-extracted, so the
   * meeting and its chair are split and merged again within the transaction) come out of a
   * re-extraction exactly as they went in, ids included, with the same rows in every table — and
   * the same again after a second run.
   */
  @Test
  void reextractingTwiceLeavesTheSameRowsAndIds() {
    String n = CitingArticles.number();
    String m = CitingArticles.number();
    long laoCai =
        ingest(
            DocumentDeleteTest.laoCaiReport(n, m, MeetingArticles.name(), MeetingArticles.name()));
    String yb = CitingArticles.number();
    String chair = MeetingArticles.name();
    long yenBai = ingest(DocumentDeleteTest.yenBaiReport(yb, chair));
    long yenBaiOther =
        ingest(DocumentDeleteTest.yenBaiOtherOutlet(yb, chair, MeetingArticles.name()));
    List<Long> documents = List.of(laoCai, yenBai, yenBaiOther);

    Map<Long, Object> before = snapshots(documents);
    assertThat(DocumentDeleteTest.read("/api/v1/documents/" + yenBai).getList("meetings.id"))
        .isEqualTo(
            DocumentDeleteTest.read("/api/v1/documents/" + yenBaiOther).getList("meetings.id"));
    assertThat(DocumentDeleteTest.read("/api/v1/documents/" + laoCai).getList("citations"))
        .hasSize(3);
    Map<String, Long> counts = rowCounts();

    makeStale(laoCai, yenBai);
    runReextraction(null);
    assertUnchanged(before, snapshots(documents));
    assertThat(rowCounts()).isEqualTo(counts);

    makeStale(laoCai, yenBai);
    runReextraction(null);
    assertUnchanged(before, snapshots(documents));
    assertThat(rowCounts()).isEqualTo(counts);
  }

  /**
   * The re-extracted document is what links the other two documents' reports into one meeting and
   * their appearances into one person (as deleting it would show: DocumentDeleteTest). Forgetting
   * it does not split them only to merge them again: nothing is deleted, not even for a moment (no
   * tombstone, no deletion in the change log), and every id stays.
   */
  @Test
  void reextractingTheDocumentThatLinksTwoOthersSplitsNothing() {
    String n1 = CitingArticles.number();
    String n2 = CitingArticles.number();
    String person = MeetingArticles.name();
    long first = ingest(DocumentDeleteTest.haGiangReview(List.of(n1), person, "Bí thư Tỉnh ủy"));
    long third =
        ingest(DocumentDeleteTest.haGiangReview(List.of(n2), person, "Chủ tịch HĐND tỉnh"));
    long second =
        ingest(
            DocumentDeleteTest.haGiangReview(
                List.of(n1, n2), person, "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    List<Long> documents = List.of(first, second, third);
    JsonPath linked = DocumentDeleteTest.read("/api/v1/documents/" + second);
    given()
        .get("/api/v1/meetings/" + linked.getLong("meetings[0].id"))
        .then()
        .body("documents.size()", equalTo(3));
    given()
        .get("/api/v1/persons/" + linked.getLong("persons[0].id"))
        .then()
        .body("appearances.size()", equalTo(3));
    Map<Long, Object> before = snapshots(documents);
    Map<String, Long> counts = rowCounts();
    makeStale(second);
    long log = Db.count("select coalesce(max(seq), 0) from change_log");
    runReextraction(null);

    assertUnchanged(before, snapshots(documents));
    assertThat(rowCounts()).isEqualTo(counts);
    assertThat(
            Db.count("select count(*) from change_log where seq > ? and action <> 'UPDATED'", log))
        .isZero();
    assertThat(
            Db.count(
                "select count(*) from change_log where seq > ? and entity_type = 'Document'"
                    + " and entity_id = ?",
                log,
                second))
        .isEqualTo(1);
  }

  /** Every document of the shared test database, re-extracted: not one row more or less. */
  @Test
  void reextractingEverythingChangesNoCount() {
    ingest(DocumentDeleteTest.yenBaiReport(CitingArticles.number(), MeetingArticles.name()));
    Map<String, Long> counts = rowCounts();
    JsonPath job = runReextraction("all=true");
    assertThat((long) job.getInt("total")).isEqualTo(counts.get("document"));
    assertThat(rowCounts()).isEqualTo(counts);
  }

  /** Fails naming the first path at which the two JSON trees differ. */
  static void assertUnchanged(Object before, Object after) {
    assertThat(difference("$", before, after)).as("first difference").isNull();
  }

  private static String difference(String path, Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (!ma.keySet().equals(mb.keySet())) {
        return path + ": keys " + ma.keySet() + " became " + mb.keySet();
      }
      for (Object k : ma.keySet()) {
        String d = difference(path + "." + k, ma.get(k), mb.get(k));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return path + ": " + la.size() + " items became " + lb.size();
      }
      for (int i = 0; i < la.size(); i++) {
        String d = difference(path + "[" + i + "]", la.get(i), lb.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return java.util.Objects.equals(a, b) ? null : path + ": " + a + " became " + b;
  }

  private static Map<Long, Object> snapshots(List<Long> documents) {
    Map<Long, Object> out = new LinkedHashMap<>();
    documents.forEach(id -> out.put(id, DocumentDeleteTest.snapshot(id)));
    return out;
  }
}
