package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.Db;
import io.regtrack.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DocumentIngestTest {

  private static Response post(String contentType, byte[] body, String key) {
    var spec = given().contentType(contentType).body(body);
    if (key != null) {
      spec = spec.header("Authorization", key);
    }
    return spec.post("/api/v1/documents");
  }

  private static Response postText(String text, String key) {
    return post("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), key);
  }

  @Test
  void newArticleIs201WithLocationAndTheDocumentShape() {
    String text = Articles.unique("Hội nghị quán triệt Quy định số 22-QĐ/TW tại Nghệ An");
    Response created = postText(text, TestKeys.EDITOR);
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/documents/"))
        .body("title", equalTo("Hội nghị quán triệt Quy định số 22-QĐ/TW tại Nghệ An"))
        .body("contentHash", notNullValue())
        .body("citations.text", hasItem("Quy định số 22-QĐ/TW"))
        .body("meetings.kind", contains("DISSEMINATION"))
        .body("meetings[0].province", equalTo("Nghệ An"))
        .body("meetings[0].regulations.regulation.symbol", contains("22-QĐ/TW"))
        .body("persons", emptyIterable());
    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/api/v1/documents/" + id);

    given()
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id))
        .body("body", containsString("Ban Thường vụ Tỉnh ủy Nghệ An"))
        .body("contentHash", equalTo(created.jsonPath().getString("contentHash")))
        .body("citations.text", hasItem("Quy định số 22-QĐ/TW"))
        .body("meetings.id", equalTo(created.jsonPath().getList("meetings.id")))
        .body("persons", emptyIterable());
  }

  @Test
  void sameArticleAgainIs200WithTheSameId() {
    String text = Articles.unique();
    long id =
        postText(text, TestKeys.EDITOR).then().statusCode(201).extract().jsonPath().getLong("id");
    postText(text, TestKeys.EDITOR).then().statusCode(200).body("id", equalTo((int) id));
    // Identity is the normalized body: other line endings and trailing spaces are the same article.
    String reformatted = text.replace("\n", "\r\n").replace(".\r\n", ".  \r\n");
    postText(reformatted, TestKeys.EDITOR).then().statusCode(200).body("id", equalTo((int) id));
  }

  @Test
  void jsonSubmissionCarriesUrlSourceAndPublishTime() {
    String text = Articles.unique();
    given()
        .contentType(ContentType.JSON)
        .header("Authorization", TestKeys.EDITOR)
        .body(
            Map.of(
                "text", text,
                "url", "https://example.vn/bai-viet/123",
                "source", "Báo Nghệ An",
                "publishedAt", "2022-10-11T09:30:00+07:00"))
        .post("/api/v1/documents")
        .then()
        .statusCode(201)
        .body("url", equalTo("https://example.vn/bai-viet/123"))
        .body("source", equalTo("Báo Nghệ An"))
        .body("publishedAt", startsWith("2022-10-11T09:30"))
        .body("publishedOn", equalTo("2022-10-11"));
  }

  @Test
  void writesNeedAnApiKeyWithTheEditorRole() {
    String text = Articles.unique();
    postText(text, null)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", is(401))
        .body("title", equalTo("Unauthorized"));
    postText(text, "Bearer not-a-configured-key")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    postText(text, TestKeys.READER)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", is(403));
    postText(text, TestKeys.EDITOR).then().statusCode(201);
  }

  @Test
  void invisibleFormatCharactersDoNotMakeANewDocument() {
    String text = Articles.unique("Hội nghị quán triệt Quy định số 22-QĐ/TW tại Nghệ An");
    long id =
        postText(text, TestKeys.EDITOR).then().statusCode(201).extract().jsonPath().getLong("id");
    // zero-width space, byte order mark, a right-to-left override and its pop, a word joiner
    String sprinkled =
        "\uFEFF"
            + text.replace("Hội nghị", "Hội\u200B nghị")
                .replace("Nghệ An", "\u202ENghệ\u2060 An\u202C");
    postText(sprinkled, TestKeys.EDITOR).then().statusCode(200).body("id", equalTo((int) id));
  }

  @ParameterizedTest(name = "Authorization: [{0}]")
  @ValueSource(
      strings = {
        "Bearer  test-editor-key",
        "Bearer test-editor-key\tx",
        "Bearer test- editor-key",
        "Bearer\ttest-editor-key"
      })
  void aKeyIsTakenAsSentNotTrimmedOrRepaired(String authorization) {
    long before = Db.count("select count(*) from document");
    postText(Articles.unique(), authorization)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    assertThat(Db.count("select count(*) from document")).isEqualTo(before);
  }

  @Test
  void readsArePublic() {
    given().get("/api/v1/documents").then().statusCode(200);
  }
}
