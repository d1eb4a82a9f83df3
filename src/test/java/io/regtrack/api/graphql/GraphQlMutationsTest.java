package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.Db;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor mutations: authorization, idempotence, input errors, no partial writes. */
@QuarkusTest
class GraphQlMutationsTest {
  static final String INGEST =
      """
      mutation($input: IngestDocumentInput!) {
        ingestDocument(input: $input) {
          created document { id databaseId title url source publishedAt }
        }
      }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "none",
      value = {"none, UNAUTHENTICATED", "Bearer test-reader-key, FORBIDDEN"})
  void ingestNeedsAnEditorKey(String authorization, String code) {
    long before = Db.count("select count(*) from document");
    JsonPath r =
        GraphQl.postAs(
            authorization,
            INGEST,
            "input",
            java.util.Map.of("text", Articles.unique("Hội nghị quán triệt nghị quyết")));
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo(code);
    assertThat(r.getString("data")).isNull();
    assertThat(Db.count("select count(*) from document")).isEqualTo(before);
  }

  @Test
  void anUnknownKeyIsAGraphQlUnauthenticatedErrorNotAnHttpProblem() {
    // GraphQL clients read GraphQL responses: an unknown key on a mutation is UNAUTHENTICATED in
    // the errors list (200 for application/json), saying the key is not valid; nothing written.
    long before = Db.count("select count(*) from document");
    io.restassured.response.Response r =
        io.restassured.RestAssured.given()
            .header("Authorization", "Bearer unknown-key")
            .contentType("application/json")
            .accept("application/json")
            .body(
                java.util.Map.of(
                    "query",
                    INGEST,
                    "variables",
                    java.util.Map.of("input", java.util.Map.of("text", Articles.unique()))))
            .post("/graphql");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonPath body = r.jsonPath();
    assertThat(body.getList("errors")).hasSize(1);
    assertThat(body.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    assertThat(body.getString("errors[0].message")).contains("not valid");
    assertThat(body.getString("data")).isNull();
    assertThat(Db.count("select count(*) from document")).isEqualTo(before);
  }

  @Test
  void anUnknownKeyDoesNotStopAPublicQuery() {
    // As on REST, a key only matters where a role is needed: reads are public.
    JsonPath r = GraphQl.postAs("Bearer unknown-key", "{ meetings(first: 1) { totalCount } }");
    assertThat(r.getList("errors")).isNull();
    assertThat(r.getInt("data.meetings.totalCount")).isNotNegative();
  }

  @Test
  void anUnknownKeyIsStillA401OnRest() {
    io.restassured.RestAssured.given()
        .header("Authorization", "Bearer unknown-key")
        .contentType("text/plain; charset=utf-8")
        .body(Articles.unique())
        .post("/api/v1/documents")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void ingestIsIdempotent() {
    String text = Articles.unique("Hội nghị quán triệt Chỉ thị của Ban Bí thư");
    var input =
        java.util.Map.of(
            "text",
            text,
            "url",
            "https://example.vn/bai-1",
            "source",
            "Báo Thử nghiệm",
            "publishedAt",
            "2024-05-03T01:30:00Z");
    JsonPath first = GraphQl.postAs(TestKeys.EDITOR, INGEST, "input", input);
    assertThat(first.getString("errors")).isNull();
    // An offset other than Vietnam's is converted to Vietnam time, served with its offset.
    assertThat(first.getString("data.ingestDocument.document.publishedAt"))
        .isEqualTo("2024-05-03T08:30:00+07:00");
    assertThat(first.getBoolean("data.ingestDocument.created")).isTrue();
    assertThat(first.getString("data.ingestDocument.document.url"))
        .isEqualTo("https://example.vn/bai-1");
    assertThat(first.getString("data.ingestDocument.document.source")).isEqualTo("Báo Thử nghiệm");
    JsonPath second = GraphQl.postAs(TestKeys.ADMIN, INGEST, "input", input);
    assertThat(second.getBoolean("data.ingestDocument.created")).isFalse();
    assertThat(second.getString("data.ingestDocument.document.id"))
        .isEqualTo(first.getString("data.ingestDocument.document.id"));
  }

  @Test
  void aPublishTimeWithoutOffsetIsOneBadUserInputAndStoresNothing() {
    long before = Db.count("select count(*) from document");
    var input =
        java.util.Map.of(
            "text",
            Articles.unique("Hội nghị quán triệt Chỉ thị của Ban Bí thư"),
            "publishedAt",
            "2024-05-03T08:30:00");
    JsonPath response = GraphQl.postAs(TestKeys.EDITOR, INGEST, "input", input);
    assertThat(response.getList("errors")).hasSize(1);
    assertThat(response.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.getString("errors[0].message")).contains("'input'");
    assertThat(Db.count("select count(*) from document")).isEqualTo(before);
  }

  static final String DELETE =
      """
      mutation($id: ID!) {
        deleteDocument(id: $id) {
          deletedDocumentId deletedMeetingIds deletedPersonIds deletedRegulationIds
        }
      }
      """;

  @Test
  void deleteNeedsAnEditorAndTakesOrphansAlong() {
    String n = io.regtrack.CitingArticles.number();
    String chair = io.regtrack.MeetingArticles.name();
    String text =
        io.regtrack.MeetingArticles.article(
            "Hội nghị quán triệt Hướng dẫn số " + n + "-HD/BTCTW",
            java.time.LocalDate.of(2023, 11, 8),
            "Sáng 8/11, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Hướng dẫn số "
                + n
                + "-HD/BTCTW ngày 2/10/2023 của Ban Tổ chức Trung ương. Đồng chí "
                + chair
                + ", Bí thư Tỉnh ủy chủ trì hội nghị.");
    JsonPath created =
        GraphQlJson.ok(
            GraphQl.postAs(
                TestKeys.EDITOR,
                "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {"
                    + " document { id meetings { id } persons { person { id } } citations {"
                    + " regulation { id } } } } }",
                "input",
                java.util.Map.of("text", text)));
    String documentId = created.getString("data.ingestDocument.document.id");
    String meetingId = created.getString("data.ingestDocument.document.meetings[0].id");
    String personId = created.getString("data.ingestDocument.document.persons[0].person.id");
    String regulationId =
        created.getString("data.ingestDocument.document.citations[0].regulation.id");

    assertThat(
            GraphQl.postAs(null, DELETE, "id", documentId).getString("errors[0].extensions.code"))
        .isEqualTo("UNAUTHENTICATED");
    assertThat(
            GraphQl.postAs(TestKeys.READER, DELETE, "id", documentId)
                .getString("errors[0].extensions.code"))
        .isEqualTo("FORBIDDEN");
    assertThat(
            GraphQl.data("query($id: ID!) { node(id: $id) { id } }", "id", documentId)
                .getString("node.id"))
        .isEqualTo(documentId);

    JsonPath deleted = GraphQlJson.ok(GraphQl.postAs(TestKeys.EDITOR, DELETE, "id", documentId));
    assertThat(deleted.getString("data.deleteDocument.deletedDocumentId")).isEqualTo(documentId);
    assertThat(deleted.getList("data.deleteDocument.deletedMeetingIds")).containsExactly(meetingId);
    assertThat(deleted.getList("data.deleteDocument.deletedPersonIds")).contains(personId);
    assertThat(deleted.getList("data.deleteDocument.deletedRegulationIds"))
        .containsExactly(regulationId);
    JsonPath gone =
        GraphQl.data(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "ids",
            java.util.List.of(documentId, meetingId, personId, regulationId));
    assertThat(gone.getList("nodes")).containsExactly(null, null, null, null);

    assertThat(
            GraphQl.postAs(TestKeys.EDITOR, DELETE, "id", documentId)
                .getString("errors[0].extensions.code"))
        .isEqualTo("NOT_FOUND");
    assertThat(
            GraphQl.postAs(TestKeys.EDITOR, DELETE, "id", "not an id")
                .getString("errors[0].extensions.code"))
        .isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void blankArticleIsBadUserInputAndWritesNothing() {
    long before = Db.count("select count(*) from document");
    JsonPath r =
        GraphQl.postAs(TestKeys.EDITOR, INGEST, "input", java.util.Map.of("text", "   \n  "));
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(r.getString("errors[0].message")).startsWith("text:");
    assertThat(Db.count("select count(*) from document")).isEqualTo(before);
  }

  @Test
  void errorsNeverLeakClassNamesOrStackTraces() {
    String[] queries = {
      "{ document(id: \"bad id\") { id } }",
      "{ meetings(first: 0) { nodes { id } } }",
      "{ nothing }",
      "{ document(id: 1) { ",
    };
    for (String q : queries) {
      String body = GraphQl.post(q).prettify();
      assertThat(body).as(q).contains("errors");
      assertThat(body)
          .as(q)
          .doesNotContain("Exception")
          .doesNotContain("io.regtrack")
          .doesNotContain("java.")
          .doesNotContain("\tat ");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{ nothing } | GRAPHQL_VALIDATION_FAILED",
        "{ document(id: 1) { | GRAPHQL_PARSE_FAILED",
        "{ meetings(first: 0) { nodes { id } } } | BAD_USER_INPUT",
        // issue 15: a variable whose value does not coerce is the client's input, not the document
        "query($n: Int) { meetings(first: $n) { nodes { id } } } | BAD_USER_INPUT",
        "query($s: String!) { regulation(symbol: $s) { id } } | BAD_USER_INPUT",
        "{ documents(filter: {from: \"2023-01-01\", to: \"2022-12-31\"}) { nodes { id } } } |"
            + " BAD_USER_INPUT",
        "{ meetings(filter: {from: \"2023-01-01\", to: \"2022-12-31\"}) { nodes { id } } } |"
            + " BAD_USER_INPUT",
      })
  void everyErrorHasACode(String query, String code) {
    JsonPath r = query.contains("$n") ? GraphQl.post(query, "n", "many") : GraphQl.post(query);
    assertThat(r.getString("errors[0].extensions.code")).as(r.prettify()).isEqualTo(code);
    assertThat(r.getString("errors[0].extensions.classification")).isNull();
  }
}
