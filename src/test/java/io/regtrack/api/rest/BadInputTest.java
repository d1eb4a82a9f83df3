package io.regtrack.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Articles;
import io.regtrack.TestKeys;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a clear 4xx problem and writes nothing. */
@QuarkusTest
class BadInputTest {
  /** Content-Types as written: no ISO-8859-1 charset added to a bare text/html. */
  static final RestAssuredConfig AS_SENT =
      RestAssured.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  static Stream<Arguments> badInputs() {
    byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    byte[] invalidUtf8 = ("Hội nghị quán triệt " + "x".repeat(40)).getBytes(StandardCharsets.UTF_8);
    invalidUtf8[3] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    invalidUtf8[4] = (byte) 0x28;
    return Stream.of(
        Arguments.of("empty body", "text/plain; charset=utf-8", new byte[0], 400, "text"),
        Arguments.of(
            "whitespace only", "text/plain; charset=utf-8", utf8(" \n\t \r\n  "), 400, "text"),
        Arguments.of("over 2 MB", "text/plain; charset=utf-8", tooLarge, 413, "body"),
        Arguments.of("invalid UTF-8", "text/plain; charset=utf-8", invalidUtf8, 400, "body"),
        Arguments.of(
            "unsupported type", "application/xml", utf8("<a>Hội nghị</a>"), 415, "Content-Type"),
        Arguments.of(
            "non-UTF-8 charset",
            "text/plain; charset=iso-8859-1",
            utf8("abc"),
            415,
            "Content-Type"),
        Arguments.of(
            "malformed JSON", "application/json", utf8("{\"text\": \"Hội nghị"), 400, "body"),
        Arguments.of("JSON array", "application/json", utf8("[1,2]"), 400, "body"),
        Arguments.of(
            "JSON without text",
            "application/json",
            utf8("{\"url\": \"https://x.vn\"}"),
            400,
            "text"),
        Arguments.of(
            "JSON blank text", "application/json", utf8("{\"text\": \"   \"}"), 400, "text"),
        Arguments.of(
            "JSON bad publishedAt",
            "application/json",
            utf8(
                "{\"text\": \""
                    + Articles.unique().replace("\n", "\\n")
                    + "\", \"publishedAt\": \"20/09/2022\"}"),
            400,
            "publishedAt"),
        Arguments.of("empty HTML page", "text/html; charset=utf-8", new byte[0], 400, "body"),
        Arguments.of(
            "HTML page without an article",
            "text/html",
            utf8(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Báo Mẫu</title></head>"
                    + "<body><nav><a href=\"/\">Trang chủ</a> <a href=\"/a\">Xây dựng Đảng</a>"
                    + "</nav><ul class=\"menu\"><li><a href=\"/b\">Hội nghị quán triệt Quy định"
                    + " số 58-QĐ/TW</a></li></ul><footer>Giấy phép số 1/GP-BTTTT</footer>"
                    + "</body></html>"),
            400,
            "body"),
        Arguments.of(
            "script-only HTML page",
            "text/html; charset=utf-8",
            utf8(
                "<html><head><script>var a = 'Hội nghị quán triệt Quy định số 58-QĐ/TW';</script>"
                    + "</head><body><script src=\"/app.js\"></script><noscript>Bật"
                    + " JavaScript</noscript></body></html>"),
            400,
            "body"),
        Arguments.of(
            "HTML with a non-UTF-8 charset parameter",
            "text/html; charset=windows-1258",
            utf8(htmlPage("")),
            415,
            "Content-Type"),
        Arguments.of(
            "HTML declaring a non-UTF-8 meta charset",
            "text/html",
            utf8(htmlPage("<meta charset=\"windows-1258\">")),
            415,
            "Content-Type"),
        Arguments.of(
            "HTML declaring ISO-8859-1 in http-equiv",
            "text/html",
            utf8(
                htmlPage(
                    "<meta http-equiv=\"Content-Type\" content=\"text/html;"
                        + " charset=ISO-8859-1\">")),
            415,
            "Content-Type"),
        Arguments.of(
            "HTML in UTF-16 (byte order mark)",
            "text/html",
            htmlPage("").getBytes(StandardCharsets.UTF_16),
            415,
            "Content-Type"),
        Arguments.of("HTML in invalid UTF-8", "text/html", invalidUtf8, 400, "body"),
        Arguments.of("HTML over 2 MB", "text/html", tooLarge, 413, "body"),
        Arguments.of(
            "HTML with a bad publishedAt parameter",
            "text/html; charset=utf-8",
            utf8(htmlPage("")),
            400,
            "publishedAt"),
        Arguments.of(
            "NUL characters",
            "text/plain; charset=utf-8",
            utf8("Hội nghị\u0000 quán triệt"),
            400,
            "text"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("badInputs")
  void isAProblemAndWritesNothing(
      String name, String contentType, byte[] body, int status, String parameter) {
    long before = documentCount();
    given()
        .config(AS_SENT)
        .header("Authorization", TestKeys.EDITOR)
        .contentType(contentType)
        .body(body)
        .post(
            "/api/v1/documents"
                + (name.contains("bad publishedAt parameter") ? "?publishedAt=20/09/2022" : ""))
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter))
        .body("detail", not(containsString("Exception")))
        .body("detail", not(containsString("io.regtrack")));
    assertThat(documentCount()).isEqualTo(before);
  }

  @ParameterizedTest(name = "GET {0} -> {1}")
  @MethodSource("badReads")
  void badReadsAreProblems(String path, int status, String parameter) {
    given()
        .get(path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("parameter", equalTo(parameter));
  }

  static Stream<Arguments> badReads() {
    return Stream.of(
        Arguments.of("/api/v1/documents/abc", 400, "id"),
        Arguments.of("/api/v1/documents/-4", 400, "id"),
        Arguments.of("/api/v1/documents/999999999", 404, null),
        Arguments.of("/api/v1/documents?limit=0", 400, "limit"),
        Arguments.of("/api/v1/documents?limit=101", 400, "limit"),
        Arguments.of("/api/v1/documents?limit=ten", 400, "limit"),
        Arguments.of("/api/v1/documents?cursor=bm90LWEtY3Vyc29y", 400, "cursor"),
        Arguments.of("/api/v1/documents?cursor=%%%", 400, "cursor"),
        Arguments.of("/api/v1/documents?from=2022-13-01", 400, "from"),
        Arguments.of("/api/v1/documents?to=yesterday", 400, "to"));
  }

  /** A news page with an article (unique, so that it would be created), {@code head} added. */
  private static String htmlPage(String head) {
    String[] lines = Articles.unique().split("\n\n");
    StringBuilder body = new StringBuilder("<article><h1>").append(lines[0]).append("</h1>");
    for (int i = 1; i < lines.length; i++) {
      body.append("<p>").append(lines[i].strip()).append("</p>");
    }
    return "<!DOCTYPE html><html><head>"
        + head
        + "</head><body>"
        + body
        + "</article></body></html>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long documentCount() {
    return DocumentCounter.count();
  }
}
