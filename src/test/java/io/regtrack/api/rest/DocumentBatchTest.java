package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.Db;
import io.regtrack.Jobs;
import io.regtrack.TestKeys;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/documents:batch}: NDJSON and zip imports as jobs, their progress and errors,
 * and the limits (the test profile sets max-bytes 1 MiB, max-entries 100, max-uncompressed-bytes 8
 * MiB; an article may have 2 MiB).
 */
@QuarkusTest
class DocumentBatchTest {
  static final String PATH = "/api/v1/documents:batch";
  static final String NDJSON = "application/x-ndjson; charset=utf-8";

  static Response post(String contentType, byte[] body, String key) {
    var request = given().contentType(contentType).body(body);
    if (key != null) {
      request = request.header("Authorization", key);
    }
    return request.post(PATH);
  }

  static Response postNdjson(String body, String key) {
    return post(NDJSON, body.getBytes(StandardCharsets.UTF_8), key);
  }

  /** Posts as editor, expects 202 and waits for the job to finish. */
  static JsonPath runImport(String contentType, byte[] body) {
    Response accepted = post(contentType, body, TestKeys.EDITOR);
    accepted
        .then()
        .statusCode(202)
        .header("Location", endsWith("/api/v1/admin/jobs/" + accepted.jsonPath().getLong("id")))
        .body("kind", equalTo("IMPORT"))
        .body("createdBy", equalTo("editor"));
    JsonPath job = Jobs.awaitFinished(accepted.jsonPath().getLong("id"));
    assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(job.getInt("done") + job.getInt("failed")).isEqualTo(job.getInt("total"));
    return job;
  }

  static String line(String text, String url) {
    return line(text, url, null);
  }

  static String line(String text, String url, String publishedAt) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("text", text);
    o.put("url", url);
    o.put("source", "Báo Thử nghiệm");
    if (publishedAt != null) {
      o.put("publishedAt", publishedAt);
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static long documentsWithUrl(String url) {
    return Db.count("select count(*) from document where url = ?", url);
  }

  static Map<String, String> errors(JsonPath job) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Map<String, String>> errors = job.getList("errors");
    errors.forEach(e -> out.put(e.get("item"), e.get("message")));
    return out;
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getValue() != null) {
          zip.write(e.getValue());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------- NDJSON

  @Test
  void ndjsonImportCountsDuplicatesAsDoneAndRecordsBadLinesWithTheirNumbers() {
    String base = "https://example.vn/batch/" + UUID.randomUUID() + "/";
    String stored = Articles.unique();
    MeetingApiTest.ingest(stored);
    String first = Articles.unique();
    List<String> lines =
        List.of(
            line(first, base + "1", "2022-10-10T09:30:00+07:00"), // 1
            line(Articles.unique(), base + "2"), // 2
            "", // 3: blank, skipped
            "{\"text\": \"Hội nghị", // 4: malformed JSON
            line(first, base + "dup"), // 5: the same article as line 1
            "{}", // 6: no text
            line(Articles.unique(), base + "7", "yesterday"), // 7: bad publishedAt
            line(stored, base + "stored"), // 8: already stored before the import
            "   ", // 9: blank
            line(Articles.unique(), base + "10") + "\r"); // 10: CRLF
    JsonPath job = runImport(NDJSON, utf8(String.join("\n", lines) + "\n"));

    assertThat(job.getInt("total")).isEqualTo(8);
    assertThat(job.getInt("done")).isEqualTo(5);
    assertThat(job.getInt("failed")).isEqualTo(3);
    Map<String, String> errors = errors(job);
    assertThat(errors.keySet()).containsExactly("line 4", "line 6", "line 7");
    assertThat(errors.get("line 4")).contains("not a JSON object");
    assertThat(errors.get("line 6")).contains("empty");
    assertThat(errors.get("line 7")).contains("publishedAt");

    for (String n : List.of("1", "2", "10")) {
      assertThat(documentsWithUrl(base + n)).as("line %s", n).isEqualTo(1);
    }
    assertThat(documentsWithUrl(base + "dup")).isZero();
    assertThat(documentsWithUrl(base + "7")).isZero();
    assertThat(
            Db.count(
                "select count(*) from document where url = ? and source = 'Báo Thử nghiệm'"
                    + " and published_at = '2022-10-10 09:30:00'",
                base + "1"))
        .isEqualTo(1);
  }

  @Test
  void progressGrowsToTheTotal() {
    String base = "https://example.vn/progress/" + UUID.randomUUID() + "/";
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      lines.add(line(Articles.unique(), base + i));
    }
    // Jobs.awaitFinished checks that done + failed never decreases nor passes the total.
    JsonPath job = runImport(NDJSON, utf8(String.join("\n", lines)));
    assertThat(job.getInt("total")).isEqualTo(25);
    assertThat(job.getInt("done")).isEqualTo(25);
    assertThat(Db.count("select count(*) from document where url like ?", base + "%"))
        .isEqualTo(25);
  }

  /**
   * REST Assured sends the colon percent-encoded (the other tests); curl and most clients send it
   * as it is.
   */
  @Test
  void theColonMayBeSentAsItIsOrEncoded() {
    for (boolean encoded : new boolean[] {true, false}) {
      Response accepted =
          given()
              .urlEncodingEnabled(encoded)
              .header("Authorization", TestKeys.EDITOR)
              .contentType(NDJSON)
              .body(utf8(line(Articles.unique(), null)))
              .post(PATH);
      accepted.then().statusCode(202);
      assertThat(Jobs.awaitFinished(accepted.jsonPath().getLong("id")).getInt("done")).isEqualTo(1);
    }
  }

  @Test
  void importingNeedsAnEditorKey() {
    String body = line(Articles.unique(), null);
    postNdjson(body, null)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("Bearer realm=\"regtrack\""));
    postNdjson(body, TestKeys.READER).then().statusCode(403);
    Response admin = postNdjson(body, TestKeys.ADMIN);
    admin.then().statusCode(202);
    Jobs.awaitFinished(admin.jsonPath().getLong("id"));
  }

  @Test
  void otherMediaTypesAre415() {
    post("text/plain; charset=utf-8", utf8(Articles.unique()), TestKeys.EDITOR)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("detail", containsString("application/x-ndjson"));
    post("application/x-ndjson; charset=iso-8859-1", utf8("{}"), TestKeys.EDITOR)
        .then()
        .statusCode(415);
  }

  @Test
  void emptyOrBlankBodiesAre400() {
    postNdjson("\n  \n\n", TestKeys.EDITOR)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("body"));
  }

  @Test
  void bodiesOverTheLimitsAre413AndNothingIsQueued() {
    long jobs = Db.count("select count(*) from job");
    byte[] big = new byte[1024 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    post(NDJSON, big, TestKeys.EDITOR)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    postNdjson("{}\n".repeat(101), TestKeys.EDITOR)
        .then()
        .statusCode(413)
        .body("detail", containsString("100"));
    assertThat(Db.count("select count(*) from job")).isEqualTo(jobs);
  }

  // ------------------------------------------------------------------------------- zip

  /** A saved news page of the article {@code text} (title, then paragraphs) at {@code url}. */
  static String page(String text, String url, String charset) {
    String[] blocks = text.split("\n\n");
    StringBuilder html =
        new StringBuilder("<!doctype html><html><head><meta charset=\"")
            .append(charset)
            .append("\"><title>")
            .append(blocks[0])
            .append("</title><link rel=\"canonical\" href=\"")
            .append(url)
            .append("\"></head><body><nav><a href=\"/\">Trang chủ</a></nav><article><h1>")
            .append(blocks[0])
            .append("</h1>");
    for (int i = 1; i < blocks.length; i++) {
      html.append("<p>").append(blocks[i].strip()).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  @Test
  void zipImportIngestsTxtAndHtmlEntriesAndNamesTheOthersInErrors() {
    String a = Articles.unique();
    String pageUrl = "https://example.vn/zip/" + UUID.randomUUID();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("batch/", null);
    entries.put("batch/a.txt", utf8(a));
    entries.put("batch/sub/b.TXT", utf8("\uFEFF" + Articles.unique()));
    entries.put("batch/a-again.txt", utf8(a));
    entries.put("batch/page.html", utf8(page(Articles.unique(), pageUrl, "utf-8")));
    entries.put(
        "batch/nav.html", utf8("<html><body><nav><a href=\"/\">Trang chủ</a></nav></body></html>"));
    entries.put(
        "batch/latin.htm", utf8(page(Articles.unique(), pageUrl + "/latin", "windows-1252")));
    entries.put("batch/notes.md", utf8("# notes"));
    entries.put("batch/latin1.txt", new byte[] {'H', (byte) 0xE9, 'l', 'l', 'o'});
    entries.put("batch/empty.txt", new byte[0]);
    entries.put("batch/huge.txt", utf8("Hội nghị quán triệt. ".repeat(100_000))); // > 2 MiB
    entries.put("batch/.DS_Store", new byte[] {0, 1, 2});
    entries.put("__MACOSX/batch/._a.txt", new byte[] {0, 1, 2});
    long before = Db.count("select count(*) from document");

    JsonPath job = runImport("application/zip", zip(entries));

    assertThat(job.getInt("total")).isEqualTo(10);
    assertThat(job.getInt("done")).isEqualTo(4);
    assertThat(job.getInt("failed")).isEqualTo(6);
    Map<String, String> errors = errors(job);
    assertThat(errors.keySet())
        .containsExactly(
            "batch/nav.html",
            "batch/latin.htm",
            "batch/notes.md",
            "batch/latin1.txt",
            "batch/empty.txt",
            "batch/huge.txt");
    assertThat(errors.get("batch/nav.html")).contains("No article");
    assertThat(errors.get("batch/latin.htm")).contains("charset");
    assertThat(errors.get("batch/notes.md")).contains(".txt and .html");
    assertThat(errors.get("batch/latin1.txt")).contains("UTF-8");
    assertThat(errors.get("batch/huge.txt")).contains("2097152");
    assertThat(Db.count("select count(*) from document")).isEqualTo(before + 3);
    assertThat(documentsWithUrl(pageUrl)).isEqualTo(1);
  }

  @Test
  void zipBombsAndCrowdedArchivesAre413() {
    // 9 MiB of zeros deflate to a few KiB: over the 8 MiB the archive may inflate to.
    byte[] bomb = zip(Map.of("bomb.txt", new byte[9 * 1024 * 1024]));
    assertThat(bomb.length).isLessThan(100_000);
    post("application/zip", bomb, TestKeys.EDITOR)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("inflates"));
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 101; i++) {
      many.put(i + ".txt", utf8("x"));
    }
    post("application/zip", zip(many), TestKeys.EDITOR)
        .then()
        .statusCode(413)
        .body("detail", containsString("100"));
  }

  @Test
  void aBodyThatIsNotAZipArchiveIs400() {
    post("application/zip", utf8("PK but not really a zip archive"), TestKeys.EDITOR)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("body"));
    post("application/zip", zip(Map.of("only/", new byte[0])), TestKeys.EDITOR)
        .then()
        .statusCode(400);
  }
}
